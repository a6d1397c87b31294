// WCAG 2.x contrast between two colours, for the theme editor's live warnings.
#pragma once

#include <QColor>
#include <QString>

namespace callstudio {

// Minimum contrast ratio for normal text at WCAG level AA.
inline constexpr double kWcagAaTextContrast = 4.5;

// Contrast ratio (1 .. 21) of two opaque colours.
double contrastRatio(const QColor &a, const QColor &b);

// A colour as the design stores it: "#rrggbb" (also "#rgb"); invalid QColor otherwise.
QColor parseDesignColor(const QString &text);

} // namespace callstudio
