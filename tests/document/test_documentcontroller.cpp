// The file handling of the designer without any window: what an operator's file actions
// do to the files on disk and to the open design, with test-mode standard paths, settings
// and files in temporary directories.
#include "commands/AddRemoveBlock.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "document/RecoveryStore.h"
#include "io/DesignJson.h"
#include "privacy/ExportGate.h"
#include "support/DesignFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace callstudio;

namespace {

using testfiles::exampleDesign;
using testfiles::fileText;
using testfiles::kExample;
using testfiles::writeExampleConfig;
using testfiles::writeText;

std::string canonical(const DesignDocument &document)
{
    return designToCanonicalText(document.design());
}

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<DesignDocument> m_document;
    std::unique_ptr<DocumentController> m_controller;

    QString copyExample(const QString &name)
    {
        const QString path = m_files->filePath(name);
        QFile::copy(kExample, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // An edit as the operator makes one: a block added through the undo stack.
    void addBlock(BlockKind kind, WidgetState state = WidgetState::Ended)
    {
        const std::string id = m_document->design().freshBlockId();
        m_document->undoStack()->push(
            new AddBlock(m_document.get(), state, 0, makeStarterBlock(kind, id, m_document->design().defaultLocale)));
    }

    // A new session, as after a crash: the old one goes without ending cleanly.
    void restart()
    {
        m_controller.reset();
        m_document = std::make_unique<DesignDocument>();
        m_controller = std::make_unique<DocumentController>(m_document.get());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_documentcontroller"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        QDir(RecoveryStore::defaultDirectory()).removeRecursively();
        m_files = std::make_unique<QTemporaryDir>();
        m_document = std::make_unique<DesignDocument>();
        m_controller = std::make_unique<DocumentController>(m_document.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_document.reset();
    }

    void openingABrokenFileLeavesTheOpenDesign()
    {
        const QString path = copyExample(QStringLiteral("help.design.json"));
        QSignalSpy opened(m_controller.get(), &DocumentController::opened);
        QVERIFY(m_controller->openFile(path));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_document->filePath(), path);
        QCOMPARE(canonical(*m_document), fileText(path));
        QCOMPARE(m_controller->recentFiles().value(0), path);
        addBlock(BlockKind::Paragraph);
        const std::string edited = canonical(*m_document);

        const QString broken = m_files->filePath(QStringLiteral("broken.design.json"));
        writeText(broken, "{\n  \"schemaVersion\": 1,\n  \"appId\": \n}\n");
        std::vector<Problem> reported;
        connect(m_controller.get(), &DocumentController::loadFailed, this,
                [&reported](const QString &, const std::vector<Problem> &problems) { reported = problems; });
        QVERIFY(!m_controller->openFile(broken));
        QVERIFY(!reported.empty());
        QCOMPARE(reported.front().line, 4);
        QVERIFY(!m_controller->openFile(m_files->path())); // a directory
        QVERIFY(!m_controller->openFile(m_files->filePath(QStringLiteral("missing.design.json"))));
        QCOMPARE(canonical(*m_document), edited);
        QCOMPARE(m_document->filePath(), path);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->isModified());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_controller->recentFiles().value(0), path);
    }

    // Temp files that crashed saves left (the name the save gives them, unlocked) are
    // cleared when the file is opened and, for an autosave, when its work is claimed.
    void leftoversOfCrashedSavesAreCleared()
    {
        const QString path = copyExample(QStringLiteral("help.design.json"));
        const QString leftover = m_files->filePath(QStringLiteral(".help.design.json.callstudio-save-AbC123"));
        const QString unrelated = m_files->filePath(QStringLiteral(".other.design.json.callstudio-save-AbC123"));
        writeText(leftover, "{\"half\": ");
        writeText(unrelated, "{}");
        QVERIFY(m_controller->openFile(path));
        QVERIFY(!QFile::exists(leftover));
        QVERIFY(QFile::exists(unrelated));

        // A session killed while autosaving: the session that claims its work clears them.
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->autosaveNow());
        const QFileInfo recovery(m_controller->recoveryFilePath());
        const QString autosaveLeftover =
            recovery.dir().filePath(QLatin1Char('.') + recovery.fileName() + QStringLiteral(".callstudio-save-XyZ789"));
        writeText(autosaveLeftover, "{");
        restart();
        QVERIFY(QFile::exists(autosaveLeftover)); // until a session claims that work
        m_controller->findRecoveries();
        QCOMPARE(m_controller->recoveryOffers().size(), size_t(1));
        QVERIFY(!QFile::exists(autosaveLeftover));
    }

    void saveThenRevert()
    {
        const QString path = copyExample(QStringLiteral("help.design.json"));
        QVERIFY(m_controller->openFile(path));
        addBlock(BlockKind::Spacer);
        QVERIFY(m_document->isModified());
        QSignalSpy saved(m_controller.get(), &DocumentController::saved);
        QVERIFY(m_controller->save());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_document->isModified());
        const std::string onDisk = fileText(path);
        QCOMPARE(onDisk, canonical(*m_document));

        addBlock(BlockKind::Heading);
        QVERIFY(canonical(*m_document) != onDisk);
        QVERIFY(m_controller->revert());
        QCOMPARE(canonical(*m_document), onDisk);
        QVERIFY(!m_document->isModified());
        QCOMPARE(m_document->undoStack()->count(), 0);

        // A new design has no file to save to or revert to: the window asks where.
        m_controller->newDesign();
        addBlock(BlockKind::Spacer);
        QVERIFY(!m_controller->save());
        QVERIFY(!m_controller->revert());
        QVERIFY(m_document->isModified());
        const QString other = m_files->filePath(QStringLiteral("other.design.json"));
        QVERIFY(m_controller->saveAs(other));
        QCOMPARE(m_document->filePath(), other);
        QCOMPARE(fileText(other), canonical(*m_document));
        QCOMPARE(m_controller->recentFiles().mid(0, 2), (QStringList{other, path}));
    }

    void saveToAnUnwritablePathKeepsTheWork()
    {
        const QString path = copyExample(QStringLiteral("help.design.json"));
        QVERIFY(m_controller->openFile(path));
        addBlock(BlockKind::Spacer);
        const std::string edited = canonical(*m_document);
        QSignalSpy failed(m_controller.get(), &DocumentController::saveFailed);
        const QString unwritable = m_files->filePath(QStringLiteral("no/such/dir/help.design.json"));
        QVERIFY(!m_controller->saveAs(unwritable));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(m_document->isModified());
        QCOMPARE(m_document->filePath(), path);
        QCOMPARE(canonical(*m_document), edited);
        QVERIFY(!QFileInfo::exists(unwritable));
        QVERIFY(fileText(path) != edited); // the open file still holds the last save
        QVERIFY(!m_controller->recentFiles().contains(unwritable));
    }

    void importIsOneUndoStep()
    {
        const std::string starter = canonical(*m_document);
        QSignalSpy imported(m_controller.get(), &DocumentController::imported);
        QVERIFY(m_controller->importWidgetConfig(writeExampleConfig(QDir(m_files->path()))));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(m_document->design().appId, std::string("app_acme_order_help"));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->filePath().isEmpty()); // importing opens no file
        m_document->undoStack()->undo();
        QCOMPARE(canonical(*m_document), starter);
        m_document->undoStack()->redo();
        const std::string withoutSamples = designToCanonicalText(withoutDesignOnlyData(exampleDesign()));
        QCOMPARE(canonical(*m_document), withoutSamples);
        QVERIFY(withoutSamples != fileText(kExample)); // the sample values stay behind

        const QString broken = m_files->filePath(QStringLiteral("broken.json"));
        writeText(broken, "not json");
        QVERIFY(!m_controller->importWidgetConfig(broken));
        // A design file is not a widget config either.
        QSignalSpy failed(m_controller.get(), &DocumentController::loadFailed);
        QVERIFY(!m_controller->importWidgetConfig(kExample));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(canonical(*m_document), withoutSamples);
    }

    void exportRefusesADesignWithBlockers()
    {
        QVERIFY(m_controller->openFile(kExample));
        QVERIFY(exportBlockers(m_document->design()).empty());
        const QString out = m_files->filePath(QStringLiteral("widget.json"));
        QVERIFY(m_controller->exportWidgetConfig(out));
        QCOMPARE(fileText(out), widgetConfigText(m_document->design()));

        addBlock(BlockKind::CallButton, WidgetState::Idle); // a second call button is an error
        QVERIFY(!exportBlockers(m_document->design()).empty());
        QSignalSpy refused(m_controller.get(), &DocumentController::exportRefused);
        QSignalSpy exported(m_controller.get(), &DocumentController::exported);
        const QString blocked = m_files->filePath(QStringLiteral("blocked.json"));
        QVERIFY(!m_controller->exportWidgetConfig(blocked));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).value<std::vector<Problem>>() == exportBlockers(m_document->design()));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFileInfo::exists(blocked));
        // Nor does a refused export touch an earlier export of the same widget.
        QVERIFY(!m_controller->exportWidgetConfig(out));
        QVERIFY(fileText(out) != widgetConfigText(m_document->design()));
    }

    void autosaveIsRestoredAfterACrashAndDiscardedBySaving()
    {
        const QString path = copyExample(QStringLiteral("crashy.design.json"));
        QVERIFY(m_controller->openFile(path));
        QVERIFY(!m_controller->autosaveNow()); // nothing unsaved, nothing written
        QVERIFY(!QFileInfo::exists(m_controller->recoveryFilePath()));
        addBlock(BlockKind::Heading, WidgetState::Closed);
        const std::string edited = canonical(*m_document);
        QVERIFY(m_controller->autosaveNow());
        QCOMPARE(fileText(m_controller->recoveryFilePath()), edited);
        const QString crashed = m_controller->recoveryFilePath();

        restart();                                            // the controller goes without endSession(), as in a crash
        QVERIFY(m_controller->recoveryFilePath() != crashed); // each session has its own file
        QSignalSpy offered(m_controller.get(), &DocumentController::recoveriesChanged);
        m_controller->findRecoveries();
        QCOMPARE(offered.count(), 1);
        QCOMPARE(m_controller->recoveryOffers().size(), size_t(1));
        const DocumentController::RecoveryOffer offer = m_controller->recoveryOffers().front();
        QCOMPARE(offer.origin, path);
        // Autosave goes on while the offer waits, in this session's own file.
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->autosaveNow());
        QCOMPARE(fileText(crashed), edited);
        m_document->undoStack()->undo();
        QVERIFY(m_controller->restoreRecovery(offer.id));
        QVERIFY(m_controller->recoveryOffers().empty());
        QVERIFY(!QFileInfo::exists(crashed));
        QCOMPARE(canonical(*m_document), edited);
        QCOMPARE(m_document->filePath(), path);
        QVERIFY(m_document->isModified());
        QCOMPARE(fileText(m_controller->recoveryFilePath()), edited); // safe before the old one went
        m_document->undoStack()->undo();                              // the restore is one step on top of the file
        QCOMPARE(canonical(*m_document), fileText(path));
        m_document->undoStack()->redo();

        QVERIFY(m_controller->save());
        QVERIFY(!QFileInfo::exists(m_controller->recoveryFilePath()));
        QCOMPARE(fileText(path), edited);
        // Nothing unsaved at a clean exit: nothing waits for the next start.
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->autosaveNow());
        m_controller->endSession();
        QVERIFY(!QFileInfo::exists(m_controller->recoveryFilePath()));
        restart();
        m_controller->findRecoveries();
        QVERIFY(m_controller->recoveryOffers().empty());
    }

    void unansweredRecoveryStaysUntilDiscarded()
    {
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->autosaveNow());
        const QString crashed = m_controller->recoveryFilePath();
        restart();
        m_controller->findRecoveries();
        QCOMPARE(m_controller->recoveryOffers().size(), size_t(1));
        QCOMPARE(m_controller->recoveryOffers().front().origin, QString()); // a new design had no file
        // Opening, saving and reverting other files never touch another session's work.
        const QString other = copyExample(QStringLiteral("other.design.json"));
        QVERIFY(m_controller->openFile(other));
        addBlock(BlockKind::Heading);
        QVERIFY(m_controller->save());
        QVERIFY(m_controller->revert());
        m_controller->endSession(); // quitting without an answer keeps it for the next start
        QVERIFY(QFileInfo::exists(crashed));
        restart();
        m_controller->findRecoveries();
        QCOMPARE(m_controller->recoveryOffers().size(), size_t(1));
        m_controller->discardRecovery(m_controller->recoveryOffers().front().id);
        QVERIFY(m_controller->recoveryOffers().empty());
        QVERIFY(!QFileInfo::exists(crashed));
    }

    void aRunningSessionsWorkIsNeverClaimed()
    {
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->autosaveNow());
        // A second instance, while the first still runs, leaves its recovery file alone.
        DesignDocument second;
        DocumentController other(&second);
        other.findRecoveries();
        QVERIFY(other.recoveryOffers().empty());
    }

    void anotherProgramsChangeIsReported()
    {
        const QString path = copyExample(QStringLiteral("shared.design.json"));
        QVERIFY(m_controller->openFile(path));
        QSignalSpy changed(m_controller.get(), &DocumentController::changedOnDisk);
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 0);
        // Our own save is not someone else's change.
        addBlock(BlockKind::Spacer);
        QVERIFY(m_controller->save());
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 0);

        WidgetDesign theirs = m_document->design();
        theirs.name = "Changed elsewhere";
        writeText(path, designToCanonicalText(theirs));
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), path);
        QCOMPARE(changed.at(0).at(1).toBool(), false);
        m_controller->checkFileOnDisk(); // asked once until answered
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_controller->reloadFromDisk());
        QCOMPARE(m_document->design().name, std::string("Changed elsewhere"));
        QVERIFY(!m_document->isModified());

        theirs.name = "Changed again";
        writeText(path, designToCanonicalText(theirs));
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 2);
        m_controller->keepMine();
        QCOMPARE(m_document->design().name, std::string("Changed elsewhere"));
        QVERIFY(m_document->isModified()); // the file no longer holds this design
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 2);

        QVERIFY(QFile::remove(path));
        m_controller->checkFileOnDisk();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(2).at(1).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestDocumentController)
#include "test_documentcontroller.moc"
