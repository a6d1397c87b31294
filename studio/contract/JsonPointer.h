// JSON Pointers (RFC 6901) of the design file, on nlohmann::json_pointer: it does the
// escaping of '~' and '/' and the splitting, so no code here does either by hand.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace callstudio {

using JsonPointer = nlohmann::json::json_pointer;

// The pointer of `text`, nullopt when it is not a well-formed pointer.
std::optional<JsonPointer> parsePointer(const std::string &text);

// The unescaped reference tokens of `pointer`, first to last.
std::vector<std::string> pointerTokens(JsonPointer pointer);

// The pointer made of the unescaped `tokens`.
JsonPointer pointerOfTokens(const std::vector<std::string> &tokens);

} // namespace callstudio
