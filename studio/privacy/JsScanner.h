// A small JavaScript tokenizer for custom code: just enough to tell code from strings,
// template literals, regular expressions and comments, so the lint reads only what runs
// (`// localStorage` in a comment or a string is not a use of localStorage).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

enum class JsTokenKind { Identifier, Punctuator, String, Template, Number, Regex };

struct JsToken
{
    JsTokenKind kind = JsTokenKind::Punctuator;
    std::string_view raw; // the token as written
    std::string value;    // String / Template: the text between the quotes, escapes resolved
    size_t offset = 0;    // byte offset of `raw` in the scanned text
};

// Tokens of `code` without comments and whitespace. Never fails: unterminated
// strings, comments and regular expressions end at the end of the line or text.
std::vector<JsToken> scanJavaScript(std::string_view code);

inline bool isIdentifier(const JsToken &t, std::string_view name)
{
    return t.kind == JsTokenKind::Identifier && t.raw == name;
}
inline bool isPunctuator(const JsToken &t, std::string_view p)
{
    return t.kind == JsTokenKind::Punctuator && t.raw == p;
}
// A string literal or a template literal without substitutions.
bool isStringLike(const std::vector<JsToken> &tokens, size_t i);

// For every "(", "[" or "{" token, the index of the bracket that closes it (any kind:
// broken code still ends somewhere); tokens.size() for unclosed brackets and other tokens.
std::vector<size_t> closingBrackets(const std::vector<JsToken> &tokens);

// Whether the identifier at `i` names a global: not a property of another object
// (`x.localStorage`), except of window / self / globalThis, not an object-literal key
// and not a name being declared.
bool isGlobalReference(const std::vector<JsToken> &tokens, size_t i);

// Whether tokens[i] is "." or "?." (a member access follows).
bool isMemberDot(const std::vector<JsToken> &tokens, size_t i);

} // namespace callstudio
