// Puts the live preview into the designer: the preview in the central area, its
// timeline, console, call simulator and event injector as docks, and every document
// change, selected state and text locale passed on to the running widget.
#pragma once

#include <QObject>
#include <QString>

namespace callstudio {

class MainWindow;
class PreviewWidget;

class PreviewDocks : public QObject
{
    Q_OBJECT

public:
    explicit PreviewDocks(MainWindow *window);

    PreviewWidget *preview() const { return m_preview; }

private:
    MainWindow *m_window;
    PreviewWidget *m_preview;
    QString m_shownState; // the widget's state as the preview last reported it
};

} // namespace callstudio
