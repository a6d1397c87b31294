#include "DockScrollArea.h"

#include <QScrollBar>

namespace callstudio {

DockScrollArea::DockScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(page);
}

QSize DockScrollArea::minimumSizeHint() const
{
    // Height: a few rows, the rest scrolls. Width: all of the page, and room for the bar.
    constexpr int kMinimumHeight = 80;
    const int pageWidth = widget() ? widget()->minimumSizeHint().width() : 0;
    return {pageWidth + verticalScrollBar()->sizeHint().width(), kMinimumHeight};
}

} // namespace callstudio
