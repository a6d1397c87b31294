#include "JsonLocator.h"

#include "contract/JsonPointer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace callstudio {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A UTF-8 byte order mark is not part of the JSON: the parser skips it, and so do positions.
size_t bomLength(std::string_view text)
{
    return text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
}

} // namespace

std::vector<TextPosition> positionsOfOffsets(std::string_view text, const std::vector<size_t> &offsets)
{
    std::vector<size_t> order(offsets.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return offsets[a] < offsets[b]; });

    // One sweep over the text, however many offsets and however long its lines.
    std::vector<TextPosition> positions(offsets.size());
    TextPosition pos{1, 1};
    size_t i = bomLength(text);
    for (size_t index : order) {
        const size_t end = std::min(offsets[index], text.size());
        for (; i < end; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            // LF, CRLF and a lone CR each end a line; the CR of a CRLF takes no column.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
                ++pos.line;
                pos.column = 1;
            } else if (c != '\r' && (c & 0xC0) != 0x80) {
                ++pos.column;
            }
        }
        positions[index] = pos;
    }
    return positions;
}

TextPosition positionOfOffset(std::string_view text, size_t offset)
{
    return positionsOfOffsets(text, {offset}).front();
}

namespace {

// A forward-only scanner over well-formed JSON; it never allocates for skipped values.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
        , m_pos(bomLength(text))
    {
    }

    size_t pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_pos;
    }

    bool consume(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // The decoded string at the cursor (the cursor must be on its opening quote).
    std::optional<std::string> readString()
    {
        const size_t start = m_pos;
        if (!skipString())
            return std::nullopt;
        const std::string_view raw = m_text.substr(start + 1, m_pos - start - 2);
        if (raw.find('\\') == std::string_view::npos)
            return std::string(raw); // nothing to decode: skip the parser, keys are mostly plain
        try {
            return nlohmann::json::parse(m_text.substr(start, m_pos - start)).get<std::string>();
        } catch (const nlohmann::json::exception &) {
            return std::nullopt;
        }
    }

    bool skipString()
    {
        if (peek() != '"')
            return false;
        ++m_pos;
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }

    bool skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char d = peek();
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // number, true, false, null
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
               && peek() != '\r' && peek() != '\t')
            ++m_pos;
        return true;
    }

private:
    std::string_view m_text;
    size_t m_pos;
};

// `pointer` and its ancestors, nearest first, ending with the root; a malformed pointer
// has only the root.
std::vector<std::string> selfAndAncestors(const std::string &pointer)
{
    const auto parsed = parsePointer(pointer);
    if (!parsed)
        return {""};
    std::vector<std::string> out;
    for (JsonPointer p = *parsed;; p = p.parent_pointer()) {
        out.push_back(p.to_string());
        if (p.empty())
            return out;
    }
}

} // namespace

std::optional<size_t> locatePointer(std::string_view text, const std::string &pointer)
{
    const auto parsed = parsePointer(pointer);
    if (!parsed)
        return std::nullopt;
    const auto tokens = pointerTokens(*parsed);
    Scanner s(text);
    s.skipSpace();
    size_t found = s.pos();
    for (const auto &token : tokens) {
        s.skipSpace();
        if (s.peek() == '{') {
            s.consume('{');
            bool matched = false;
            while (true) {
                s.skipSpace();
                if (s.peek() == '}')
                    return std::nullopt;
                const size_t keyPos = s.pos();
                auto key = s.readString();
                if (!key || !s.consume(':'))
                    return std::nullopt;
                if (*key == token) {
                    found = keyPos;
                    matched = true;
                    break;
                }
                if (!s.skipValue())
                    return std::nullopt;
                if (!s.consume(','))
                    return std::nullopt;
            }
            if (!matched)
                return std::nullopt;
        } else if (s.peek() == '[') {
            s.consume('[');
            size_t index = 0;
            try {
                index = std::stoul(token);
            } catch (const std::exception &) {
                return std::nullopt;
            }
            for (size_t i = 0; i < index; ++i) {
                s.skipSpace();
                if (s.peek() == ']' || !s.skipValue() || !s.consume(','))
                    return std::nullopt;
            }
            s.skipSpace();
            if (s.peek() == ']')
                return std::nullopt;
            found = s.pos();
        } else {
            return std::nullopt;
        }
    }
    return found;
}

namespace {

// The pointers wanted, as a tree of their tokens; each node learns where its value starts.
struct PointerTree
{
    std::unordered_map<std::string, PointerTree> children;
    std::optional<size_t> start;
};

// One forward pass over a well-formed text, holding only the tokens of the current path.
// With a tree, it enters only the members and items on the way to a wanted pointer and
// skips the rest undecoded; without one, it enters everything. With `findDuplicates`,
// each object keeps the set of its keys and the walk stops at the first key seen twice.
class ValueWalk
{
public:
    ValueWalk(std::string_view text, bool findDuplicates)
        : m_scanner(text)
        , m_findDuplicates(findDuplicates)
    {
    }

    void run(PointerTree *tree)
    {
        m_scanner.skipSpace();
        if (tree)
            tree->start = m_scanner.pos();
        walk(tree);
    }

    std::optional<DuplicateKey> duplicate;

private:
    // Walks the value at the cursor (wanted as `node`, or everything when null); false
    // stops the walk (a duplicate, or text it cannot read).
    bool walk(PointerTree *node)
    {
        m_scanner.skipSpace();
        const char opener = m_scanner.peek();
        if (opener != '{' && opener != '[')
            return m_scanner.skipValue();
        const char closer = opener == '{' ? '}' : ']';
        m_scanner.consume(opener);
        std::unordered_set<std::string> keys;
        for (size_t index = 0;; ++index) {
            if (m_scanner.consume(closer))
                return true;
            if (index > 0 && !m_scanner.consume(','))
                return false;
            m_scanner.skipSpace();
            const size_t start = m_scanner.pos();
            std::optional<std::string> token = opener == '[' ? std::to_string(index) : m_scanner.readString();
            if (!token || (opener == '{' && !m_scanner.consume(':')))
                return false;
            if (opener == '{' && m_findDuplicates && !keys.insert(*token).second) {
                m_tokens.push_back(std::move(*token));
                duplicate = DuplicateKey{start, m_tokens.back(), pointerOfTokens(m_tokens).to_string()};
                return false;
            }
            PointerTree *child = nullptr;
            if (node) {
                const auto it = node->children.find(*token);
                if (it == node->children.end()) {
                    if (!m_scanner.skipValue())
                        return false;
                    continue;
                }
                child = &it->second;
                child->start = start;
            }
            m_tokens.push_back(std::move(*token));
            const bool ok = walk(child);
            m_tokens.pop_back();
            if (!ok)
                return false;
        }
    }

    Scanner m_scanner;
    bool m_findDuplicates;
    std::vector<std::string> m_tokens; // the path of the value being walked
};

} // namespace

std::optional<DuplicateKey> firstDuplicateKey(std::string_view text)
{
    ValueWalk walk(text, true);
    walk.run(nullptr);
    return std::move(walk.duplicate);
}

std::vector<TextPosition> locatePointersOrAncestors(std::string_view text, const std::vector<std::string> &pointers)
{
    // A malformed pointer has only the root.
    std::vector<std::vector<std::string>> tokens;
    tokens.reserve(pointers.size());
    PointerTree tree;
    for (const std::string &pointer : pointers) {
        const auto parsed = parsePointer(pointer);
        tokens.push_back(parsed ? pointerTokens(*parsed) : std::vector<std::string>());
        PointerTree *node = &tree;
        for (const auto &token : tokens.back())
            node = &node->children[token];
    }
    ValueWalk(text, false).run(&tree);

    // Each pointer at its deepest located ancestor (a missing key at its parent object).
    std::vector<size_t> offsets;
    offsets.reserve(pointers.size());
    for (const auto &path : tokens) {
        const PointerTree *node = &tree;
        size_t offset = tree.start.value_or(0);
        for (const auto &token : path) {
            const auto it = node->children.find(token);
            if (it == node->children.end() || !it->second.start)
                break;
            node = &it->second;
            offset = *node->start;
        }
        offsets.push_back(offset);
    }
    return positionsOfOffsets(text, offsets);
}

TextPosition locatePointerOrAncestor(std::string_view text, std::string pointer)
{
    for (const auto &ancestor : selfAndAncestors(pointer))
        if (auto offset = locatePointer(text, ancestor))
            return positionOfOffset(text, *offset);
    return {};
}

} // namespace callstudio
