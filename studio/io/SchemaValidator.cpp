#include "SchemaValidator.h"

#include "DesignSchemaText.h" // generated: kDesignSchemaText

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

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

namespace {

const json &schemaDocument()
{
    static const json doc = json::parse(designSchemaText());
    return doc;
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

// The schema node that governs the value at `tokens`, following properties,
// additionalProperties, items and $ref; nullptr when it cannot be told statically.
const json *schemaNodeFor(const std::vector<std::string> &tokens)
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

std::string jsonTypeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "an integer";
    case json::value_t::number_float:
        return "a number";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "a value";
    }
}

std::string schemaTypeName(const std::string &t)
{
    if (t == "integer" || t == "array" || t == "object")
        return "an " + t;
    if (t == "null")
        return "null";
    return "a " + t;
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
        if (i)
            out += i + 1 == t.size() ? " or " : ", ";
        out += schemaTypeName(t[i].get<std::string>());
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
    std::string p;
    for (const auto &t : tokens)
        p += "/" + escapePointerToken(t);
    return p;
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
        return "the design";
    const json *parent = valueAt(doc, parentOf(tokens));
    if (!parent || !parent->is_array())
        return "\"" + tokens.back() + "\"";
    const json *value = valueAt(doc, tokens);
    if (value && value->is_object() && value->contains("kind") && value->at("kind").is_string() && value->contains("id")
        && value->at("id").is_string())
        return "the " + value->at("kind").get<std::string>() + " block \"" + value->at("id").get<std::string>() + "\"";
    const std::string container = tokens.size() >= 2 ? " of \"" + tokens[tokens.size() - 2] + "\"" : std::string();
    return "item " + std::to_string(std::stoul(tokens.back()) + 1) + container;
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
    const json *node = schemaNodeFor(f.tokens);
    const std::string where = nameOf(doc, f.tokens);
    std::string message;

    if (startsWith(d, "Missing required property '")) {
        message = "missing required key \"" + quotedBetween(d, "Missing required property '") + "\"";
        if (!f.tokens.empty())
            message += " in " + where;
    } else if (startsWith(d, "Object contains a property that could not be validated")) {
        const std::string key = quotedBetween(d, "constraints: '");
        message = "unknown key \"" + key + "\"";
        if (!f.tokens.empty())
            message += " in " + where;
        f.tokens.push_back(key);
    } else if (startsWith(d, "Value type not permitted")) {
        message = where + " must be " + (node ? expectedTypes(*node) : std::string("another type"));
        if (value)
            message += ", not " + jsonTypeName(*value);
    } else if (startsWith(d, "Failed to match against any enum values")) {
        message = where + " is " + (value ? shortValue(*value) : std::string("not allowed"));
        if (node && node->contains("enum"))
            message += "; expected one of: " + enumList(*node);
    } else if (startsWith(d, "Failed to match regex")) {
        message = where + " is " + (value ? shortValue(*value) : std::string("malformed"));
        if (node && node->contains("description"))
            message += "; expected " + node->at("description").get<std::string>();
    } else if (startsWith(d, "Failed to match expected value set by 'const'")) {
        message = where + " must be " + (node && node->contains("const") ? node->at("const").dump() : std::string("a fixed value"));
        if (value)
            message += ", not " + shortValue(*value);
    } else if (startsWith(d, "Expected number greater than or equal to ")) {
        message = where + " must be at least " + (node && node->contains("minimum") ? node->at("minimum").dump() : "");
        if (value)
            message += ", not " + shortValue(*value);
    } else if (startsWith(d, "Expected number less than or equal to ")) {
        message = where + " must be at most " + (node && node->contains("maximum") ? node->at("maximum").dump() : "");
        if (value)
            message += ", not " + shortValue(*value);
    } else if (startsWith(d, "String should be no fewer than ")) {
        message = node && node->value("minLength", 0) == 1 ? where + " must not be empty" : where + " is too short";
    } else if (startsWith(d, "String should be no more than ")) {
        message = where + " is too long (at most " + (node ? node->at("maxLength").dump() : "") + " characters)";
    } else if (startsWith(d, "Array should contain no fewer than ")) {
        message = where + " must not be empty";
    } else if (startsWith(d, "Array should contain no more than ")) {
        message = where + " has too many items (at most " + (node ? node->at("maxItems").dump() : "") + ")";
    } else if (startsWith(d, "Object should have no more than ")) {
        message = where + " has too many entries (at most " + (node ? node->at("maxProperties").dump() : "") + ")";
    } else if (startsWith(d, "Elements at indexes #")) {
        // "Elements at indexes #0 and #1 violate uniqueness constraint.": point at the repeat.
        const auto second = d.find(" and #");
        const std::string index = second == std::string::npos ? std::string() : d.substr(second + 6, d.find(' ', second + 6) - second - 6);
        const json *repeated = index.empty() ? nullptr : valueAt(doc, [&] { auto t = f.tokens; t.push_back(index); return t; }());
        message = where + " lists " + (repeated ? shortValue(*repeated) : std::string("the same value")) + " twice";
        if (repeated)
            f.tokens.push_back(index);
    } else {
        message = where + ": " + d;
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
                    c.patterns.emplace(&node.at("propertyNames"), std::regex(node.at("propertyNames").at("pattern").get<std::string>()));
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
    return "when \"" + member.key() + "\" is " + member.value().at("const").dump();
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
    const json *node = schemaNodeFor(tokens);
    if (!value || !value->is_object() || !node)
        return;
    std::vector<KeyRule> rules;
    collectKeyRules(*node, *value, rules);
    for (const auto &member : value->items()) {
        const std::string &key = member.key();
        for (const auto &rule : rules) {
            const json &names = *rule.propertyNames;
            std::string message;
            if (names.contains("enum") && std::find(names.at("enum").begin(), names.at("enum").end(), key) == names.at("enum").end()) {
                const bool onKind = rule.condition && rule.condition->contains("properties")
                                    && rule.condition->at("properties").contains("kind");
                const std::string condition = rule.condition ? conditionText(*rule.condition) : std::string();
                if (onKind && value->contains("kind") && value->at("kind").is_string())
                    message = "key \"" + key + "\" does not belong in a " + value->at("kind").get<std::string>()
                              + " block; it takes: " + enumList(names);
                else
                    message = "key \"" + key + "\" is not allowed " + (condition.empty() ? std::string("here") : condition)
                              + "; expected one of: " + enumList(names);
            } else if (names.contains("pattern") && !std::regex_search(key, keyRuleCache().patterns.at(&names))) {
                message = "key \"" + key + "\" in " + nameOf(doc, tokens) + " is not valid";
                if (names.contains("description"))
                    message += "; expected " + names.at("description").get<std::string>();
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
                                  [&](const Problem &p) { return !seen.insert({p.pointer, p.message}).second; }),
                   problems.end());
    if (problems.empty()) {
        // Never let a document the validator refused pass as valid for want of a message.
        Problem p;
        p.severity = Severity::Error;
        p.code = "schema";
        p.message = "the design does not follow the file format";
        problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace callstudio
