#include "SchemaValidator.h"

#include "SchemaMessages.h"

#include "DesignSchemaText.h" // generated: kDesignSchemaText
#include "checks/ProblemText.h"
#include "contract/JsonPointer.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <unordered_map>

namespace callstudio {

using json = nlohmann::json;

const std::string &designSchemaText()
{
    static const std::string text(kDesignSchemaText);
    return text;
}

const json &designSchema()
{
    static const json doc = json::parse(designSchemaText());
    return doc;
}

namespace {

const json &schemaDocument()
{
    return designSchema();
}

// Past this many errors collected, validation stops: valijson has no limit of its own and
// keeps two errors per bad item, so a list of 150,000 bad values cost seconds and 300,000
// records for the 200 problems anyone is shown.
constexpr size_t kMaxSchemaErrorsCollected = 4 * kMaxFailuresDescribed;
constexpr char kErrorBudgetKeyword[] = "x-callstudio-error-budget";

struct ErrorBudgetSpent
{
};

// The errors of the validation running on this thread, for the budget checks it meets.
thread_local const valijson::ValidationResults *t_collectedErrors = nullptr;

// Sits in every subschema, so it runs for every value validated (each item of a list
// included): it ends the validation once the errors collected reach the budget. An anyOf or
// if/then branch being tried collects into its own results, counted here too.
class ErrorBudgetConstraint : public valijson::constraints::PolyConstraint
{
public:
    bool validate(const valijson::adapters::Adapter &, const std::vector<std::string> &,
                  valijson::ValidationResults *branch) const override
    {
        size_t collected = t_collectedErrors ? t_collectedErrors->numErrors() : 0;
        if (branch && branch != t_collectedErrors)
            collected += branch->numErrors();
        if (collected >= kMaxSchemaErrorsCollected)
            throw ErrorBudgetSpent();
        return true;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) ErrorBudgetConstraint(*this); }
    size_t sizeOf() const override { return sizeof(ErrorBudgetConstraint); }
};

class ErrorBudgetBuilder : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const valijson::adapters::Adapter &) const override
    {
        return new ErrorBudgetConstraint;
    }
};

// The schema as valijson runs it: every subschema carries the error budget, and none has
// uniqueItems (valijson compares every pair of items and keeps an error per repeated pair,
// quadratic in time and memory; checkUniqueItems does it instead).
json compilableSchema(json schema)
{
    if (!schema.is_object())
        return schema;
    static const std::set<std::string> kOneSchema{
        "additionalItems", "additionalProperties", "contains", "else", "if", "items", "not", "propertyNames", "then"};
    static const std::set<std::string> kSchemaLists{"allOf", "anyOf", "oneOf", "items"};
    static const std::set<std::string> kSchemaMaps{"definitions", "dependencies", "patternProperties", "properties"};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        json &value = it.value();
        if (value.is_object() && kOneSchema.count(it.key()))
            value = compilableSchema(std::move(value));
        else if ((value.is_array() && kSchemaLists.count(it.key()))
                 || (value.is_object() && kSchemaMaps.count(it.key())))
            for (auto &child : value)
                child = compilableSchema(std::move(child));
    }
    schema.erase("uniqueItems");
    schema[kErrorBudgetKeyword] = true;
    return schema;
}

const valijson::Schema &compiledSchema()
{
    static const json compiledDocument = compilableSchema(schemaDocument());
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.addConstraintBuilder(kErrorBudgetKeyword, new ErrorBudgetBuilder);
        valijson::adapters::NlohmannJsonAdapter adapter(compiledDocument);
        parser.populateSchema(adapter, *s);
        return s;
    }();
    return *schema;
}

enum class Validation { Valid, Invalid, Stopped };

// Validates `doc` against the compiled schema into `results` (when stopped at the error
// budget, they hold the errors found until then).
Validation validateWithinBudget(const json &doc, valijson::ValidationResults &results)
{
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    t_collectedErrors = &results;
    Validation outcome = Validation::Stopped;
    try {
        outcome = validator.validate(compiledSchema(), target, &results) ? Validation::Valid : Validation::Invalid;
    } catch (const ErrorBudgetSpent &) {
    }
    t_collectedErrors = nullptr;
    return outcome;
}

const json &resolveRef(const json &node)
{
    if (node.is_object() && node.contains("$ref")) {
        const auto ref = node.at("$ref").get<std::string>(); // "#/definitions/x"
        return schemaDocument().at(json::json_pointer(ref.substr(1)));
    }
    return node;
}

// The schema's "if" conditions and propertyNames patterns, compiled once and found by
// the address of their node in schemaDocument().
struct KeyRuleCache
{
    std::map<const json *, std::unique_ptr<valijson::Schema>> conditions;
    std::map<const json *, std::regex> patterns;
};

const KeyRuleCache &keyRuleCache()
{
    static const KeyRuleCache cache = [] {
        KeyRuleCache c;
        std::function<void(const json &)> collect = [&](const json &node) {
            if (node.is_object()) {
                if (node.contains("if")) {
                    auto schema = std::make_unique<valijson::Schema>();
                    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
                    valijson::adapters::NlohmannJsonAdapter adapter(node.at("if"));
                    parser.populateSchema(adapter, *schema);
                    c.conditions.emplace(&node.at("if"), std::move(schema));
                }
                if (node.contains("propertyNames") && node.at("propertyNames").contains("pattern"))
                    c.patterns.emplace(&node.at("propertyNames"),
                                       std::regex(node.at("propertyNames").at("pattern").get<std::string>()));
            }
            if (node.is_structured())
                for (const auto &child : node)
                    collect(child);
        };
        collect(schemaDocument());
        return c;
    }();
    return cache;
}

// Whether `value` satisfies one of the schema's "if" conditions.
bool satisfies(const json &ifNode, const json &value)
{
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter target(value);
    return validator.validate(*keyRuleCache().conditions.at(&ifNode), target, nullptr);
}

// "when \"closed\" is true" for an if-schema of the form {"properties": {key: {"const": v}}}.
std::string conditionText(const json &ifNode)
{
    if (!ifNode.contains("properties") || ifNode.at("properties").size() != 1)
        return {};
    const auto member = ifNode.at("properties").items().begin();
    if (!member.value().contains("const"))
        return {};
    return problemText(QCoreApplication::translate("Problems", "when \"%1\" is %2"),
                       {member.key(), member.value().at("const").dump()});
}

struct KeyRule
{
    const json *propertyNames = nullptr;
    const json *condition = nullptr; // the "if" that made the rule apply, if any
};

// The propertyNames rules that apply to `value` under `node`, directly, through if/then
// and through allOf.
void collectKeyRules(const json &node, const json &value, std::vector<KeyRule> &rules)
{
    if (node.contains("propertyNames"))
        rules.push_back({&node.at("propertyNames"), nullptr});
    if (node.contains("if") && node.contains("then") && satisfies(node.at("if"), value)) {
        const json &then = node.at("then");
        if (then.contains("propertyNames"))
            rules.push_back({&then.at("propertyNames"), &node.at("if")});
    }
    if (node.contains("allOf"))
        for (const auto &part : node.at("allOf"))
            collectKeyRules(resolveRef(part), value, rules);
}

// valijson reports a failed propertyNames constraint without naming the key, so the keys
// of an object on a failing path are checked here, one problem per bad key.
void checkKeyNames(const json &doc, const std::vector<std::string> &tokens, std::vector<Problem> &out)
{
    const json *value = valueAt(doc, tokens);
    const json *node = designSchemaNodeFor(tokens);
    if (!value || !value->is_object() || !node)
        return;
    std::vector<KeyRule> rules;
    collectKeyRules(*node, *value, rules);
    for (const auto &member : value->items()) {
        const std::string &key = member.key();
        for (const auto &rule : rules) {
            const json &names = *rule.propertyNames;
            std::string message;
            if (names.contains("enum")
                && std::find(names.at("enum").begin(), names.at("enum").end(), key) == names.at("enum").end()) {
                const bool onKind = rule.condition && rule.condition->contains("properties")
                                    && rule.condition->at("properties").contains("kind");
                const std::string condition = rule.condition ? conditionText(*rule.condition) : std::string();
                if (onKind && value->contains("kind") && value->at("kind").is_string())
                    message = problemText(QCoreApplication::translate(
                                              "Problems", "key \"%1\" does not belong in a %2 block; it takes: %3"),
                                          {key, value->at("kind").get<std::string>(), enumList(names)});
                else if (condition.empty())
                    message = problemText(
                        QCoreApplication::translate("Problems", "key \"%1\" is not allowed here; expected one of: %2"),
                        {key, enumList(names)});
                else
                    //: %2 is a condition such as: when "closed" is true
                    message = problemText(
                        QCoreApplication::translate("Problems", "key \"%1\" is not allowed %2; expected one of: %3"),
                        {key, condition, enumList(names)});
            } else if (names.contains("pattern") && !std::regex_search(key, keyRuleCache().patterns.at(&names))) {
                // The schema's description of the format stays as the schema words it.
                message = names.contains("description")
                              ? problemText(
                                  QCoreApplication::translate("Problems", "key \"%1\" in %2 is not valid; expected %3"),
                                  {key, nameOf(doc, tokens), names.at("description").get<std::string>()})
                              : problemText(QCoreApplication::translate("Problems", "key \"%1\" in %2 is not valid"),
                                            {key, nameOf(doc, tokens)});
            }
            if (message.empty())
                continue;
            Problem p;
            p.severity = Severity::Error;
            p.code = "schema";
            p.message = std::move(message);
            auto keyTokens = tokens;
            keyTokens.push_back(key);
            p.pointer = pointerOf(keyTokens);
            out.push_back(std::move(p));
            break;
        }
    }
}

} // namespace

namespace {

// The schema node for a child (`token`) of a value governed by `node`, or nullptr.
const json *schemaChild(const json &node, const std::string &token)
{
    const json &resolved = resolveRef(node);
    if (resolved.contains("properties") && resolved.at("properties").contains(token))
        return &resolved.at("properties").at(token);
    if (resolved.contains("additionalProperties") && resolved.at("additionalProperties").is_object())
        return &resolved.at("additionalProperties");
    if (resolved.contains("items"))
        return &resolved.at("items");
    return nullptr;
}

constexpr size_t kMaxRepeatedValuesReported = 10;

Problem schemaProblem(std::string message, const std::vector<std::string> &tokens)
{
    Problem p;
    p.severity = Severity::Error;
    p.code = "schema";
    p.message = std::move(message);
    p.pointer = pointerOf(tokens);
    return p;
}

// One problem per repeated value of an array, at its first repeat, whatever the number of
// copies; after kMaxRepeatedValuesReported values, one problem counts the rest.
void reportRepeats(const json &doc, const json &array, std::vector<std::string> &tokens, std::vector<Problem> &out)
{
    struct Seen
    {
        size_t firstRepeat = 0;
        size_t count = 0;
    };
    // Keyed by the items themselves, hashed in place: no copy of a list of 150,000 values.
    struct ItemHash
    {
        size_t operator()(const json *item) const { return std::hash<json>{}(*item); }
    };
    struct SameItem
    {
        bool operator()(const json *a, const json *b) const { return *a == *b; }
    };
    std::unordered_map<const json *, Seen, ItemHash, SameItem> seen;
    seen.reserve(array.size());
    std::vector<const json *> repeatedInOrder;
    for (size_t i = 0; i < array.size(); ++i) {
        Seen &entry = seen[&array[i]];
        if (++entry.count == 2) {
            entry.firstRepeat = i;
            repeatedInOrder.push_back(&array[i]);
        }
    }
    const std::string where = nameOf(doc, tokens);
    for (size_t r = 0; r < std::min(repeatedInOrder.size(), kMaxRepeatedValuesReported); ++r) {
        const Seen &entry = seen.at(repeatedInOrder[r]);
        const std::string value = shortValue(array[entry.firstRepeat]);
        tokens.push_back(std::to_string(entry.firstRepeat));
        out.push_back(schemaProblem(
            entry.count == 2 ? problemText(QCoreApplication::translate("Problems", "%1 lists %2 twice"), {where, value})
                             //: %1 names a list of the design; %2 is a value; %3 how often the list has it.
                             : problemText(QCoreApplication::translate("Problems", "%1 lists %2 %3 times"),
                                           {where, value, std::to_string(entry.count)}),
            tokens));
        tokens.pop_back();
    }
    if (repeatedInOrder.size() > kMaxRepeatedValuesReported)
        out.push_back(
            schemaProblem(problemText(QCoreApplication::translate("Problems", "%1 repeats %2 more values"),
                                      {where, std::to_string(repeatedInOrder.size() - kMaxRepeatedValuesReported)}),
                          tokens));
}

// The schema's uniqueItems, in time linear in the document: repeats are found by hashing.
void checkUniqueItems(const json &doc, const json &value, const json &node, std::vector<std::string> &tokens,
                      std::vector<Problem> &out)
{
    const json &resolved = resolveRef(node);
    if (value.is_array() && resolved.value("uniqueItems", false))
        reportRepeats(doc, value, tokens, out);
    if (!value.is_structured())
        return;
    size_t index = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++index) {
        tokens.push_back(value.is_object() ? it.key() : std::to_string(index));
        if (const json *child = schemaChild(resolved, tokens.back()))
            checkUniqueItems(doc, *it, *child, tokens, out);
        tokens.pop_back();
    }
}

// A block without "kind" matches every "if kind is ..." condition of the schema at once,
// and so breaks the rules of every kind: only its missing kind is reported. Returns the
// blocks without kind.
std::set<std::vector<std::string>> dropFailuresOfKindlessBlocks(std::vector<SchemaFailure> &failures)
{
    static const std::string kMissingKind = "Missing required property 'kind'";
    std::set<std::vector<std::string>> kindless;
    for (const auto &f : failures)
        if (startsWith(f.description, kMissingKind))
            kindless.insert(f.tokens);
    if (kindless.empty())
        return kindless;
    // By the prefixes of a path (at most 64 deep), not by the blocks: linear in the failures.
    const auto insideKindless = [&](const std::vector<std::string> &tokens) {
        std::vector<std::string> prefix;
        for (const auto &token : tokens) {
            if (kindless.count(prefix))
                return true;
            prefix.push_back(token);
        }
        return kindless.count(prefix) > 0;
    };
    failures.erase(std::remove_if(failures.begin(), failures.end(),
                                  [&](const SchemaFailure &f) {
                                      return insideKindless(f.tokens) && !startsWith(f.description, kMissingKind);
                                  }),
                   failures.end());
    return kindless;
}

} // namespace

const json *designSchemaNodeFor(const std::vector<std::string> &tokens)
{
    const json *node = &schemaDocument();
    for (const auto &token : tokens)
        if (!(node = schemaChild(*node, token)))
            return nullptr;
    return &resolveRef(*node);
}

std::vector<Problem> validateAgainstSchema(const json &doc, UnlistedProblems *unlisted)
{
    valijson::ValidationResults results;
    std::vector<Problem> problems;
    std::vector<std::string> rootTokens;
    checkUniqueItems(doc, doc, schemaDocument(), rootTokens, problems);
    const Validation validation = validateWithinBudget(doc, results);
    if (validation == Validation::Valid && problems.empty())
        return {};

    std::vector<SchemaFailure> failures;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        SchemaFailure f;
        f.tokens = tokensOfContext(error.context);
        f.description = std::move(error.description);
        failures.push_back(std::move(f));
    }
    const auto kindless = dropFailuresOfKindlessBlocks(failures);

    // Past kMaxFailuresDescribed problems the rest are only counted: wording and placing
    // each of a million failures would cost more than the operator could ever read.
    size_t undescribed = 0;
    std::set<std::vector<std::string>> failedObjects; // every value on a described failing path
    static const std::string kPropertyWrapper = "Failed to validate against schema associated with property name '";
    for (auto &f : failures) {
        if (problems.size() >= kMaxFailuresDescribed) {
            undescribed += isLeafFailure(f.description) ? 1 : 0;
            continue;
        }
        failedObjects.insert(f.tokens);
        if (startsWith(f.description, kPropertyWrapper)) {
            auto child = f.tokens;
            child.push_back(quotedBetween(f.description, kPropertyWrapper));
            failedObjects.insert(std::move(child));
        }
        Problem p;
        if (describeSchemaFailure(doc, std::move(f), p))
            problems.push_back(std::move(p));
    }
    for (const auto &tokens : failedObjects)
        if (!kindless.count(tokens))
            checkKeyNames(doc, tokens, problems);
    if (unlisted)
        *unlisted = {undescribed, validation == Validation::Stopped};

    std::set<std::pair<std::string, std::string>> seen;
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [&](const Problem &p) {
                                      return !seen.insert({p.pointer, p.message}).second;
                                  }),
                   problems.end());
    if (problems.empty()) {
        // Never let a document the validator refused pass as valid for want of a message.
        Problem p;
        p.severity = Severity::Error;
        p.code = "schema";
        p.message = problemText(QCoreApplication::translate("Problems", "the design does not follow the file format"));
        problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace callstudio
