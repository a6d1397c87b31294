#include "SchemaValidator.h"

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

// A JSON Schema type as a message names it: "an integer", "a string"; null is the JSON
// literal and stays as it is.
std::string schemaTypeName(const std::string &t)
{
    if (t == "boolean")
        return problemText(QCoreApplication::translate("Problems", "a boolean"));
    if (t == "integer")
        return problemText(QCoreApplication::translate("Problems", "an integer"));
    if (t == "number")
        return problemText(QCoreApplication::translate("Problems", "a number"));
    if (t == "string")
        return problemText(QCoreApplication::translate("Problems", "a string"));
    if (t == "array")
        return problemText(QCoreApplication::translate("Problems", "an array"));
    if (t == "object")
        return problemText(QCoreApplication::translate("Problems", "an object"));
    if (t == "null")
        return "null";
    //: A JSON Schema type that has no wording of its own; %1 is its name as the schema spells it.
    return problemText(QCoreApplication::translate("Problems", "a %1"), {t});
}

std::string jsonTypeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return schemaTypeName("null");
    case json::value_t::boolean:
        return schemaTypeName("boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return schemaTypeName("integer");
    case json::value_t::number_float:
        return schemaTypeName("number");
    case json::value_t::string:
        return schemaTypeName("string");
    case json::value_t::array:
        return schemaTypeName("array");
    case json::value_t::object:
        return schemaTypeName("object");
    default:
        return problemText(QCoreApplication::translate("Problems", "a value"));
    }
}

std::string expectedTypes(const json &node)
{
    if (!node.contains("type"))
        return {};
    const auto &t = node.at("type");
    if (t.is_string())
        return schemaTypeName(t.get<std::string>());
    std::string out;
    for (size_t i = 0; i < t.size(); ++i) {
        const std::string name = schemaTypeName(t[i].get<std::string>());
        if (i == 0)
            out = name;
        else if (i + 1 == t.size())
            //: Joins the last type to a list of allowed types: "a string or null".
            out = problemText(QCoreApplication::translate("Problems", "%1 or %2"), {out, name});
        else
            //: Joins one more type to a list of allowed types: "a string, an integer".
            out = problemText(QCoreApplication::translate("Problems", "%1, %2"), {out, name});
    }
    return out;
}

std::string shortValue(const json &v)
{
    std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

std::string enumList(const json &node)
{
    std::string out;
    for (size_t i = 0; i < node.at("enum").size(); ++i) {
        if (i)
            out += ", ";
        const auto &v = node.at("enum")[i];
        out += v.is_string() ? v.get<std::string>() : v.dump();
    }
    return out;
}

std::string quotedBetween(const std::string &s, const std::string &prefix)
{
    const auto start = s.find(prefix);
    if (start == std::string::npos)
        return {};
    const auto from = start + prefix.size();
    const auto to = s.rfind('\'');
    return to > from ? s.substr(from, to - from) : std::string();
}

bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

struct Failure
{
    std::vector<std::string> tokens;
    std::string description;
};

std::string pointerOf(const std::vector<std::string> &tokens)
{
    return pointerOfTokens(tokens).to_string();
}

const json *valueAt(const json &doc, const std::vector<std::string> &tokens)
{
    const json *v = &doc;
    for (const auto &t : tokens) {
        if (v->is_object() && v->contains(t))
            v = &v->at(t);
        else if (v->is_array()) {
            size_t i = 0;
            try {
                i = std::stoul(t);
            } catch (const std::exception &) {
                return nullptr;
            }
            if (i >= v->size())
                return nullptr;
            v = &(*v)[i];
        } else
            return nullptr;
    }
    return v;
}

std::vector<std::string> parentOf(const std::vector<std::string> &tokens)
{
    return {tokens.begin(), tokens.end() - 1};
}

// How a message names the value at `tokens`: its key, a block by kind and id, or an
// array item by its 1-based position.
std::string nameOf(const json &doc, const std::vector<std::string> &tokens)
{
    if (tokens.empty())
        return problemText(QCoreApplication::translate("Problems", "the design"));
    const json *parent = valueAt(doc, parentOf(tokens));
    if (!parent || !parent->is_array())
        //: A key of the design file, named in a message.
        return problemText(QCoreApplication::translate("Problems", "\"%1\""), {tokens.back()});
    const json *value = valueAt(doc, tokens);
    if (value && value->is_object() && value->contains("kind") && value->at("kind").is_string() && value->contains("id")
        && value->at("id").is_string())
        return problemText(QCoreApplication::translate("Problems", "the %1 block \"%2\""),
                           {value->at("kind").get<std::string>(), value->at("id").get<std::string>()});
    const std::string position = std::to_string(std::stoul(tokens.back()) + 1);
    if (tokens.size() >= 2)
        //: %1 is the 1-based position of an item in the list named by the key %2.
        return problemText(QCoreApplication::translate("Problems", "item %1 of \"%2\""),
                           {position, tokens[tokens.size() - 2]});
    return problemText(QCoreApplication::translate("Problems", "item %1"), {position});
}

bool isWrapper(const std::string &d)
{
    // These only say that something further down failed; the leaf says what.
    static const char *const kWrappers[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property name '",
        "Failed to validate against a conditional schema",
        "Failed to validate against child schema #",
        "Failed to validate against any schemas allowed by anyOf",
        "Failed to validate against additional properties schema",
        "Failed to validate against schema associated with pattern",
    };
    for (const char *w : kWrappers)
        if (startsWith(d, w))
            return true;
    return false;
}

// Rewrites one valijson leaf failure; returns false for wrappers.
bool describe(const json &doc, Failure f, Problem &out)
{
    const std::string &d = f.description;
    if (isWrapper(d))
        return false;

    const json *value = valueAt(doc, f.tokens);
    const json *node = designSchemaNodeFor(f.tokens);
    const std::string where = nameOf(doc, f.tokens);
    std::string message;

    if (startsWith(d, "Missing required property '")) {
        const std::string key = quotedBetween(d, "Missing required property '");
        message = f.tokens.empty()
                      ? problemText(QCoreApplication::translate("Problems", "missing required key \"%1\""), {key})
                      : problemText(QCoreApplication::translate("Problems", "missing required key \"%1\" in %2"),
                                    {key, where});
    } else if (startsWith(d, "Object contains a property that could not be validated")) {
        const std::string key = quotedBetween(d, "constraints: '");
        message = f.tokens.empty()
                      ? problemText(QCoreApplication::translate("Problems", "unknown key \"%1\""), {key})
                      : problemText(QCoreApplication::translate("Problems", "unknown key \"%1\" in %2"), {key, where});
        f.tokens.push_back(key);
    } else if (startsWith(d, "Value type not permitted")) {
        const std::string expected =
            node ? expectedTypes(*node) : problemText(QCoreApplication::translate("Problems", "another type"));
        message = value ? problemText(QCoreApplication::translate("Problems", "%1 must be %2, not %3"),
                                      {where, expected, jsonTypeName(*value)})
                        : problemText(QCoreApplication::translate("Problems", "%1 must be %2"), {where, expected});
    } else if (startsWith(d, "Failed to match against any enum values")) {
        if (node && node->contains("enum")) {
            const std::string allowed = enumList(*node);
            message =
                value ? problemText(QCoreApplication::translate("Problems", "%1 is %2; expected one of: %3"),
                                    {where, shortValue(*value), allowed})
                      : problemText(QCoreApplication::translate("Problems", "%1 is not allowed; expected one of: %2"),
                                    {where, allowed});
        } else {
            //: %1 names a value in the design; %2 is that value as the file has it.
            message =
                value ? problemText(QCoreApplication::translate("Problems", "%1 is %2"), {where, shortValue(*value)})
                      : problemText(QCoreApplication::translate("Problems", "%1 is not allowed"), {where});
        }
    } else if (startsWith(d, "Failed to match regex")) {
        // The schema's description of the format stays as the schema words it.
        if (node && node->contains("description")) {
            const std::string format = node->at("description").get<std::string>();
            message = value ? problemText(QCoreApplication::translate("Problems", "%1 is %2; expected %3"),
                                          {where, shortValue(*value), format})
                            : problemText(QCoreApplication::translate("Problems", "%1 is malformed; expected %2"),
                                          {where, format});
        } else {
            //: %1 names a value in the design; %2 is that value as the file has it.
            message =
                value ? problemText(QCoreApplication::translate("Problems", "%1 is %2"), {where, shortValue(*value)})
                      : problemText(QCoreApplication::translate("Problems", "%1 is malformed"), {where});
        }
    } else if (startsWith(d, "Failed to match expected value set by 'const'")) {
        const std::string expected = node && node->contains("const")
                                         ? node->at("const").dump()
                                         : problemText(QCoreApplication::translate("Problems", "a fixed value"));
        message = value ? problemText(QCoreApplication::translate("Problems", "%1 must be %2, not %3"),
                                      {where, expected, shortValue(*value)})
                        : problemText(QCoreApplication::translate("Problems", "%1 must be %2"), {where, expected});
    } else if (startsWith(d, "Expected number greater than or equal to ")) {
        const std::string minimum = node && node->contains("minimum") ? node->at("minimum").dump() : std::string();
        message =
            value ? problemText(QCoreApplication::translate("Problems", "%1 must be at least %2, not %3"),
                                {where, minimum, shortValue(*value)})
                  : problemText(QCoreApplication::translate("Problems", "%1 must be at least %2"), {where, minimum});
    } else if (startsWith(d, "Expected number less than or equal to ")) {
        const std::string maximum = node && node->contains("maximum") ? node->at("maximum").dump() : std::string();
        message = value
                      ? problemText(QCoreApplication::translate("Problems", "%1 must be at most %2, not %3"),
                                    {where, maximum, shortValue(*value)})
                      : problemText(QCoreApplication::translate("Problems", "%1 must be at most %2"), {where, maximum});
    } else if (startsWith(d, "String should be no fewer than ")) {
        message = node && node->value("minLength", 0) == 1
                      ? problemText(QCoreApplication::translate("Problems", "%1 must not be empty"), {where})
                      : problemText(QCoreApplication::translate("Problems", "%1 is too short"), {where});
    } else if (startsWith(d, "String should be no more than ")) {
        message = problemText(QCoreApplication::translate("Problems", "%1 is too long (at most %2 characters)"),
                              {where, node ? node->at("maxLength").dump() : std::string()});
    } else if (startsWith(d, "Array should contain no fewer than ")) {
        message = problemText(QCoreApplication::translate("Problems", "%1 must not be empty"), {where});
    } else if (startsWith(d, "Array should contain no more than ")) {
        message = problemText(QCoreApplication::translate("Problems", "%1 has too many items (at most %2)"),
                              {where, node ? node->at("maxItems").dump() : std::string()});
    } else if (startsWith(d, "Object should have no more than ")) {
        message = problemText(QCoreApplication::translate("Problems", "%1 has too many entries (at most %2)"),
                              {where, node ? node->at("maxProperties").dump() : std::string()});
    } else if (startsWith(d, "Elements at indexes #")) {
        // "Elements at indexes #0 and #1 violate uniqueness constraint.": point at the repeat.
        const auto second = d.find(" and #");
        const std::string index =
            second == std::string::npos ? std::string() : d.substr(second + 6, d.find(' ', second + 6) - second - 6);
        const json *repeated = index.empty() ? nullptr : valueAt(doc, [&] {
            auto t = f.tokens;
            t.push_back(index);
            return t;
        }());
        message = repeated
                      ? problemText(QCoreApplication::translate("Problems", "%1 lists %2 twice"),
                                    {where, shortValue(*repeated)})
                      : problemText(QCoreApplication::translate("Problems", "%1 lists the same value twice"), {where});
        if (repeated)
            f.tokens.push_back(index);
    } else {
        //: %2 is the schema validator's own description of the failure, in English.
        message = problemText(QCoreApplication::translate("Problems", "%1: %2"), {where, d});
    }
    out.severity = Severity::Error;
    out.code = "schema";
    out.message = message;
    out.pointer = pointerOf(f.tokens);
    return true;
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

    std::vector<Failure> failures;
    std::set<std::vector<std::string>> failedObjects; // every value on a failing path
    static const std::string kPropertyWrapper = "Failed to validate against schema associated with property name '";
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        Failure f;
        for (size_t i = 1; i < error.context.size(); ++i) { // [0] is "<root>"
            const auto &c = error.context[i];
            f.tokens.push_back(c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
        }
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
        if (describe(doc, std::move(f), p))
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
