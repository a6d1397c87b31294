// callstudio: the designer window, or a command-line verb (see CommandLine.h).
#include "CommandLine.h"
#include "PreviewDocks.h"
#include "PreviewSchemes.h"
#include "PreviewSession.h"
#include "PreviewSimulation.h"
#include "PreviewWidget.h"
#include "StartupReport.h"
#include "WindowExposure.h"
#include "ui/MainWindow.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CallStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("callstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLSTUDIO_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (callstudio::wantsCommandLine(arguments)) {
        if (callstudio::commandNeedsPreview(arguments)) {
            callstudio::prepareHeadlessPreview();
            QApplication app(argc, argv);
            describeApplication();
            return callstudio::runCommandLine(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        describeApplication();
        return callstudio::runCommandLine(QCoreApplication::arguments());
    }

    // The preview's QtWebEngine needs contexts shared and its URL scheme registered
    // before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    callstudio::registerPreviewUrlSchemes();
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Call Studio"));

    callstudio::applyUiLanguage(callstudio::savedUiLanguage());

    callstudio::MainWindow window;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        window.openFile(args.at(1));
    // Recovery files left behind mean earlier sessions ended without saving or closing.
    window.offerRecovery();
    // The window comes first; the preview's web engine starts once it is on screen, on
    // the design just opened, so its first load is the real one.
    std::unique_ptr<callstudio::StartupReport> report;
    std::unique_ptr<callstudio::PreviewDocks> preview;
    callstudio::afterFirstExposure(&window, [&] {
        preview = std::make_unique<callstudio::PreviewDocks>(&window);
        if (report)
            QObject::connect(preview->preview()->session(), &callstudio::PreviewSession::ready, report.get(),
                             &callstudio::StartupReport::previewReady);
    });
    // Watchers run newest first: the report marks the window shown before the preview starts.
    if (callstudio::StartupReport::requested())
        report = std::make_unique<callstudio::StartupReport>(&window);
    window.show();
    return app.exec();
}
