#include "ColorContrast.h"

#include "contract/FieldConstraints.h"

#include <algorithm>
#include <cmath>

namespace callstudio {

namespace {

double relativeLuminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor parseDesignColor(const QString &text)
{
    if (!matchesFieldPattern(FieldKind::Color, text.toStdString()))
        return {};
    return QColor(text);
}

} // namespace callstudio
