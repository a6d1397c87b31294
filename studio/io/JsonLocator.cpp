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

// One forward pass that records where each wanted pointer starts, descending only into
// values on the way to one; everything else is skipped without being decoded.
class WantedWalk
{
public:
    WantedWalk(std::string_view text, const std::unordered_set<std::string> &wanted)
        : m_scanner(text)
        , m_wanted(wanted)
    {
    }

    std::unordered_map<std::string, size_t> run()
    {
        m_scanner.skipSpace();
        m_found[""] = m_scanner.pos();
        walk("");
        return std::move(m_found);
    }

private:
    // Enters the value at the cursor, which is at `path`, and leaves the cursor after it.
    bool walk(const std::string &path)
    {
        m_scanner.skipSpace();
        const char opener = m_scanner.peek();
        if (opener != '{' && opener != '[')
            return m_scanner.skipValue();
        const char closer = opener == '{' ? '}' : ']';
        m_scanner.consume(opener);
        for (size_t index = 0;; ++index) {
            m_scanner.skipSpace();
            if (m_scanner.consume(closer))
                return true;
            if (index > 0 && !m_scanner.consume(','))
                return false;
            m_scanner.skipSpace();
            const size_t start = m_scanner.pos();
            std::string childPath;
            if (opener == '{') {
                const auto key = m_scanner.readString();
                if (!key || !m_scanner.consume(':'))
                    return false;
                childPath = path + (JsonPointer() / *key).to_string();
            } else {
                childPath = path + (JsonPointer() / index).to_string();
            }
            if (!visit(childPath, start))
                return false;
        }
    }

    // Records and enters the member or item at `path` if wanted, else skips it.
    bool visit(const std::string &path, size_t start)
    {
        if (!m_wanted.count(path))
            return m_scanner.skipValue();
        m_found[path] = start;
        return walk(path);
    }

    Scanner m_scanner;
    const std::unordered_set<std::string> &m_wanted;
    std::unordered_map<std::string, size_t> m_found;
};

} // namespace

namespace {

// One pass over every object of a well-formed text, each with the set of its keys so far.
class DuplicateKeyWalk
{
public:
    explicit DuplicateKeyWalk(std::string_view text)
        : m_scanner(text)
    {
    }

    std::optional<DuplicateKey> run()
    {
        walk("");
        return std::move(m_found);
    }

private:
    // Walks the value at the cursor; false stops the walk (a duplicate, or text it cannot read).
    bool walk(const std::string &path)
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
            std::string childPath;
            if (opener == '{') {
                auto key = m_scanner.readString();
                if (!key || !m_scanner.consume(':'))
                    return false;
                childPath = path + (JsonPointer() / *key).to_string();
                if (!keys.insert(*key).second) {
                    m_found = DuplicateKey{start, std::move(*key), std::move(childPath)};
                    return false;
                }
            } else {
                childPath = path + (JsonPointer() / index).to_string();
            }
            if (!walk(childPath))
                return false;
        }
    }

    Scanner m_scanner;
    std::optional<DuplicateKey> m_found;
};

} // namespace

std::optional<DuplicateKey> firstDuplicateKey(std::string_view text)
{
    return DuplicateKeyWalk(text).run();
}

std::vector<TextPosition> locatePointersOrAncestors(std::string_view text, const std::vector<std::string> &pointers)
{
    std::unordered_set<std::string> wanted;
    for (const auto &pointer : pointers)
        for (auto &ancestor : selfAndAncestors(pointer))
            wanted.insert(std::move(ancestor));
    const auto found = WantedWalk(text, wanted).run();

    std::vector<size_t> offsets;
    offsets.reserve(pointers.size());
    std::vector<bool> located;
    located.reserve(pointers.size());
    for (const std::string &pointer : pointers) {
        auto it = found.end();
        for (const auto &ancestor : selfAndAncestors(pointer))
            if ((it = found.find(ancestor)) != found.end())
                break;
        located.push_back(it != found.end());
        offsets.push_back(it == found.end() ? 0 : it->second);
    }
    auto positions = positionsOfOffsets(text, offsets);
    for (size_t i = 0; i < positions.size(); ++i)
        if (!located[i])
            positions[i] = {};
    return positions;
}

TextPosition locatePointerOrAncestor(std::string_view text, std::string pointer)
{
    for (const auto &ancestor : selfAndAncestors(pointer))
        if (auto offset = locatePointer(text, ancestor))
            return positionOfOffset(text, *offset);
    return {};
}

} // namespace callstudio
