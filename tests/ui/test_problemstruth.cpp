// The Problems dock never lies: after any sequence of edits, undos and redos (alone or in a
// quick burst) its rows are exactly the full review of the document's current design, and
// every error that would stop an export is one of its error rows.
#include "checks/ProblemPlace.h"
#include "commands/AddRemoveBlock.h"
#include "commands/AddRemoveLocale.h"
#include "commands/DesignProperties.h"
#include "commands/MoveBlock.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "privacy/DesignReview.h"
#include "privacy/ExportGate.h"
#include "support/DesignFiles.h"
#include "ui/MainWindow.h"
#include "ui/ProblemsDock.h"
#include "ui/StatesDock.h"

#include <QApplication>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace callstudio;

namespace {

// The ids of every block, in state order.
std::vector<QString> blockIds(const WidgetDesign &design)
{
    std::vector<QString> ids;
    for (WidgetState state : kAllStates)
        for (const Block &b : design.state(state).blocks)
            ids.push_back(QString::fromStdString(b.id));
    return ids;
}

// One row of the dock as the operator reads it, with the culprit its tooltip names.
QString rowText(const QTreeWidgetItem *item)
{
    return item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->toolTip(2);
}

} // namespace

class ProblemsTruthTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_problemstruth"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void deletingTheCallButtonShowsTheErrorAndNothingStale()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(testfiles::kExample));
        DesignDocument *doc = window.document();
        QString callButton;
        for (const Block &b : doc->design().state(WidgetState::Idle).blocks)
            if (b.kind == BlockKind::CallButton)
                callButton = QString::fromStdString(b.id);
        window.statesDock()->selectBlock(callButton);
        window.statesDock()->deleteSelected();
        QVERIFY(matchesReview(window));
        QVERIFY(hasRowOf(window, "layout.call-button-count"));
        // The error leads the list and the tab says how many of each there are.
        QCOMPARE(window.problemsDock()->list()->topLevelItem(0)->text(0), QStringLiteral("Error"));
        QVERIFY2(window.problemsDock()->windowTitle().startsWith(QStringLiteral("Problems (1 error")),
                 qPrintable(window.problemsDock()->windowTitle()));
        doc->undoStack()->undo();
        QVERIFY(matchesReview(window));
        QVERIFY(!hasRowOf(window, "layout.call-button-count"));
        doc->undoStack()->redo();
        QVERIFY(matchesReview(window));
        doc->undoStack()->setClean();
    }

    void placesAreInTheOperatorsWords()
    {
        WidgetDesign design = makeStarterDesign();
        auto &idle = design.state(WidgetState::Idle).blocks;
        Block form;
        form.id = "b99";
        form.kind = BlockKind::PreCallForm;
        idle.insert(idle.begin() + 1, form);
        const auto place = [&design](const std::string &pointer, int line = 0) {
            Problem p;
            p.pointer = pointer;
            p.line = line;
            return problemPlace(p, design);
        };
        QCOMPARE(place("/states/idle/blocks/1/form/fields/2/label"),
                 QStringLiteral("Idle › Pre-call form, block 2 › field 3"));
        QCOMPARE(place("/states/idle/blocks/1"), QStringLiteral("Idle › Pre-call form, block 2"));
        QCOMPARE(place("/customCode/bodyEndHtml", 4), QStringLiteral("Body-end HTML, line 4"));
        QCOMPARE(place(std::string("/errorMessages/") + callErrorCodeName(CallErrorCode::MicUnavailable) + "/text/en"),
                 QStringLiteral("Call error messages › No microphone"));
        QCOMPARE(place("/appId"), QStringLiteral("Widget › App ID"));
        QCOMPARE(place("/theme/colors/onPrimary"), QStringLiteral("Theme › On primary"));
        QCOMPARE(place("/theme/fontFamily"), QStringLiteral("Theme"));
        QCOMPARE(place(""), QStringLiteral("Whole design"));
    }

    void emptyReviewSaysSo()
    {
        MainWindow window;
        window.show();
        window.problemsDock()->setChecker([](const WidgetDesign &) { return std::vector<Problem>(); });
        QVERIFY(window.problemsDock()->emptyNote()->isVisible());
        QVERIFY(!window.problemsDock()->emptyNote()->text().isEmpty());
        QCOMPARE(window.problemsDock()->windowTitle(), QStringLiteral("Problems"));
    }

    void threeHundredRandomEditsUndosAndRedos()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(testfiles::kExample));
        DesignDocument *doc = window.document();
        QRandomGenerator random(20261129); // fixed seed: a failure names its step and replays
        for (int step = 0; step < 300; ++step) {
            const QString what = randomEdit(window, random);
            // One edit in three is followed by another while its review runs on the worker:
            // the dock must not show that review, which describes a design now gone.
            if (random.bounded(3) == 0) {
                QCoreApplication::processEvents(); // starts the review of the first edit
                randomEdit(window, random);
            }
            QVERIFY2(matchesReview(window), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(what)));
        }
        doc->undoStack()->setClean();
    }

private:
    // Applies one random edit the way the designer does (a command on the undo stack, or
    // the States dock), or an undo or a redo; returns what it did.
    QString randomEdit(MainWindow &window, QRandomGenerator &random)
    {
        DesignDocument *doc = window.document();
        const std::vector<QString> ids = blockIds(doc->design());
        const QString someBlock = ids.empty() ? QString() : ids[random.bounded(static_cast<int>(ids.size()))];
        const auto someState = [&random] { return kAllStates[random.bounded(int(std::size(kAllStates)))]; };
        switch (random.bounded(9)) {
        case 0:
            window.statesDock()->addBlock(kAllBlockKinds[random.bounded(int(std::size(kAllBlockKinds)))]);
            return QStringLiteral("add a block");
        case 1:
            if (someBlock.isEmpty())
                return QStringLiteral("nothing to delete");
            window.statesDock()->selectBlock(someBlock);
            window.statesDock()->deleteSelected();
            return QStringLiteral("delete ") + someBlock;
        case 2:
            if (someBlock.isEmpty())
                return QStringLiteral("nothing to move");
            doc->undoStack()->push(new MoveBlock(doc, someBlock, someState(), random.bounded(4)));
            return QStringLiteral("move ") + someBlock;
        case 3: {
            const Block *block = doc->block(someBlock);
            if (!block)
                return QStringLiteral("no text to change");
            // Empty texts, hostile texts and ordinary ones: each changes a different check.
            const char *texts[] = {"", "Call us <b>now</b>", "Hello"};
            LocalizedText text = blockText(*block, BlockTextRole::Text);
            text.set(doc->design().defaultLocale, texts[random.bounded(3)]);
            doc->undoStack()->push(new ChangeValue<LocalizedText>(
                doc, property::blockText(someBlock, BlockTextRole::Text), text, UndoName("Change Text")));
            return QStringLiteral("text of ") + someBlock;
        }
        case 4: {
            const char *colours[] = {"#ffffff", "#000000", "not a colour", "#17a2b8"};
            const ThemeColorRole role = kAllThemeColorRoles[random.bounded(int(std::size(kAllThemeColorRoles)))];
            doc->undoStack()->push(new ChangeValue<std::string>(doc, property::themeColor(role),
                                                                colours[random.bounded(4)], UndoName("Change Colour")));
            return QStringLiteral("colour");
        }
        case 5: {
            const char *code[] = {"", "<script>c2c.on('call_strated', () => {});</script>",
                                  "<script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>"};
            doc->undoStack()->push(new ChangeValue<std::string>(doc, property::customCode(CodePart::BodyEnd),
                                                                code[random.bounded(3)], UndoName("Edit Code")));
            return QStringLiteral("custom code");
        }
        case 6:
            if (doc->design().locales.size() > 1) {
                doc->undoStack()->push(new RemoveLocale(doc, doc->design().locales.back()));
                return QStringLiteral("remove a locale");
            }
            doc->undoStack()->push(new AddLocale(doc, "fr"));
            return QStringLiteral("add a locale");
        case 7:
            doc->undoStack()->undo();
            return QStringLiteral("undo");
        default:
            doc->undoStack()->redo();
            return QStringLiteral("redo");
        }
    }

    // Waits for the dock to settle, then compares its rows with the review of the design.
    bool matchesReview(const MainWindow &window)
    {
        const ProblemsDock *dock = window.problemsDock();
        if (!QTest::qWaitFor([dock] { return dock->isCurrent(); }, 10000)) {
            qWarning("the Problems dock never caught up with the design");
            return false;
        }
        std::vector<Problem> review = reviewDesign(window.document()->design());
        sortBySeverity(review); // the dock lists errors first
        if (dock->problems() != review) {
            qWarning("the dock holds %zu problems, the review has %zu", dock->problems().size(), review.size());
            return false;
        }
        if (dock->emptyNote()->isVisibleTo(dock) != review.empty()) {
            qWarning("the empty note does not match the review");
            return false;
        }
        const QTreeWidget *list = dock->list();
        if (list->topLevelItemCount() != static_cast<int>(review.size())) {
            qWarning("%d rows for %zu problems", list->topLevelItemCount(), review.size());
            return false;
        }
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = list->topLevelItem(i);
            const Problem &p = review[static_cast<size_t>(i)];
            if (row->text(1) != QString::fromStdString(p.message)
                || !row->toolTip(2).contains(QString::fromStdString(p.pointer).toHtmlEscaped())) {
                qWarning("row %d reads %s", i, qPrintable(rowText(row)));
                return false;
            }
        }
        // What Export refuses is never hidden: each blocker is an error row.
        for (const Problem &blocker : exportBlockers(window.document()->design()))
            if (std::find(review.begin(), review.end(), blocker) == review.end())
                return false;
        return true;
    }

    bool hasRowOf(const MainWindow &window, const std::string &code)
    {
        const auto &problems = window.problemsDock()->problems();
        return std::any_of(problems.begin(), problems.end(), [&code](const Problem &p) { return p.code == code; });
    }

    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(ProblemsTruthTest)
#include "test_problemstruth.moc"
