#include "StartupReport.h"

#include "WindowExposure.h"

#include <QCoreApplication>
#include <QTimer>
#include <QWidget>

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

StartupReport::StartupReport(QWidget *window)
{
    afterFirstExposure(window, [] { mark("window-shown"); });
}

void StartupReport::previewReady()
{
    mark("preview-ready");
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace callstudio
