#include "PlainTextToolTip.h"

namespace callstudio {

QString plainTextToolTip(const QString &text)
{
    const QString shown = text.size() > kMaxToolTipChars ? text.left(kMaxToolTipChars) + QChar(0x2026) : text;
    // Escaped and wrapped, so Qt always treats it as rich text and shows every character.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown.toHtmlEscaped());
}

} // namespace callstudio
