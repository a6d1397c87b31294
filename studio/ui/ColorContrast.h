// A design colour as a QColor, for the theme editor's swatches (the contrast itself is
// contract/ThemeContrast's).
#pragma once

#include <QColor>
#include <QString>

namespace callstudio {

// A colour as the design stores it: "#rrggbb" (also "#rgb"); invalid QColor otherwise.
QColor parseDesignColor(const QString &text);

} // namespace callstudio
