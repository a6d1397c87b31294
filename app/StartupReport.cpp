#include "StartupReport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace callstudio {

namespace {

void mark(const char *what)
{
    std::printf("%s\n", what);
    std::fflush(stdout);
}

} // namespace

bool StartupReport::requested()
{
    return qEnvironmentVariableIsSet("CALLSTUDIO_STARTUP_REPORT");
}

StartupReport::StartupReport(QWidget *window) : QObject(window)
{
    window->winId(); // creates the native window so its exposure can be watched
    window->windowHandle()->installEventFilter(this);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_shown && event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
        m_shown = true;
        mark("window-shown");
    }
    return false;
}

void StartupReport::previewReady()
{
    mark("preview-ready");
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace callstudio
