#include "JsonLocator.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace callstudio {

TextPosition positionOfOffset(std::string_view text, size_t offset)
{
    TextPosition pos{1, 1};
    const size_t end = std::min(offset, text.size());
    for (size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

namespace {

// A forward-only scanner over well-formed JSON; it never allocates for skipped values.
class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

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
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' '
               && peek() != '\n' && peek() != '\r' && peek() != '\t')
            ++m_pos;
        return true;
    }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

std::vector<std::string> splitPointer(const std::string &pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    size_t start = 1;
    while (start <= pointer.size()) {
        size_t slash = pointer.find('/', start);
        if (slash == std::string::npos)
            slash = pointer.size();
        std::string token = pointer.substr(start, slash - start);
        std::string unescaped;
        for (size_t i = 0; i < token.size(); ++i) {
            if (token[i] == '~' && i + 1 < token.size()) {
                unescaped += token[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                unescaped += token[i];
            }
        }
        tokens.push_back(std::move(unescaped));
        start = slash + 1;
    }
    return tokens;
}

} // namespace

std::optional<size_t> locatePointer(std::string_view text, const std::string &pointer)
{
    if (!pointer.empty() && pointer[0] != '/')
        return std::nullopt;
    const auto tokens = splitPointer(pointer);
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

TextPosition locatePointerOrAncestor(std::string_view text, std::string pointer)
{
    while (true) {
        if (auto offset = locatePointer(text, pointer))
            return positionOfOffset(text, *offset);
        if (pointer.empty())
            return {};
        pointer.erase(pointer.rfind('/'));
    }
}

} // namespace callstudio
