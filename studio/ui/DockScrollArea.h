// The scrolling frame of a dock's page: it scrolls up and down, never sideways, and asks
// its dock for the page's full width, so a longer language widens the column instead of
// cutting a label or a button.
#pragma once

#include <QScrollArea>

namespace callstudio {

class DockScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit DockScrollArea(QWidget *page, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};

} // namespace callstudio
