// The theme's colour roles as the design file names them, in the file's order: the one
// list the file format, the field walk and the editors read.
#pragma once

#include "model/WidgetDesign.h"

#include <array>

namespace callstudio {

struct ThemeColorKey
{
    const char *key;                  // "primary", "onPrimary", …
    std::string ThemeColors::*member; // where the model keeps it
};

inline constexpr std::array<ThemeColorKey, 8> kThemeColorKeys{{
    {"primary", &ThemeColors::primary},
    {"onPrimary", &ThemeColors::onPrimary},
    {"background", &ThemeColors::background},
    {"onBackground", &ThemeColors::onBackground},
    {"surface", &ThemeColors::surface},
    {"text", &ThemeColors::text},
    {"muted", &ThemeColors::muted},
    {"error", &ThemeColors::error},
}};

} // namespace callstudio
