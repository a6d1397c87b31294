#include "ProblemText.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace callstudio {

std::string problemText(const QString &pattern, std::initializer_list<std::string_view> values)
{
    const std::string text = pattern.toStdString();
    std::string out;
    out.reserve(text.size() + 32);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const size_t n = static_cast<size_t>(text[i + 1] - '1');
            if (n < values.size()) {
                out += terminalSafe(*(values.begin() + n), kMaxValueCharsShown);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::pair<char32_t, size_t> decodeUtf8At(std::string_view s, size_t i)
{
    const auto byte = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const unsigned lead = byte(0);
    const auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
    if (lead < 0x80)
        return {lead, 1};
    if (lead >= 0xC2 && lead <= 0xDF && cont(1))
        return {((lead & 0x1Fu) << 6) | (byte(1) & 0x3Fu), 2};
    if (lead >= 0xE0 && lead <= 0xEF && cont(1) && cont(2)) {
        const char32_t cp = ((lead & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
        return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? std::pair{cp, size_t(3)}
                                                           : std::pair{char32_t(0), size_t(0)};
    }
    if (lead >= 0xF0 && lead <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        const char32_t cp =
            ((lead & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) | (byte(3) & 0x3Fu);
        return cp >= 0x10000 && cp <= 0x10FFFF ? std::pair{cp, size_t(4)} : std::pair{char32_t(0), size_t(0)};
    }
    return {0, 0};
}

namespace {

// Characters a terminal or a one-line display would act on instead of showing.
bool actsOnDisplay(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F
           || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string escaped(char32_t cp)
{
    switch (cp) {
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default: {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
        return buffer;
    }
    }
}

} // namespace

std::string terminalSafe(std::string_view text, size_t maxChars)
{
    std::string out;
    out.reserve(std::min(text.size(), maxChars * 4));
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++chars) {
        if (chars == maxChars)
            return out + "...";
        const auto [cp, length] = decodeUtf8At(text, i);
        if (length == 0) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(text[i]));
            out += buffer;
            ++i;
        } else if (actsOnDisplay(cp)) {
            out += escaped(cp);
            i += length;
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

} // namespace callstudio
