// How the loader words what keeps a text from being a JSON document: the encoding, the
// parser's syntax errors, duplicate keys. Internal to io/.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace callstudio {

// A sentence for the operator and the byte offset it is about.
struct SyntaxProblem
{
    std::string message;
    size_t offset = 0;
};

// The text is not UTF-8 JSON: UTF-16 or UTF-32 (by byte order mark or by the pattern of
// NUL bytes), a NUL byte, or bytes that are not UTF-8. One pass; nullopt when none.
std::optional<SyntaxProblem> encodingProblem(std::string_view text);

// nlohmann's parse error in words, placed where a person has to look.
SyntaxProblem describeParseError(const nlohmann::json::parse_error &e, std::string_view text);

} // namespace callstudio
