#include "SyntaxMessages.h"

#include "checks/ProblemText.h"

#include <QCoreApplication>

#include <cctype>
#include <cstdio>

namespace callstudio {

using json = nlohmann::json;

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string tr(const char *pattern, std::initializer_list<std::string_view> values = {})
{
    return problemText(QCoreApplication::translate("Problems", pattern), values);
}

std::string hexByte(unsigned char byte)
{
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    return hex;
}

// A wide encoding told by its byte order mark or, without one, by where the NUL bytes of
// its first ASCII characters stand.
std::optional<std::string> wideEncoding(std::string_view text)
{
    const auto at = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u; };
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return tr("UTF-32 (big-endian)");
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return tr("UTF-32 (little-endian)");
    if (at(0) == 0xFE && at(1) == 0xFF)
        return tr("UTF-16 (big-endian)");
    if (at(0) == 0xFF && at(1) == 0xFE)
        return tr("UTF-16 (little-endian)");
    if (text.size() < 4)
        return std::nullopt;
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0)
        return tr("UTF-32 (big-endian)");
    if (at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return tr("UTF-32 (little-endian)");
    if (at(0) == 0 && at(1) != 0 && at(2) == 0)
        return tr("UTF-16 (big-endian)");
    if (at(0) != 0 && at(1) == 0 && at(3) == 0)
        return tr("UTF-16 (little-endian)");
    return std::nullopt;
}

// nlohmann's token names, in words.
std::string tokenWords(const std::string &token)
{
    if (token == "string literal")
        return tr("a string in double quotes");
    if (token == "number literal")
        return tr("a number");
    if (token == "'[', '{', or a literal")
        return tr("a value");
    if (token == "end of input")
        return tr("the end of the file");
    if (token == "true literal" || token == "false literal" || token == "null literal")
        return token.substr(0, token.find(' '));
    return token; // a bracket or punctuation, already quoted: '}'
}

// The byte at `offset` as a message shows it: 'x' when printable ASCII, else its value.
std::string characterWords(std::string_view text, size_t offset)
{
    if (offset >= text.size())
        return tr("the end of the file");
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte > 0x20 && byte < 0x7F)
        return "'" + std::string(1, static_cast<char>(byte)) + "'";
    return tr("byte %1", {hexByte(byte)});
}

// The run of letters and digits around `offset`, where an unquoted word stands.
std::string_view wordAround(std::string_view text, size_t offset)
{
    const auto isWord = [&](size_t i) { return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])); };
    size_t start = offset;
    while (start > 0 && offset - start < 40 && isWord(start - 1))
        --start;
    size_t end = offset;
    while (end - start < 40 && isWord(end))
        ++end;
    return text.substr(start, end - start);
}

// The lexer's complaint ("invalid literal", "invalid number; ...", "invalid string: ...")
// in words.
std::string lexerMessage(const std::string &lexer, std::string_view text, size_t offset)
{
    const char here = offset < text.size() ? text[offset] : '\0';
    if (lexer == "invalid literal") {
        if (here == '\'')
            return tr("invalid JSON: single quotes are not allowed; keys and strings need double quotes");
        if (here == '/')
            return tr("invalid JSON: comments are not allowed");
        const std::string_view word = wordAround(text, offset);
        if (!word.empty())
            return tr("invalid JSON: unexpected word \"%1\"; text values need double quotes", {word});
        return tr("invalid JSON: found %1; expected a value (a number, a string in double quotes, true, false or null)",
                  {characterWords(text, offset)});
    }
    if (lexer.rfind("invalid number", 0) == 0) {
        if (lexer.find("after '-'") != std::string::npos)
            return tr("invalid JSON: a number is incomplete; expected a digit after '-', found %1",
                      {characterWords(text, offset)});
        if (lexer.find("after '.'") != std::string::npos)
            return tr("invalid JSON: a number is incomplete; expected a digit after '.', found %1",
                      {characterWords(text, offset)});
        return tr("invalid JSON: a number is incomplete; expected a digit in its exponent, found %1",
                  {characterWords(text, offset)});
    }
    if (lexer.find("control character U+000A") != std::string::npos)
        return tr("invalid JSON: a string is not closed before the end of the line");
    if (const auto at = lexer.find("control character U+"); at != std::string::npos)
        return tr("invalid JSON: a string holds the control character %1; write it as an escape such as \\n",
                  {lexer.substr(at + 18, 6)});
    if (lexer.find("missing closing quote") != std::string::npos)
        return tr("invalid JSON: a string is not closed before the end of the file");
    if (lexer.find("forbidden character after backslash") != std::string::npos)
        return tr("invalid JSON: unknown escape %1 in a string; after a backslash expected one of \" \\ / b f n r t u",
                  {"\\" + std::string(1, here)});
    if (lexer.find("must be followed by 4 hex digits") != std::string::npos)
        return tr("invalid JSON: \\u in a string must be followed by 4 hexadecimal digits");
    if (lexer.find("surrogate") != std::string::npos)
        return tr("invalid JSON: a string holds half of a UTF-16 surrogate pair (\\uD800 to \\uDFFF)");
    if (lexer.find("BOM") != std::string::npos)
        return tr("the file starts with an incomplete byte order mark");
    return tr("invalid JSON: found %1", {characterWords(text, offset)});
}

// The parser's complaint ("unexpected X" where it expected Y) in words.
std::string parserMessage(const std::string &found, const std::string &expected, std::string_view text, size_t offset)
{
    const char here = offset < text.size() ? text[offset] : '\0';
    if (found == "unexpected end of input")
        return expected.empty() ? tr("invalid JSON: the file ends too early")
                                : tr("invalid JSON: the file ends too early; expected %1", {tokenWords(expected)});
    if (expected == "':'")
        return tr("invalid JSON: missing ':' after a key");
    if (here == '}' || here == ']') {
        const auto before = text.find_last_not_of(" \t\r\n", offset == 0 ? 0 : offset - 1);
        if (before != std::string_view::npos && before < offset && text[before] == ',')
            return tr("invalid JSON: a comma before '%1' has nothing after it", {std::string(1, here)});
    }
    if (expected == "'}'" || expected == "']'")
        //: %1 is the closing bracket that was expected: '}' or ']'.
        return tr("invalid JSON: missing ',' or %1 before this", {expected});
    if (expected == "end of input")
        return tr("invalid JSON: found %1 after the end of the design; expected the end of the file",
                  {characterWords(text, offset)});
    const std::string foundWords = found.rfind("unexpected ", 0) == 0 ? tokenWords(found.substr(11)) : found;
    if (expected.empty())
        return tr("invalid JSON: unexpected %1", {foundWords});
    return tr("invalid JSON: found %1; expected %2", {foundWords, tokenWords(expected)});
}

// Where a syntax error is shown. nlohmann reports the last byte it read; for a misplaced
// string or a string left open, its opening quote is where a person has to look.
size_t syntaxErrorOffset(const std::string &what, std::string_view text, size_t offset)
{
    if (offset >= text.size())
        return offset;
    const bool misplacedString = what.find("unexpected string literal") != std::string::npos && text[offset] == '"';
    const bool openString = what.find("control character U+000A") != std::string::npos;
    if (!misplacedString && !openString)
        return offset;
    for (size_t i = offset; i > 0; --i)
        if (text[i - 1] == '"' && (i < 2 || text[i - 2] != '\\'))
            return i - 1;
    return offset;
}

} // namespace

std::optional<SyntaxProblem> encodingProblem(std::string_view text)
{
    if (auto wide = wideEncoding(text))
        return SyntaxProblem{tr("the file is in %1; a design file must be UTF-8", {*wide}), 0};
    const size_t start = text.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
    for (size_t i = start; i < text.size();) {
        if (text[i] == '\0')
            return SyntaxProblem{tr("invalid JSON: unexpected NUL byte"), i};
        const size_t length = decodeUtf8At(text, i).second;
        const auto byte = static_cast<unsigned char>(text[i]);
        if (length == 0 && byte >= 0xC2 && byte <= 0xF4)
            return SyntaxProblem{
                tr("the file is not valid UTF-8: byte %1 starts a character that the bytes after it do not complete",
                   {hexByte(byte)}),
                i};
        if (length == 0)
            return SyntaxProblem{
                tr("the file is not valid UTF-8: byte %1 cannot start a character here", {hexByte(byte)}), i};
        i += length;
    }
    return std::nullopt;
}

SyntaxProblem describeParseError(const json::parse_error &e, std::string_view text)
{
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
    // parsing value - <lexer message>; last read: '<bytes>'; expected <token>" or
    // "... - unexpected <token>; expected <token>". Only the sentences returned are shown.
    const std::string what = e.what();
    const auto dash = what.find(" - ");
    const std::string detail = dash == std::string::npos ? what : what.substr(dash + 3);
    const size_t offset = syntaxErrorOffset(what, text, e.byte > 0 ? e.byte - 1 : 0);
    if (text.find_first_not_of(" \t\r\n", text.substr(0, 3) == kUtf8Bom ? 3 : 0) == std::string_view::npos)
        return {tr("the file is empty; expected a JSON object"), offset};
    if (const auto lastRead = detail.find("; last read: "); lastRead != std::string::npos)
        return {lexerMessage(detail.substr(0, lastRead), text, offset), offset};
    const auto at = detail.rfind("; expected ");
    if (at == std::string::npos)
        return {parserMessage(detail, {}, text, offset), offset};
    return {parserMessage(detail.substr(0, at), detail.substr(at + 11), text, offset), offset};
}

} // namespace callstudio
