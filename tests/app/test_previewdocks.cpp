// The designer and the live preview together, as app/PreviewDocks wires them: the
// preview shows the opened design in the state being edited, follows the selection,
// and takes each edit (and its undo) without reloading.
#include "AuditInDesigner.h"
#include "ConsoleWidget.h"
#include "PreviewDocks.h"
#include "PreviewTestSupport.h"
#include "PreviewWidget.h"
#include "StandalonePreview.h"
#include "TimelineWidget.h"
#include "WidgetAudit.h"
#include "checks/DesignChecks.h"
#include "commands/ChangeValue.h"
#include "commands/DesignProperties.h"
#include "commands/ReplaceDesign.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "privacy/ExportGate.h"
#include "ui/MainWindow.h"
#include "ui/PrivacyDock.h"
#include "ui/ProblemsDock.h"
#include "ui/UiLanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewDocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static int runCallstudio(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CALLSTUDIO_EXECUTABLE), args);
        if (!p.waitForFinished(60000))
            return -1;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static QString widgetHtml(PreviewSession *session, Recorder &rec)
    {
        const int before = int(rec.probes.size());
        session->sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        if (!QTest::qWaitFor([&] { return rec.probes.size() > before; }, 10000))
            return {};
        return rec.probes.last().value(QStringLiteral("html")).toString();
    }

    struct Designer
    {
        MainWindow window;
        std::unique_ptr<PreviewDocks> docks;
        PreviewSession *session = nullptr;
    };

    // The app's start-up order: open the example, then bring in the preview.
    static bool startDesigner(Designer &d)
    {
        if (!d.window.openFile(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json")))
            return false;
        d.docks = std::make_unique<PreviewDocks>(&d.window);
        d.session = d.docks->preview()->session();
        QSignalSpy ready(d.session, &PreviewSession::ready);
        return ready.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void previewDocksJoinTheWindow()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        QCOMPARE(d.window.centralWidget()->findChild<PreviewWidget *>(), d.docks->preview());
        for (const char *name : {"timelineDock", "consoleDock", "callSimulatorDock", "eventInjectorDock"})
            QVERIFY2(d.window.findChild<QDockWidget *>(QLatin1String(name)), name);
    }

    void callSimulatorIsInFrontOnFirstStart()
    {
        QSettings().remove(QStringLiteral("mainWindow/state"));
        Designer d;
        d.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        QVERIFY(startDesigner(d));
        auto *simulator = d.window.findChild<QDockWidget *>(QStringLiteral("callSimulatorDock"));
        auto *history = d.window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
        QVERIFY(simulator && history);
        QVERIFY(d.window.tabifiedDockWidgets(simulator).contains(history));
        // The agent's side is the tab shown under the blocks; History waits behind it.
        const auto currentTabOfHistoryGroup = [&] {
            for (auto *bar : d.window.findChildren<QTabBar *>())
                for (int i = 0; i < bar->count(); ++i)
                    if (bar->tabText(i) == history->windowTitle())
                        return bar->tabText(bar->currentIndex());
            return QString();
        };
        QTRY_COMPARE(currentTabOfHistoryGroup(), simulator->windowTitle());
    }

    void previewDocksFollowALanguageSwitch()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        const auto texts = [&d] {
            QStringList out;
            for (const char *dock : {"callSimulatorDock", "eventInjectorDock", "timelineDock", "consoleDock"})
                for (QWidget *w : d.window.findChild<QDockWidget *>(QLatin1String(dock))->findChildren<QWidget *>()) {
                    if (auto *button = qobject_cast<QAbstractButton *>(w))
                        out << button->text();
                    else if (auto *box = qobject_cast<QGroupBox *>(w))
                        out << box->title();
                    else if (auto *header = qobject_cast<QHeaderView *>(w))
                        out << header->model()->headerData(0, Qt::Horizontal).toString();
                }
            for (QComboBox *box : d.docks->preview()->findChildren<QComboBox *>())
                out << box->currentText();
            for (QAction *action : d.docks->preview()->findChildren<QAction *>())
                out << action->text();
            out.removeAll(QString());
            return out;
        };
        const QStringList english = texts();
        QVERIFY(english.contains(QStringLiteral("Tap call")));
        QVERIFY(english.contains(QStringLiteral("Desktop")));
        QVERIFY(applyUiLanguage(QStringLiteral("fr")));
        QCoreApplication::processEvents();
        const QStringList french = texts();
        applyUiLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        // The agent's buttons, the injector, the logs' headers and the preview's own bar
        // all speak French at once, without reopening anything.
        QVERIFY2(french.contains(QStringLiteral("Appuyer sur Appeler")), qPrintable(french.join(QLatin1String(" | "))));
        QVERIFY2(french.contains(QStringLiteral("Ordinateur")), qPrintable(french.join(QLatin1String(" | "))));
        QCOMPARE(french.size(), english.size());
        for (const QString &text : english)
            if (text != QLatin1String("OK") && text != QLatin1String("Agent") && text != QLatin1String("Console")
                && text != QLatin1String("Time"))
                QVERIFY2(!french.contains(text), qPrintable(text));
        QCOMPARE(texts(), english);
    }

    void previewShowsTheStateBeingEdited()
    {
        // The example keeps Madrid business hours: whatever the time, the designer shows
        // the idle state it has selected, not "closed".
        Designer d;
        QVERIFY(startDesigner(d));
        QCOMPARE(d.window.selectedState(), WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(d.session->widgetState(), QStringLiteral("idle"), 10000);

        Problem inEnded;
        inEnded.pointer = "/states/ended/blocks/1";
        d.window.showProblem(inEnded);
        QCOMPARE(d.window.selectedState(), WidgetState::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(d.session->widgetState(), QStringLiteral("ended"), 10000);
    }

    // What does not fit at 1366 x 768 in one language, listed for the failure message.
    static QStringList crampedAtLaptopSize(Designer &d)
    {
        QStringList cramped;
        const QSize screen(1366, 768);
        const QSize least = d.window.minimumSizeHint();
        if (least.width() > screen.width() || least.height() > screen.height())
            cramped << QStringLiteral("window needs %1 x %2").arg(least.width()).arg(least.height());
        // The preview's bar shows every control: no "»" overflow menu.
        for (QToolButton *more : d.window.findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            if (more->isVisible())
                cramped << QStringLiteral("toolbar overflow in %1 (%2 px for %3 px)")
                               .arg(more->parentWidget()->windowTitle())
                               .arg(more->parentWidget()->sizeHint().width())
                               .arg(more->parentWidget()->width());
        // Dock tabs at their full width, never elided.
        for (QTabBar *bar : d.window.findChildren<QTabBar *>())
            if (bar->isVisible() && bar->sizeHint().width() > bar->width())
                cramped << QStringLiteral("tabs cut: ") + bar->tabText(0) + QStringLiteral("…");
        // No button or label of the docks cut off at the side.
        for (QDockWidget *dock : d.window.findChildren<QDockWidget *>()) {
            if (!dock->isVisible())
                continue;
            for (QWidget *w : dock->findChildren<QWidget *>()) {
                if (!w->isVisible() || (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLabel *>(w)))
                    continue;
                const QRect seen = w->visibleRegion().boundingRect();
                if (!seen.isEmpty() && seen.width() < w->width())
                    cramped << QStringLiteral("cut: ")
                                   + (qobject_cast<QAbstractButton *>(w) ? qobject_cast<QAbstractButton *>(w)->text()
                                                                         : qobject_cast<QLabel *>(w)->text().left(40));
            }
        }
        // The logs' columns fit their width: a message is read without scrolling sideways.
        for (const char *name : {"timelineDock", "consoleDock"}) {
            auto *dock = d.window.findChild<QDockWidget *>(QLatin1String(name));
            dock->raise();
            QCoreApplication::processEvents();
            auto *tree = dock->findChild<QTreeWidget *>();
            if (tree->header()->length() > tree->viewport()->width())
                cramped << QStringLiteral("%1 columns %2 px in %3 px")
                               .arg(QLatin1String(name))
                               .arg(tree->header()->length())
                               .arg(tree->viewport()->width());
        }
        return cramped;
    }

    void fitsALaptopScreenInEveryLanguage()
    {
        QSettings().remove(QStringLiteral("mainWindow/state"));
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")}) {
            QVERIFY(applyUiLanguage(language));
            Designer d;
            d.window.resize(1366, 768);
            d.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d.window));
            QVERIFY(startDesigner(d));
            QTest::qWait(200);
            QCOMPARE(d.window.size(), QSize(1366, 768));
            const QStringList cramped = crampedAtLaptopSize(d);
            QVERIFY2(cramped.isEmpty(), qPrintable(language + QLatin1String(": ") + cramped.join(QLatin1String("; "))));
        }
        applyUiLanguage(QStringLiteral("en"));
    }

    void consoleLevelsSpeakTheUiLanguage()
    {
        ConsoleMessage warning;
        warning.level = QStringLiteral("warn");
        QCOMPARE(ConsoleWidget::levelTitle(warning), QStringLiteral("warning"));
        QVERIFY(applyUiLanguage(QStringLiteral("fr")));
        const QString french = ConsoleWidget::levelTitle(warning);
        warning.level = QStringLiteral("error");
        const QString frenchError = ConsoleWidget::levelTitle(warning);
        applyUiLanguage(QStringLiteral("en"));
        QVERIFY2(french != QLatin1String("warn") && french != QLatin1String("warning"), qPrintable(french));
        QVERIFY2(frenchError != QLatin1String("error"), qPrintable(frenchError));
    }

    void aNewDesignStartsWithAnEmptyTimelineAndConsole()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        auto *timeline = d.window.findChild<TimelineWidget *>();
        auto *console = d.window.findChild<ConsoleWidget *>();
        QVERIFY(timeline && console);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() > 0, 10000); // the example's visit so far
        console->addNotice(QStringLiteral("a line of the old design"));
        const int consoleRows = console->rowCount();
        QVERIFY(consoleRows > 0);
        QSignalSpy ready(d.session, &PreviewSession::ready);
        d.window.documentController()->newDesign();
        QCOMPARE(console->rowCount(), 0);
        QCOMPARE(timeline->rowCount(), 0);
        QVERIFY(ready.wait(20000)); // then the new design's own visit fills them again
        // An undoable replacement (import) is the same visit: nothing is cleared.
        QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() > 0, 10000);
        const int rows = timeline->rowCount();
        d.window.document()->undoStack()->push(new ReplaceDesign(d.window.document(), makeStarterDesign()));
        QVERIFY(timeline->rowCount() >= rows);
    }

    void editsAndUndoPatchThePreviewWithoutReload()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        Recorder rec(*d.session);
        const int loads = d.session->loadCount();
        DesignDocument *document = d.window.document();
        const QString heading = QString::fromStdString(document->design().state(WidgetState::Idle).blocks[0].id);

        LocalizedText text = document->design().state(WidgetState::Idle).blocks[0].text;
        text.set("en", "Where is my order?");
        document->undoStack()->push(new ChangeValue<LocalizedText>(
            document, property::blockText(heading, BlockTextRole::Text), text, UndoName("Change heading")));
        QTRY_VERIFY_WITH_TIMEOUT(widgetHtml(d.session, rec).contains(QLatin1String("Where is my order?")), 10000);

        document->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(widgetHtml(d.session, rec).contains(QLatin1String("Questions about your order?")),
                                 10000);
        QCOMPARE(d.session->loadCount(), loads);
        QCOMPARE(d.session->widgetState(), QStringLiteral("idle"));
    }

    void privacyDockShowsWhatTheCustomCodeContacted()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        DesignDocument *document = d.window.document();
        const std::string code = document->design().customCode.bodyEndHtml
                                 + "<script>fetch('https://collect.example.org/hit').catch(function () {});</script>\n";
        document->undoStack()->push(new ChangeValue<std::string>(document, property::customCode(CodePart::BodyEnd),
                                                                 code, UndoName("Edit Body-end HTML")));
        auto collectRow = [&d] {
            // Asked anew each time: a hidden dock brings itself up to date when asked.
            QTreeWidget *tree = d.window.privacyDock()->inventoryTree();
            const auto rows = tree->findItems(QStringLiteral("collect.example.org"), Qt::MatchExactly, 0);
            return rows.isEmpty() ? nullptr : rows.first();
        };
        QTRY_VERIFY_WITH_TIMEOUT(collectRow() && collectRow()->text(2) == QLatin1String("1 request(s)"), 15000);
        // Named in the code and contacted: one row with both sides.
        QCOMPARE(collectRow()->text(1), QStringLiteral("1 place(s)"));
    }

    void exportsTheShareablePreviewFromTheFileMenu()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        QAction *share = nullptr;
        for (QAction *a : d.window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Export &Shareable Preview…"))
                share = a;
        QVERIFY(share);
        QVERIFY(share->associatedObjects().size() > 0); // it is in the File menu

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.html"));
        QVERIFY(d.docks->exportShareablePreview(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray::fromStdString(standalonePreviewHtml(d.window.document()->design())));

        // A design with errors is not shared, as it is not exported.
        WidgetDesign broken = d.window.document()->design();
        auto &idle = broken.state(WidgetState::Idle).blocks;
        idle.erase(
            std::remove_if(idle.begin(), idle.end(), [](const Block &b) { return b.kind == BlockKind::CallButton; }),
            idle.end());
        d.window.document()->reset(broken, QString());
        const QString refused = dir.filePath(QStringLiteral("refused.html"));
        QVERIFY(!d.docks->exportShareablePreview(refused));
        QVERIFY(!QFile::exists(refused));
    }

    void textLocaleSwitchReachesThePreview()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        Recorder rec(*d.session);
        d.window.setEditingLocale(QStringLiteral("es"));
        QTRY_VERIFY_WITH_TIMEOUT(widgetHtml(d.session, rec).contains(QLatin1String("Dudas sobre tu pedido")), 10000);
    }

    // One export gate: the designer's Export Widget Config and Export Shareable Preview and
    // the command line's export and share refuse the same design, and all four write when
    // the one culprit (an error of the custom-code lint, not of the design checks) is gone.
    void everyExportPathRefusesTheSameDesign()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto loaded = loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
        QVERIFY(loaded.ok());
        WidgetDesign blocked = *loaded.design;
        blocked.customCode.bodyEndHtml += "\n<script>document.cookie = 'visit=1';</script>\n";
        QVERIFY(!hasErrors(checkDesign(blocked))); // the design checks alone would let it out
        QCOMPARE(exportBlockers(blocked).size(), size_t(1));
        QCOMPARE(exportBlockers(blocked).front().code, std::string("code.cookie"));

        for (const bool withCulprit : {true, false}) {
            const WidgetDesign &design = withCulprit ? blocked : *loaded.design;
            const QString tag = withCulprit ? QStringLiteral("blocked") : QStringLiteral("clean");
            const QString designPath = dir.filePath(tag + QStringLiteral(".design.json"));
            QVERIFY(writeFileAtomically(designPath.toStdString(), designToCanonicalText(design)).ok);

            Designer d;
            QVERIFY(startDesigner(d));
            QVERIFY(d.window.openFile(designPath));
            const QString config = dir.filePath(tag + QStringLiteral("-designer.json"));
            const QString page = dir.filePath(tag + QStringLiteral("-designer.html"));
            const QString cliConfig = dir.filePath(tag + QStringLiteral("-cli.json"));
            const QString cliPage = dir.filePath(tag + QStringLiteral("-cli.html"));
            const bool designerExported = d.window.documentController()->exportWidgetConfig(config);
            const bool designerShared = d.docks->exportShareablePreview(page);
            const int cliExport =
                runCallstudio({QStringLiteral("export"), designPath, QStringLiteral("-o"), cliConfig});
            const int cliShare = runCallstudio({QStringLiteral("share"), designPath, QStringLiteral("-o"), cliPage});

            QCOMPARE(designerExported, !withCulprit);
            QCOMPARE(designerShared, !withCulprit);
            QCOMPARE(cliExport, withCulprit ? 1 : 0);
            QCOMPARE(cliShare, withCulprit ? 1 : 0);
            for (const QString &out : {config, page, cliConfig, cliPage})
                QCOMPARE(QFile::exists(out), !withCulprit);
        }
    }

    // File ▸ Check Accessibility: what axe finds is in Problems on its block, with axe's
    // help as the hint, until the next edit; the check never reloads the operator's preview.
    void accessibilityCheckListsViolationsInProblemsUntilTheNextEdit()
    {
        Designer d;
        QVERIFY(startDesigner(d));
        QVERIFY(d.window.openFile(QStringLiteral(CALLSTUDIO_FIXTURES_DIR "/a11y/poor-contrast.design.json")));
        QSignalSpy ready(d.session, &PreviewSession::ready);
        QVERIFY(ready.wait(20000));
        const int loads = d.session->loadCount();
        QSignalSpy done(d.docks->audit(), &AuditInDesigner::done);
        d.docks->audit()->action()->trigger();
        QVERIFY(done.wait(60000));
        ProblemsDock *problems = d.window.problemsDock();
        const Block button = d.window.document()->design().state(WidgetState::Idle).blocks.front();
        const QString buttonId = QString::fromStdString(button.id);
        const auto row = std::find_if(problems->problems().begin(), problems->problems().end(),
                                      [](const Problem &p) { return p.code == "accessibility.color-contrast"; });
        QVERIFY(row != problems->problems().end());
        QCOMPARE(row->pointer, blockPointer(d.window.document()->design(), buttonId));
        QVERIFY(QString::fromStdString(row->message).contains(QLatin1String("contrast")));
        QCOMPARE(d.session->loadCount(), loads);

        DesignDocument *document = d.window.document();
        LocalizedText text = button.text;
        text.set("en", "Call now");
        document->undoStack()->push(new ChangeValue<LocalizedText>(
            document, property::blockText(buttonId, BlockTextRole::Text), text, UndoName("Change label")));
        QTRY_VERIFY_WITH_TIMEOUT(problems->isCurrent(), 5000);
        QVERIFY(problems->auditProblems().empty());
        for (const Problem &p : problems->problems())
            QVERIFY(p.code.rfind("accessibility.", 0) != 0);
    }
};

PREVIEW_TEST_MAIN(TestPreviewDocks, false)
#include "test_previewdocks.moc"
