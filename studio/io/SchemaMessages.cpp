#include "SchemaMessages.h"

#include "SchemaValidator.h"
#include "checks/ProblemText.h"
#include "contract/JsonPointer.h"

#include <QCoreApplication>

#include <optional>

namespace callstudio {

using json = nlohmann::json;

namespace {

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

// What the message needs to know of one failure.
struct FailureContext
{
    const json &doc;
    SchemaFailure &failure;
    const json *value;
    const json *node;
    std::string where;
};

// Missing and unknown keys.
std::optional<std::string> describePresence(FailureContext &c)
{
    const std::string &d = c.failure.description;
    auto &f = c.failure;
    const std::string &where = c.where;
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
    } else {
        return std::nullopt;
    }
    return message;
}

// A value of the wrong type, outside its enum, malformed or not the fixed value.
std::optional<std::string> describeValue(FailureContext &c)
{
    const std::string &d = c.failure.description;
    const json *value = c.value;
    const json *node = c.node;
    const std::string &where = c.where;
    std::string message;
    if (startsWith(d, "Value type not permitted")) {
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
    } else {
        return std::nullopt;
    }
    return message;
}

// Numbers, strings, lists and objects out of their bounds.
std::optional<std::string> describeSize(FailureContext &c)
{
    const std::string &d = c.failure.description;
    const json *value = c.value;
    const json *node = c.node;
    const std::string &where = c.where;
    std::string message;
    // valijson reads integers past 2^63 as negative numbers: which bound is broken is told
    // from the value itself.
    const bool numberBound = startsWith(d, "Expected number greater than or equal to ")
                             || startsWith(d, "Expected number less than or equal to ");
    const bool aboveMaximum = numberBound && value && value->is_number() && node && node->contains("maximum")
                              && value->get<double>() > node->at("maximum").get<double>();
    if (numberBound && !aboveMaximum) {
        const std::string minimum = node && node->contains("minimum") ? node->at("minimum").dump() : std::string();
        message =
            value ? problemText(QCoreApplication::translate("Problems", "%1 must be at least %2, not %3"),
                                {where, minimum, shortValue(*value)})
                  : problemText(QCoreApplication::translate("Problems", "%1 must be at least %2"), {where, minimum});
    } else if (numberBound) {
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
    } else {
        return std::nullopt;
    }
    return message;
}

} // namespace

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

std::string pointerOf(const std::vector<std::string> &tokens)
{
    return pointerOfTokens(tokens).to_string();
}

std::vector<std::string> tokensOfContext(const std::vector<std::string> &context)
{
    std::vector<std::string> tokens;
    for (size_t i = 1; i < context.size(); ++i) { // [0] is "<root>"
        const auto &c = context[i];
        tokens.push_back(c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
    }
    return tokens;
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

// How a message names the value at `tokens`: its key, a block by kind and id, or an
// array item by its 1-based position.
std::string nameOf(const json &doc, const std::vector<std::string> &tokens)
{
    if (tokens.empty())
        return problemText(QCoreApplication::translate("Problems", "the design"));
    const json *parent = valueAt(doc, {tokens.begin(), tokens.end() - 1});
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

bool isLeafFailure(const std::string &description)
{
    return !isWrapper(description);
}

// Rewrites one valijson leaf failure; returns false for wrappers.
bool describeSchemaFailure(const json &doc, SchemaFailure f, Problem &out)
{
    const std::string &d = f.description;
    if (isWrapper(d))
        return false;
    FailureContext context{doc, f, valueAt(doc, f.tokens), designSchemaNodeFor(f.tokens), nameOf(doc, f.tokens)};
    std::optional<std::string> message = describePresence(context);
    for (auto next : {describeValue, describeSize})
        if (!message)
            message = next(context);
    if (!message) {
        const std::string &where = context.where;
        //: %2 is the schema validator's own description of the failure, in English.
        message = problemText(QCoreApplication::translate("Problems", "%1: %2"), {where, d});
    }
    out.severity = Severity::Error;
    out.code = "schema";
    out.message = *message;
    out.pointer = pointerOf(f.tokens);
    return true;
}

} // namespace callstudio
