#include "ThemeContrast.h"

#include "ThemeColorKeys.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace callstudio {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The three channels of "#rrggbb" or "#rgb", 0..255 each.
std::optional<std::array<int, 3>> channels(const std::string &color)
{
    const bool shortForm = color.size() == 4;
    if (color.empty() || color[0] != '#' || (color.size() != 7 && !shortForm))
        return std::nullopt;
    std::array<int, 3> rgb{};
    for (size_t i = 0; i < 3; ++i) {
        const int high = hexDigit(color[shortForm ? 1 + i : 1 + 2 * i]);
        const int low = hexDigit(color[shortForm ? 1 + i : 2 + 2 * i]);
        if (high < 0 || low < 0)
            return std::nullopt;
        rgb[i] = high * 16 + low;
    }
    return rgb;
}

double relativeLuminance(const std::array<int, 3> &rgb)
{
    const auto linear = [](int channel) {
        const double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

} // namespace

const std::string *themeColorOf(const ThemeColors &colors, const std::string &key)
{
    for (const ThemeColorKey &k : kThemeColorKeys)
        if (key == k.key)
            return &(colors.*k.member);
    return nullptr;
}

std::optional<double> contrastRatio(const std::string &a, const std::string &b)
{
    const auto ca = channels(a);
    const auto cb = channels(b);
    if (!ca || !cb)
        return std::nullopt;
    const double la = relativeLuminance(*ca);
    const double lb = relativeLuminance(*cb);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace callstudio
