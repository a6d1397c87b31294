// Tooltips that show hostile text (console lines, event data, problem messages quoting
// design content) as the characters it holds. Qt renders a tooltip that merely looks like
// HTML as rich text: a fake notice, or an <img> that reads a file or a FIFO on hover.
#pragma once

#include <QString>

namespace callstudio {

// The most a tooltip shows of `text`; the rest is cut with "…".
inline constexpr qsizetype kMaxToolTipChars = 2000;

// A rich-text tooltip whose visible text is `text` (cut to kMaxToolTipChars), line breaks
// and spaces kept, no markup taken from it.
QString plainTextToolTip(const QString &text);

} // namespace callstudio
