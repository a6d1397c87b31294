#include "SchemaValidator.h"

#include "DesignSchemaText.h" // generated: kDesignSchemaText

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <memory>
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
    bool onKey = false; // a propertyNames failure: the key itself is wrong, not its value
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

// Rewrites one valijson leaf failure; returns false for the wrappers that only say
// "something below failed".
bool describe(const json &doc, Failure f, Problem &out)
{
    const std::string &d = f.description;
    if (startsWith(d, "Failed to validate item #") || startsWith(d, "Failed to validate against schema associated with property name '")
        || startsWith(d, "Failed to validate against a conditional schema")
        || startsWith(d, "Failed to validate against any schemas allowed by anyOf")
        || startsWith(d, "Failed to validate against additional properties schema")
        || startsWith(d, "Failed to validate against schema associated with pattern"))
        return false;

    const json *value = valueAt(doc, f.tokens);
    const json *node = schemaNodeFor(f.tokens);
    std::string where = f.tokens.empty() ? std::string("the document") : "\"" + f.tokens.back() + "\"";
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
        if (f.onKey || !value || !node || !node->contains("enum")) {
            const json *block = f.tokens.size() >= 2 ? valueAt(doc, {f.tokens.begin(), f.tokens.end() - 1}) : nullptr;
            message = "key \"" + f.tokens.back() + "\" is not allowed here";
            if (block && block->is_object() && block->contains("kind") && block->at("kind").is_string())
                message = "key \"" + f.tokens.back() + "\" does not belong in a "
                          + block->at("kind").get<std::string>() + " block";
        } else {
            message = where + " is " + shortValue(*value) + "; expected one of: " + enumList(*node);
        }
    } else if (startsWith(d, "Failed to match regex")) {
        std::string expectation = node && node->contains("description") ? node->at("description").get<std::string>() : "";
        if (!f.onKey && value) {
            message = where + " is " + shortValue(*value);
        } else {
            // A propertyNames pattern: the failing thing is the key itself.
            const json *parentNode = schemaNodeFor({f.tokens.begin(), f.tokens.end() - 1});
            message = "key \"" + f.tokens.back() + "\" is not a valid name";
            if (parentNode && parentNode->contains("propertyNames")
                && parentNode->at("propertyNames").contains("description"))
                expectation = parentNode->at("propertyNames").at("description").get<std::string>();
        }
        if (!expectation.empty())
            message += "; expected " + expectation;
    } else if (startsWith(d, "Failed to match expected value set by 'const'")) {
        message = where + " must be " + (node && node->contains("const") ? node->at("const").dump() : std::string("a fixed value"));
        if (value)
            message += ", not " + shortValue(*value);
    } else if (startsWith(d, "Expected number greater than or equal to ")) {
        message = where + " must be at least " + (node && node->contains("minimum") ? node->at("minimum").dump() : "");
    } else if (startsWith(d, "Expected number less than or equal to ")) {
        message = where + " must be at most " + (node && node->contains("maximum") ? node->at("maximum").dump() : "");
    } else if (startsWith(d, "String should be no fewer than ")) {
        message = node && node->value("minLength", 0) == 1 ? where + " must not be empty"
                                                           : where + " is too short";
    } else if (startsWith(d, "String should be no more than ")) {
        message = where + " is too long (at most " + (node ? node->at("maxLength").dump() : "") + " characters)";
    } else if (startsWith(d, "Array should contain no fewer than ")) {
        message = where + " must not be empty";
    } else if (startsWith(d, "Array should contain no more than ")) {
        message = where + " has too many items (at most " + (node ? node->at("maxItems").dump() : "") + ")";
    } else if (startsWith(d, "Object should have no more than ")) {
        message = where + " has too many entries (at most " + (node ? node->at("maxProperties").dump() : "") + ")";
    } else if (startsWith(d, "Elements at indexes #")) {
        message = where + " lists the same value twice";
    } else {
        message = where + ": " + d;
    }
    out.severity = Severity::Error;
    out.code = "schema";
    out.message = message;
    out.pointer = pointerOf(f.tokens);
    return true;
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
    std::set<std::string> badKeys; // pointers whose key failed a propertyNames constraint
    static const std::string kKeyWrapper = "Failed to validate against schema associated with property name '";
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        Failure f;
        for (size_t i = 1; i < error.context.size(); ++i) { // [0] is "<root>"
            const auto &c = error.context[i];
            f.tokens.push_back(c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
        }
        f.description = error.description;
        if (startsWith(f.description, kKeyWrapper)) {
            auto keyTokens = f.tokens;
            keyTokens.push_back(quotedBetween(f.description, kKeyWrapper));
            badKeys.insert(pointerOf(keyTokens));
        }
        failures.push_back(std::move(f));
    }

    std::vector<Problem> problems;
    std::set<std::pair<std::string, std::string>> seen;
    for (auto &f : failures) {
        f.onKey = badKeys.count(pointerOf(f.tokens)) > 0;
        Problem p;
        if (describe(doc, std::move(f), p) && seen.insert({p.pointer, p.message}).second)
            problems.push_back(std::move(p));
    }
    return problems;
}

} // namespace callstudio
