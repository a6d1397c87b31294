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

const valijson::Schema &compiledSchema()
{
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schemaDocument());
        parser.populateSchema(adapter, *s);
        return s;
    }();
    return *schema;
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

const json *designSchemaNodeFor(const std::vector<std::string> &tokens)
{
    const json *node = &schemaDocument();
    for (const auto &token : tokens) {
        node = &resolveRef(*node);
        if (node->contains("properties") && node->at("properties").contains(token))
            node = &node->at("properties").at(token);
        else if (node->contains("additionalProperties") && node->at("additionalProperties").is_object())
            node = &node->at("additionalProperties");
        else if (node->contains("items"))
            node = &node->at("items");
        else
            return nullptr;
    }
    return &resolveRef(*node);
}

std::vector<Problem> validateAgainstSchema(const json &doc)
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(doc);
    if (validator.validate(compiledSchema(), target, &results))
        return {};

    std::vector<SchemaFailure> failures;
    std::set<std::vector<std::string>> failedObjects; // every value on a failing path
    static const std::string kPropertyWrapper = "Failed to validate against schema associated with property name '";
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        SchemaFailure f;
        f.tokens = tokensOfContext(error.context);
        f.description = error.description;
        failedObjects.insert(f.tokens);
        if (startsWith(f.description, kPropertyWrapper)) {
            auto child = f.tokens;
            child.push_back(quotedBetween(f.description, kPropertyWrapper));
            failedObjects.insert(std::move(child));
        }
        failures.push_back(std::move(f));
    }

    std::vector<Problem> problems;
    for (auto &f : failures) {
        Problem p;
        if (describeSchemaFailure(doc, std::move(f), p))
            problems.push_back(std::move(p));
    }
    for (const auto &tokens : failedObjects)
        checkKeyNames(doc, tokens, problems);

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
