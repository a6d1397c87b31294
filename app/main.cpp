// callstudio: the designer window, or a command-line verb (see CommandLine.h).
#include "CommandLine.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

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
    if (callstudio::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return callstudio::runCommandLine(QCoreApplication::arguments());
    }

    // The preview's QtWebEngine needs contexts shared before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Call Studio"));

    callstudio::MainWindow window;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        window.openFile(args.at(1));
    window.show();
    return app.exec();
}
