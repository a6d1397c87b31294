// Crash recovery with real processes: two designer windows, each in its own process with
// unsaved work, are killed with SIGKILL; the next start offers both back, keeps offering
// them while the operator works on something else, and deletes each only once answered.
#include "commands/DesignProperties.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "document/RecoveryStore.h"
#include "support/DesignFiles.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace callstudio;

namespace {

QStringList offeredOrigins(const MainWindow &window)
{
    QStringList origins;
    for (const auto &offer : window.documentController()->recoveryOffers())
        origins << offer.origin;
    origins.sort();
    return origins;
}

} // namespace

class RecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The children and this process share one data directory, and only that one.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("CallStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_recovery"));
    }

    void bothKilledSessionsAreOfferedUntilAnswered()
    {
        const QString a = copy(QStringLiteral("a.design.json"));
        const QString b = copy(QStringLiteral("b.design.json"));
        std::unique_ptr<QProcess> first = startChild(a, QStringLiteral("Work A"));
        std::unique_ptr<QProcess> second = startChild(b, QStringLiteral("Work B"));
        QVERIFY(first && second);
        {
            // While they run, their work is theirs: a third window offers nothing.
            MainWindow third;
            third.offerRecovery();
            QVERIFY(third.documentController()->recoveryOffers().empty());
            QVERIFY(!third.recoveryBar()->isVisibleTo(&third));
        }
        for (QProcess *child : {first.get(), second.get()}) {
            child->kill(); // SIGKILL: no clean exit, no chance to tidy up
            QVERIFY(child->waitForFinished(10000));
            QCOMPARE(child->exitStatus(), QProcess::CrashExit);
        }

        // The next start offers both; answering nothing, the operator edits and saves
        // another file and quits.
        const QString c = copy(QStringLiteral("c.design.json"));
        {
            MainWindow window;
            window.show();
            window.offerRecovery();
            QCOMPARE(offeredOrigins(window), QStringList({a, b}));
            QVERIFY(window.recoveryBar()->isVisible());
            QVERIFY(window.recoveryBar()->text().contains(QStringLiteral("(1 of 2)")));
            QVERIFY(window.openFile(c));
            DesignDocument *doc = window.document();
            doc->undoStack()->push(new ChangeValue<std::string>(doc, property::identity(IdentityPart::Name), "Work C",
                                                                UndoName("Rename")));
            QVERIFY(window.documentController()->autosaveNow()); // autosave goes on meanwhile
            QVERIFY(window.save());
            QVERIFY(window.recoveryBar()->isVisible());
            QVERIFY(window.close());
        }

        // Still there at the start after that; each goes once answered.
        MainWindow window;
        window.show();
        window.offerRecovery();
        QCOMPARE(offeredOrigins(window), QStringList({a, b}));
        DocumentController *files = window.documentController();
        const auto offerFor = [files](const QString &origin) {
            const auto &offers = files->recoveryOffers();
            return std::find_if(offers.begin(), offers.end(), [&](const auto &o) { return o.origin == origin; })->id;
        };
        QVERIFY(files->restoreRecovery(offerFor(a)));
        QCOMPARE(window.document()->design().name, std::string("Work A"));
        QCOMPARE(window.document()->filePath(), a);
        QCOMPARE(offeredOrigins(window), QStringList({b}));
        QVERIFY(window.recoveryBar()->isVisible());
        files->discardRecovery(offerFor(b));
        QVERIFY(files->recoveryOffers().empty());
        QVERIFY(!window.recoveryBar()->isVisible());
        // What is left on disk is this session's own work (the restored, unsaved design).
        const QStringList left = QDir(RecoveryStore::defaultDirectory()).entryList({"*.design.json"}, QDir::Files);
        QCOMPARE(left, QStringList({QFileInfo(files->recoveryFilePath()).fileName()}));
        window.document()->undoStack()->setClean();
    }

private:
    QString copy(const QString &name)
    {
        const QString path = m_home.filePath(name);
        QFile::remove(path);
        return QFile::copy(testfiles::kExample, path) ? path : QString();
    }

    std::unique_ptr<QProcess> startChild(const QString &file, const QString &name)
    {
        auto child = std::make_unique<QProcess>();
        child->setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/recovery_child"));
        child->setArguments({file, name});
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start();
        if (!child->waitForStarted(10000))
            return nullptr;
        while (!child->canReadLine())
            if (!child->waitForReadyRead(30000))
                return nullptr;
        if (child->readLine().trimmed() != "autosaved")
            return nullptr;
        return child;
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(RecoveryTest)
#include "test_recovery.moc"
