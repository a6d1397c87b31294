// Which theme colours the widget draws as text on which (resources/preview/widget.css),
// and the WCAG 2.x contrast between two of them. The Theme dock shows every pair; the
// checks warn about each pair below AA.
#pragma once

#include "model/WidgetDesign.h"

#include <optional>
#include <string>

namespace callstudio {

struct ThemeTextPair
{
    const char *text;       // colour key of the text ("onPrimary")
    const char *background; // colour key of what it is drawn on ("primary")
};

// Every text-on-background use of the theme in widget.css; test_checks reads the
// stylesheet to keep this list complete.
inline constexpr ThemeTextPair kThemeTextPairs[] = {
    {"onPrimary", "primary"}, {"onBackground", "background"}, {"text", "background"}, {"primary", "background"},
    {"muted", "background"},  {"error", "background"},        {"muted", "surface"},   {"error", "surface"},
};

// Minimum contrast ratio for normal text at WCAG level AA.
inline constexpr double kWcagAaTextContrast = 4.5;

// The colour stored under `key` ("primary"), or nullptr for an unknown key.
const std::string *themeColorOf(const ThemeColors &colors, const std::string &key);

// Contrast ratio (1 .. 21) of two "#rrggbb" / "#rgb" colours; nullopt when either is not one.
std::optional<double> contrastRatio(const std::string &a, const std::string &b);

} // namespace callstudio
