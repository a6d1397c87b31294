// Test helper for test_recovery: a designer window in a process of its own that opens FILE
// (or starts a new design), renames the widget to NAME without saving, autosaves, says
// "autosaved" and waits to be killed.
#include "commands/DesignProperties.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QUndoStack>

#include <cstdio>

using namespace callstudio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CallStudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_recovery"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: recovery_child FILE|- NAME\n");
        return 2;
    }
    MainWindow window;
    window.show();
    if (QString::fromLocal8Bit(argv[1]) != QStringLiteral("-") && !window.openFile(QString::fromLocal8Bit(argv[1])))
        return 1;
    DesignDocument *doc = window.document();
    doc->undoStack()->push(
        new ChangeValue<std::string>(doc, property::identity(IdentityPart::Name), argv[2], UndoName("Rename")));
    if (!window.documentController()->autosaveNow())
        return 1;
    std::printf("autosaved\n");
    std::fflush(stdout);
    return QApplication::exec();
}
