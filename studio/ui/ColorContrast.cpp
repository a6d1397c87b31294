#include "ColorContrast.h"

#include "contract/FieldConstraints.h"

namespace callstudio {

QColor parseDesignColor(const QString &text)
{
    if (!matchesFieldPattern(FieldKind::Color, text.toStdString()))
        return {};
    return QColor(text);
}

} // namespace callstudio
