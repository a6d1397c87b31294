#include "JsScanner.h"

#include <algorithm>
#include <array>

namespace callstudio {

namespace {

bool isIdentifierStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || c == '\\' || c >= 0x80;
}

bool isIdentifierPart(unsigned char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isOperatorChar(char c)
{
    switch (c) {
    case '=':
    case '<':
    case '>':
    case '!':
    case '&':
    case '|':
    case '+':
    case '-':
    case '*':
    case '%':
    case '^':
    case '~':
    case '?':
        return true;
    default:
        return false;
    }
}

// Keywords after which a slash starts a regular expression rather than a division.
bool keywordPrecedesExpression(std::string_view word)
{
    static constexpr std::array<std::string_view, 15> kWords{"return", "typeof", "instanceof", "in",    "of",
                                                             "new",    "delete", "void",       "throw", "case",
                                                             "do",     "else",   "yield",      "await", "extends"};
    for (auto w : kWords)
        if (w == word)
            return true;
    return false;
}

class Scanner
{
public:
    explicit Scanner(std::string_view code)
        : m_code(code)
    {
    }

    std::vector<JsToken> run()
    {
        while (m_pos < m_code.size()) {
            const char c = m_code[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
                ++m_pos;
            } else if (c == '/' && peek(1) == '/') {
                skipLine();
            } else if (c == '/' && peek(1) == '*') {
                const size_t end = m_code.find("*/", m_pos + 2);
                m_pos = end == std::string_view::npos ? m_code.size() : end + 2;
            } else if (c == '<' && m_code.substr(m_pos, 4) == "<!--") {
                skipLine(); // HTML-like comment, still valid in classic scripts
            } else if (c == '\'' || c == '"') {
                scanString(c);
            } else if (c == '`') {
                ++m_pos;
                scanTemplateChunk(m_pos - 1);
            } else if (c == '}' && !m_templateDepths.empty() && m_templateDepths.back() == m_braceDepth) {
                m_templateDepths.pop_back();
                ++m_pos;
                scanTemplateChunk(m_pos - 1);
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                scanNumber();
            } else if (isIdentifierStart(static_cast<unsigned char>(c))) {
                const size_t start = m_pos;
                while (m_pos < m_code.size() && isIdentifierPart(static_cast<unsigned char>(m_code[m_pos])))
                    ++m_pos;
                push(JsTokenKind::Identifier, start);
            } else if (c == '/' && regexAllowed()) {
                scanRegex();
            } else {
                scanPunctuator();
            }
        }
        return std::move(m_tokens);
    }

private:
    char peek(size_t ahead) const { return m_pos + ahead < m_code.size() ? m_code[m_pos + ahead] : '\0'; }

    void skipLine()
    {
        const size_t end = m_code.find('\n', m_pos);
        m_pos = end == std::string_view::npos ? m_code.size() : end;
    }

    JsToken &push(JsTokenKind kind, size_t start)
    {
        JsToken t;
        t.kind = kind;
        t.raw = m_code.substr(start, m_pos - start);
        t.offset = start;
        m_tokens.push_back(std::move(t));
        return m_tokens.back();
    }

    // Appends the character an escape sequence stands for (the common ones; others keep
    // the escaped character, which is what matters for names and URLs).
    void appendEscape(std::string &value)
    {
        const char e = m_code[m_pos];
        switch (e) {
        case 'n':
            value += '\n';
            break;
        case 't':
            value += '\t';
            break;
        case 'r':
            value += '\r';
            break;
        case '\n':
            break; // line continuation
        default:
            value += e;
            break;
        }
        ++m_pos;
    }

    void scanString(char quote)
    {
        const size_t start = m_pos++;
        std::string value;
        while (m_pos < m_code.size() && m_code[m_pos] != quote && m_code[m_pos] != '\n') {
            if (m_code[m_pos] == '\\' && m_pos + 1 < m_code.size()) {
                ++m_pos;
                appendEscape(value);
            } else {
                value += m_code[m_pos++];
            }
        }
        if (m_pos < m_code.size() && m_code[m_pos] == quote)
            ++m_pos;
        push(JsTokenKind::String, start).value = std::move(value);
    }

    // From just after "`" or the "}" closing a substitution, up to the closing "`" or
    // the next "${" (whose expression is scanned as code).
    void scanTemplateChunk(size_t start)
    {
        std::string value;
        while (m_pos < m_code.size()) {
            const char c = m_code[m_pos];
            if (c == '\\' && m_pos + 1 < m_code.size()) {
                ++m_pos;
                appendEscape(value);
            } else if (c == '`') {
                ++m_pos;
                break;
            } else if (c == '$' && peek(1) == '{') {
                m_pos += 2;
                m_templateDepths.push_back(m_braceDepth);
                break;
            } else {
                value += c;
                ++m_pos;
            }
        }
        push(JsTokenKind::Template, start).value = std::move(value);
    }

    void scanNumber()
    {
        const size_t start = m_pos;
        while (m_pos < m_code.size()
               && (isIdentifierPart(static_cast<unsigned char>(m_code[m_pos])) || m_code[m_pos] == '.'))
            ++m_pos;
        push(JsTokenKind::Number, start);
    }

    bool regexAllowed() const
    {
        if (m_tokens.empty())
            return true;
        const JsToken &prev = m_tokens.back();
        switch (prev.kind) {
        case JsTokenKind::Identifier:
            return keywordPrecedesExpression(prev.raw);
        case JsTokenKind::Punctuator:
            return prev.raw != ")" && prev.raw != "]" && prev.raw != "}" && prev.raw != "++" && prev.raw != "--";
        default:
            return false;
        }
    }

    void scanRegex()
    {
        const size_t start = m_pos++;
        bool inClass = false;
        while (m_pos < m_code.size() && m_code[m_pos] != '\n') {
            const char c = m_code[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == '[')
                inClass = true;
            else if (c == ']')
                inClass = false;
            else if (c == '/' && !inClass)
                break;
        }
        m_pos = std::min(m_pos, m_code.size());
        while (m_pos < m_code.size() && isIdentifierPart(static_cast<unsigned char>(m_code[m_pos])))
            ++m_pos;
        push(JsTokenKind::Regex, start);
    }

    void scanPunctuator()
    {
        const size_t start = m_pos;
        const char c = m_code[m_pos];
        if (c == '=' && peek(1) == '>') {
            m_pos += 2;
        } else if (c == '?' && peek(1) == '.' && !isDigit(peek(2))) {
            m_pos += 2;
        } else if (c == '.' && peek(1) == '.' && peek(2) == '.') {
            m_pos += 3;
        } else if (isOperatorChar(c)) {
            while (m_pos < m_code.size() && m_pos - start < 4 && isOperatorChar(m_code[m_pos]))
                ++m_pos;
        } else {
            ++m_pos;
            if (c == '{')
                ++m_braceDepth;
            else if (c == '}' && m_braceDepth > 0)
                --m_braceDepth;
        }
        push(JsTokenKind::Punctuator, start);
    }

    std::string_view m_code;
    size_t m_pos = 0;
    std::vector<JsToken> m_tokens;
    int m_braceDepth = 0;
    std::vector<int> m_templateDepths; // brace depth at each open "${"
};

} // namespace

std::vector<JsToken> scanJavaScript(std::string_view code)
{
    return Scanner(code).run();
}

bool isStringLike(const std::vector<JsToken> &tokens, size_t i)
{
    if (i >= tokens.size())
        return false;
    const JsToken &t = tokens[i];
    if (t.kind == JsTokenKind::String)
        return true;
    // A whole template literal is one token that starts and ends with a backtick.
    return t.kind == JsTokenKind::Template && t.raw.size() >= 2 && t.raw.front() == '`' && t.raw.back() == '`';
}

std::vector<size_t> closingBrackets(const std::vector<JsToken> &tokens)
{
    std::vector<size_t> closes(tokens.size(), tokens.size());
    std::vector<size_t> open;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != JsTokenKind::Punctuator || tokens[i].raw.size() != 1)
            continue;
        const char c = tokens[i].raw[0];
        if (c == '(' || c == '[' || c == '{') {
            open.push_back(i);
        } else if ((c == ')' || c == ']' || c == '}') && !open.empty()) {
            closes[open.back()] = i;
            open.pop_back();
        }
    }
    return closes;
}

bool isMemberDot(const std::vector<JsToken> &tokens, size_t i)
{
    return i < tokens.size() && (isPunctuator(tokens[i], ".") || isPunctuator(tokens[i], "?."));
}

bool isGlobalReference(const std::vector<JsToken> &tokens, size_t i)
{
    if (i + 1 < tokens.size() && isPunctuator(tokens[i + 1], ":") && i > 0
        && (isPunctuator(tokens[i - 1], "{") || isPunctuator(tokens[i - 1], ",")))
        return false;
    if (i == 0)
        return true;
    const JsToken &prev = tokens[i - 1];
    for (const char *declarer : {"function", "var", "let", "const", "class"})
        if (isIdentifier(prev, declarer))
            return false;
    if (!isMemberDot(tokens, i - 1))
        return true;
    if (i < 2)
        return false;
    const JsToken &object = tokens[i - 2];
    const bool globalObject =
        isIdentifier(object, "window") || isIdentifier(object, "self") || isIdentifier(object, "globalThis");
    return globalObject && (i < 3 || !isMemberDot(tokens, i - 3));
}

} // namespace callstudio
