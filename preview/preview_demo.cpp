// Manual check of the preview under a real (or virtual) display: the preview with its
// docks, optionally played to a stage so it can be looked at or screenshotted.
//   preview_demo DESIGN [--stage idle|mic|in_call|ended|console|hang] [--mobile] [--dark]
#include "CallSimulatorPanel.h"
#include "ConsoleWidget.h"
#include "EventInjector.h"
#include "PreviewSchemes.h"
#include "PreviewWidget.h"
#include "TimelineWidget.h"
#include "io/DesignFile.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace callstudio;

int main(int argc, char **argv)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (geteuid() == 0 && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    if (!flags.contains("--use-fake-device-for-media-stream"))
        flags += " --use-fake-device-for-media-stream";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    registerPreviewUrlSchemes();
    QApplication app(argc, argv);

    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr,
                     "usage: preview_demo DESIGN [--stage idle|mic|in_call|ended|console|hang] [--mobile] [--dark]\n");
        return 2;
    }
    const LoadResult loaded = loadDesignFromFile(args.at(1).toStdString());
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(args.at(1)));
        return 2;
    }
    const int stageIndex = int(args.indexOf(QStringLiteral("--stage")));
    const QString stage = stageIndex > 0 && stageIndex + 1 < args.size() ? args.at(stageIndex + 1) : QString();

    WidgetDesign design = *loaded.design;
    design.businessHours.alwaysOpen = stage != QLatin1String("closed");
    if (stage == QLatin1String("console"))
        design.customCode.bodyEndHtml += "<script>\nconsole.log('tracking ready for', window.c2c.context.orderId);\n"
                                         "window.c2c.on('call_started', function (e) {\n"
                                         "  window.c2c.emit('lead', { tier: e.context.customerTier });\n"
                                         "  e.context.orderId.toUpperCase().missing();\n});\n</script>\n";

    if (stage == QLatin1String("hang"))
        design.customCode.bodyEndHtml =
            "<script>\nwindow.c2c.on('call_started', function () {\n  for (;;) {}\n});\n</script>\n";

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Call Studio — preview demo"));
    auto *preview = new PreviewWidget(&window);
    window.setCentralWidget(preview);
    auto *timeline = new TimelineWidget(&window);
    timeline->attach(preview->session());
    auto *console = new ConsoleWidget(&window);
    console->attach(preview->session());
    auto addDock = [&window](const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, &window);
        dock->setObjectName(title);
        dock->setWidget(content);
        window.addDockWidget(area, dock);
        return dock;
    };
    QDockWidget *simulatorDock = addDock(QObject::tr("Call simulator"),
                                         new CallSimulatorPanel(preview->session(), &window), Qt::RightDockWidgetArea);
    QDockWidget *injectorDock =
        addDock(QObject::tr("Event injector"), new EventInjector(preview->session(), &window), Qt::RightDockWidgetArea);
    window.tabifyDockWidget(simulatorDock, injectorDock);
    simulatorDock->raise();
    QDockWidget *timelineDock = addDock(QObject::tr("Timeline"), timeline, Qt::BottomDockWidgetArea);
    QDockWidget *consoleDock = addDock(QObject::tr("Console"), console, Qt::BottomDockWidgetArea);
    window.splitDockWidget(timelineDock, consoleDock, Qt::Horizontal);
    window.resize(1400, 900);
    window.show();

    if (args.contains(QStringLiteral("--mobile")))
        preview->setMobileViewport(true);
    if (args.contains(QStringLiteral("--dark")))
        preview->setDarkHostPage(true);
    PreviewSession *session = preview->session();
    if (stage == QLatin1String("in_call") || stage == QLatin1String("ended") || stage == QLatin1String("console")
        || stage == QLatin1String("hang"))
        preview->setMicPolicy(MicPolicy::AlwaysAllow);
    QObject::connect(
        session, &PreviewSession::ready, session,
        [session, stage] {
            if (stage.isEmpty() || stage == QLatin1String("idle") || stage == QLatin1String("closed"))
                return;
            session->fillForm({{QStringLiteral("name"), QStringLiteral("Ana")},
                               {QStringLiteral("topic"), QStringLiteral("delivery")},
                               {QStringLiteral("__consent"), true}});
            session->tapCall();
            if (stage == QLatin1String("mic"))
                return;
            QTimer::singleShot(800, session, &PreviewSession::answerCall);
            if (stage == QLatin1String("ended"))
                QTimer::singleShot(3500, session, &PreviewSession::agentHangUp);
        },
        Qt::SingleShotConnection);
    preview->setDesign(design);
    return app.exec();
}
