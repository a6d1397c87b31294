#include "JsonPointer.h"

#include <algorithm>

namespace callstudio {

std::optional<JsonPointer> parsePointer(const std::string &text)
{
    try {
        return JsonPointer(text);
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

std::vector<std::string> pointerTokens(JsonPointer pointer)
{
    std::vector<std::string> tokens;
    for (; !pointer.empty(); pointer.pop_back())
        tokens.push_back(pointer.back());
    std::reverse(tokens.begin(), tokens.end());
    return tokens;
}

JsonPointer pointerOfTokens(const std::vector<std::string> &tokens)
{
    JsonPointer pointer;
    for (const auto &token : tokens)
        pointer.push_back(token);
    return pointer;
}

} // namespace callstudio
