// The designer window with its real document, docks and files, offscreen, with test-mode
// standard paths and settings in a temporary directory.
#include "checks/DesignChecks.h"
#include "checks/OperatorNames.h"
#include "commands/ReplaceDesign.h"
#include "contract/DesignFields.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "document/RecentFiles.h"
#include "document/RecoveryStore.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "privacy/ExportGate.h"
#include "support/DesignFiles.h"
#include "ui/BlockTreeModel.h"
#include "ui/BusinessHoursDock.h"
#include "ui/CustomCodeDock.h"
#include "ui/ExportDialogs.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/ProblemsDock.h"
#include "ui/PropertiesDock.h"
#include "ui/StatesDock.h"
#include "ui/ThemeDock.h"
#include "ui/UiLanguage.h"
#include "ui/UrlContextDock.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <utility>

#include <memory>
#include <set>

using namespace callstudio;

namespace {

using testfiles::exampleDesign;
using testfiles::fileText;
using testfiles::kExample;
using testfiles::writeExampleConfig;
using testfiles::writeText;

// What went wrong inside a timer callback, for cleanup() to fail the test with: a
// QVERIFY there would only leave the callback, and the dialog it meant to close would
// then wait forever.
QString g_callbackFailure;

// Clicks `button` of the next modal message box as soon as it shows. Any other modal
// dialog is closed and recorded as a failure, so that the test fails instead of hanging.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && box->button(button)) {
            box->button(button)->click();
            return;
        }
        g_callbackFailure = modal ? QStringLiteral("expected a message box with the button, found %1")
                                        .arg(QString::fromLatin1(modal->metaObject()->className()))
                                  : QStringLiteral("no message box showed");
        if (modal)
            modal->close();
    });
}

// Waits until the Problems dock shows the review of the current design.
bool waitForProblems(const MainWindow &w)
{
    return QTest::qWaitFor([&w] { return w.problemsDock()->isCurrent(); }, 10000);
}

bool problemsHaveCode(const MainWindow &w, const std::string &code)
{
    if (!waitForProblems(w))
        return false;
    for (const auto &p : w.problemsDock()->problems())
        if (p.code == code)
            return true;
    return false;
}

// The example design with one block of every kind added to the idle state, broken on
// purpose: every idle text lacks the default locale, the link's address is a script,
// the second form reuses the first one's key, Monday's first window opens at 25:00 and
// the first call error's message lacks the default locale. Returns the pointers that
// must lead to an editor registered for exactly that pointer.
std::vector<std::string> breakDesign(WidgetDesign &d)
{
    auto &idle = d.state(WidgetState::Idle).blocks;
    for (auto kind : kAllBlockKinds)
        idle.push_back(makeStarterBlock(kind, d.freshBlockId(), d.defaultLocale));
    const std::string other = d.locales.front() == d.defaultLocale ? d.locales.back() : d.locales.front();
    forEachText(d, [&](LocalizedText &t, const JsonPointer &p) {
        if (placeOf(p.to_string()).state == WidgetState::Idle)
            t = {{other, "only translated"}};
    });
    std::vector<std::string> exact;
    std::string firstKey;
    for (size_t i = 0; i < idle.size(); ++i) {
        Block &b = idle[i];
        const auto uses = blockKindUses(b.kind);
        const std::string at = blockJsonPointer(WidgetState::Idle, i).to_string();
        if (uses.text)
            exact.push_back(at + blockMemberPointer(BlockMember::Text).to_string());
        if (uses.altText)
            exact.push_back(at + blockMemberPointer(BlockMember::AltText).to_string());
        if (uses.survey)
            exact.push_back(at + surveyMemberPointer(SurveyMember::Question).to_string());
        if (b.kind == BlockKind::Link) {
            b.url = "javascript:alert(1)";
            exact.push_back(at + blockMemberPointer(BlockMember::Url).to_string());
        }
        if (uses.form && !b.form.fields.empty()) {
            exact.push_back(at + formFieldPointer(0, FormFieldMember::Label).to_string());
            if (firstKey.empty()) {
                firstKey = b.form.fields[0].key;
            } else { // keys name the values sent with the call: a second form reusing one is wrong
                b.form.fields[0].key = firstKey;
                exact.push_back(at + formFieldPointer(0, FormFieldMember::Key).to_string());
            }
        }
    }
    auto &monday = d.businessHours.weekly[0];
    if (monday.empty())
        monday.push_back({"09:00", "17:00"});
    monday[0].open = "25:00";
    exact.push_back(hoursWindowPointer(weekdayWindowsPointer(0), 0, WindowEnd::Open).to_string());
    const CallErrorCode code = kAllCallErrorCodes.front();
    d.errorMessages[code] = {{other, "only translated"}};
    exact.push_back(errorMessagePointer(code).to_string());
    return exact;
}

// Whether `pointer` is `ancestor` or lies below it.
bool isAtOrBelow(const std::string &pointer, const std::string &ancestor)
{
    return pointer == ancestor || pointer.rfind(ancestor + "/", 0) == 0;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<MainWindow> m_window;

    QString copyExample(const QString &name)
    {
        const QString path = m_files->filePath(name);
        QFile::copy(kExample, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    DesignDocument *doc() const { return m_window->document(); }

    // The example open, its Idle heading selected: the heading's id and its text field.
    std::pair<QString, QLineEdit *> exampleHeadingField() const
    {
        if (!m_window->openFile(kExample))
            return {};
        const QString heading = QString::fromStdString(doc()->design().state(WidgetState::Idle).blocks[0].id);
        m_window->statesDock()->selectBlock(heading);
        return {heading, qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/text"))};
    }
    DocumentController *files() const { return m_window->documentController(); }
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    // Every word the window shows: labels, buttons, group and tab titles, list entries,
    // placeholders, column headers, menu entries and tool tips.
    static QStringList visibleWords(QWidget *window)
    {
        QStringList out;
        const auto add = [&out](const QString &text) {
            if (!text.isEmpty())
                out << text;
        };
        // Widgets waiting for deletion are not shown; only what the operator can see counts,
        // and Qt's own dock and tab-bar buttons (they keep Qt's words) are left out.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QTabBar *>(w->parentWidget()))
                continue;
            add(w->toolTip());
            add(w->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(w))
                add(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(box->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(edit->placeholderText());
            else if (auto *dock = qobject_cast<QDockWidget *>(w))
                add(dock->windowTitle());
            if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->tabText(i));
            if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i));
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
                for (int i = 0; i < header->model()->columnCount(); ++i)
                    add(header->model()->headerData(i, Qt::Horizontal).toString());
        }
        for (QAction *action : window->findChildren<QAction *>()) {
            if (!action->isVisible() || action->associatedObjects().isEmpty())
                continue;
            add(action->text());
            add(action->toolTip());
        }
        out.sort();
        return out;
    }

    int idleCount() const { return static_cast<int>(doc()->design().state(WidgetState::Idle).blocks.size()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CallStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        QDir(RecoveryStore::defaultDirectory()).removeRecursively();
        m_files = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup()
    {
        doc()->undoStack()->setClean();
        m_window.reset();
        applyUiLanguage(QStringLiteral("en"));
        const QString failure = std::exchange(g_callbackFailure, QString());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void buildsEveryDock()
    {
        for (const char *name : {"statesDock", "propertiesDock", "themeDock", "businessHoursDock", "urlContextDock",
                                 "customCodeDock", "problemsDock", "historyDock"}) {
            auto *dock = m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY2(dock, name);
            QVERIFY(dock->features() & QDockWidget::DockWidgetMovable);
            QVERIFY(!dock->windowTitle().isEmpty());
            // The View menu shows the title as written: no "&" turned into a mnemonic.
            QString entry = dock->toggleViewAction()->text();
            QVERIFY2(!entry.replace(QLatin1String("&&"), QString()).contains(QLatin1Char('&')), name);
        }
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("previewPlaceholder")));
        auto *preview = new QWidget;
        m_window->setPreviewWidget(preview);
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("previewPlaceholder")));
        QCOMPARE(preview->parentWidget(), m_window->centralWidget());
        auto *extra = new QDockWidget(QStringLiteral("Extra"));
        extra->setObjectName(QStringLiteral("extraDock"));
        m_window->addToolDock(extra, Qt::BottomDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(extra), Qt::BottomDockWidgetArea);
        auto *tool = new QDockWidget(QStringLiteral("Tool"));
        tool->setObjectName(QStringLiteral("toolDock"));
        m_window->addToolDock(tool, Qt::RightDockWidgetArea);
        QCOMPARE(m_window->dockWidgetArea(tool), Qt::RightDockWidgetArea);
        QVERIFY(m_window->tabifiedDockWidgets(m_window->propertiesDock()).contains(tool));
    }

    void addBlockFromEditMenu()
    {
        m_window->statesDock()->selectState(WidgetState::Idle);
        const int before = idleCount();
        QSignalSpy selected(m_window.get(), &MainWindow::selectedBlockChanged);
        QAction *linkAction = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->menu())
                    for (QAction *kind : a->menu()->actions())
                        if (kind->data().toInt() == static_cast<int>(BlockKind::Link)
                            && a->menu()->title().contains(QStringLiteral("Block")))
                            linkAction = kind;
        QVERIFY(linkAction);
        linkAction->trigger();
        QCOMPARE(idleCount(), before + 1);
        const Block &added = doc()->design().state(WidgetState::Idle).blocks.back();
        QCOMPARE(added.kind, BlockKind::Link);
        QCOMPARE(m_window->selectedBlockId(), QString::fromStdString(added.id));
        QVERIFY(selected.count() >= 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Add Block"));
        doc()->undoStack()->undo();
        QCOMPARE(idleCount(), before);
    }

    void duplicateDeleteAndReorderBlocks()
    {
        QVERIFY(m_window->openFile(kExample));
        const std::string start = designToCanonicalText(doc()->design());
        const QString first = QString::fromStdString(doc()->design().state(WidgetState::Idle).blocks[0].id);
        m_window->statesDock()->selectBlock(first);
        m_window->statesDock()->duplicateSelected();
        QCOMPARE(doc()->design().state(WidgetState::Idle).blocks[1].kind,
                 doc()->design().state(WidgetState::Idle).blocks[0].kind);
        m_window->statesDock()->deleteSelected();
        m_window->statesDock()->selectBlock(first);
        m_window->statesDock()->moveSelected(+1);
        QCOMPARE(doc()->design().state(WidgetState::Idle).blocks[1].id, first.toStdString());
        QCOMPARE(m_window->selectedBlockId(), first);
        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(designToCanonicalText(doc()->design()), start);
    }

    void dragBlockToAnotherState()
    {
        QVERIFY(m_window->openFile(kExample));
        BlockTreeModel *model = m_window->statesDock()->model();
        const QString id = QString::fromStdString(doc()->design().state(WidgetState::Idle).blocks[1].id);
        std::unique_ptr<QMimeData> data(model->mimeData({model->blockIndex(id)}));
        QVERIFY(data);
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, model->stateIndex(WidgetState::Closed));
        WidgetState state;
        int index;
        QVERIFY(doc()->findBlock(id, &state, &index));
        QCOMPARE(state, WidgetState::Closed);
        QCOMPARE(index, 0);
        QCOMPARE(model->rowCount(model->stateIndex(WidgetState::Closed)), 4);
        // Dropping below itself in the same state counts rows before the block leaves.
        std::unique_ptr<QMimeData> again(model->mimeData({model->blockIndex(id)}));
        model->dropMimeData(again.get(), Qt::MoveAction, 2, 0, model->stateIndex(WidgetState::Closed));
        QVERIFY(doc()->findBlock(id, &state, &index));
        QCOMPARE(index, 1);
        QCOMPARE(doc()->undoStack()->count(), 2);
    }

    void problemsReactAndLeadToTheCulprit()
    {
        QVERIFY(m_window->openFile(kExample));
        QVERIFY(!problemsHaveCode(*m_window, "layout.call-button-count"));
        const auto &idle = doc()->design().state(WidgetState::Idle).blocks;
        QString callButton;
        for (const auto &b : idle)
            if (b.kind == BlockKind::CallButton)
                callButton = QString::fromStdString(b.id);
        m_window->statesDock()->selectBlock(callButton);
        m_window->statesDock()->deleteSelected();
        QCoreApplication::processEvents();
        QVERIFY(problemsHaveCode(*m_window, "layout.call-button-count"));
        QVERIFY(m_window->problemsDock()->list()->topLevelItemCount() > 0);
        doc()->undoStack()->undo();
        QCoreApplication::processEvents();
        QVERIFY(!problemsHaveCode(*m_window, "layout.call-button-count"));

        // A field problem selects the form block and focuses the field's editor.
        const QString formId = QString::fromStdString(idle[2].id);
        Problem p;
        p.pointer = blockPointer(WidgetState::Idle, 2) + "/form/fields/1/label";
        // Focus moves only inside the active window: make it active, as the operator's is.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showProblem(p);
        QCOMPARE(m_window->selectedBlockId(), formId);
        QWidget *editor = m_window->propertiesDock()->editorFor("/form/fields/1/label");
        QVERIFY(editor);
        QVERIFY(editor->hasFocus() || QApplication::focusWidget() == editor
                || editor->isAncestorOf(QApplication::focusWidget()));

        Problem code;
        code.pointer = "/customCode/bodyEndHtml";
        code.line = 5;
        m_window->showProblem(code);
        int line, index;
        m_window->customCodeDock()->editor(true)->getCursorPosition(&line, &index);
        QCOMPARE(line, 4);
    }

    void everyProblemFocusesTheEditorOfItsPointer()
    {
        QVERIFY(m_window->openFile(kExample));
        WidgetDesign broken = doc()->design();
        const std::vector<std::string> exact = breakDesign(broken);
        doc()->reset(broken, doc()->filePath());
        QCoreApplication::processEvents();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(waitForProblems(*m_window));
        std::set<std::string> reached;
        const std::vector<Problem> problems = m_window->problemsDock()->problems();
        for (const Problem &problem : problems) {
            const DesignPlace place = placeOf(problem.pointer);
            const bool inHours = place.section == "businessHours";
            if (place.section == "theme" || place.section == "customCode" || place.section == "urlContext"
                || (place.state && place.inBlock.empty()))
                continue; // other docks, or a whole block (the states tree)
            m_window->showProblem(problem);
            QCoreApplication::processEvents();
            const std::string relative = place.state ? place.inBlock.to_string() : problem.pointer;
            QWidget *dock = inHours ? static_cast<QWidget *>(m_window->businessHoursDock())
                                    : static_cast<QWidget *>(m_window->propertiesDock());
            QWidget *editor = inHours ? m_window->businessHoursDock()->editorFor(relative)
                                      : m_window->propertiesDock()->editorFor(relative);
            if (!editor)
                continue; // nothing edits it; the test below makes sure the broken fields have one
            const QString where = QString::fromStdString(problem.pointer);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && dock->isAncestorOf(focus), qPrintable(where));
            QVERIFY2(focus == editor || editor->isAncestorOf(focus), qPrintable(where));
            const std::string focused = inHours ? m_window->businessHoursDock()->focusedPointer()
                                                : m_window->propertiesDock()->focusedPointer();
            QVERIFY2(!focused.empty() && isAtOrBelow(relative, focused), qPrintable(where + " ≠ " + focused.c_str()));
            if (focused == relative)
                reached.insert(problem.pointer);
        }
        for (const std::string &p : exact)
            QVERIFY2(reached.count(p), ("no editor of its own: " + p).c_str());
        QVERIFY(exact.size() > 12);
    }

    void customCodeLintLeadsToTheLine()
    {
        QVERIFY(m_window->openFile(kExample));
        QsciScintilla *editor = m_window->customCodeDock()->editor(true);
        editor->setText(QStringLiteral("<script>\n  window.c2c.on('call_strated', () => {});\n</script>\n"));
        QVERIFY(waitForProblems(*m_window));
        QTreeWidget *list = m_window->problemsDock()->list();
        QTreeWidgetItem *lint = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1).contains(QStringLiteral("call_strated")))
                lint = list->topLevelItem(i);
        QVERIFY(lint);
        QCOMPARE(lint->text(2), QStringLiteral("Body-end HTML, line 2"));
        editor->setCursorPosition(0, 0);
        emit list->itemActivated(lint, 0);
        int line, index;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 1);
    }

    void problemsComeFromTheChosenChecker()
    {
        QVERIFY(m_window->openFile(kExample));
        m_window->problemsDock()->setChecker([](const WidgetDesign &design) {
            std::vector<Problem> problems = checkDesign(design);
            Problem lint;
            lint.severity = Severity::Error;
            lint.code = "code.test";
            lint.message = "a lint error <img src='file:///etc/passwd'>";
            lint.pointer = "/customCode/bodyEndHtml";
            lint.line = 3;
            problems.push_back(lint);
            return problems;
        });
        QVERIFY(problemsHaveCode(*m_window, "code.test"));
        QTreeWidgetItem *item =
            m_window->problemsDock()->list()->topLevelItem(m_window->problemsDock()->list()->topLevelItemCount() - 1);
        // Its message quotes hostile text: the tooltip shows it as text, never as markup.
        QTextDocument tip;
        tip.setHtml(item->toolTip(1));
        QCOMPARE(tip.toPlainText(), QStringLiteral("a lint error <img src='file:///etc/passwd'>"));
        QVERIFY(!item->toolTip(1).contains(QLatin1String("<img")));
        emit m_window->problemsDock()->list()->itemActivated(item, 0);
        int line, index;
        m_window->customCodeDock()->editor(true)->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        // The dock shows the chosen checker's list; exports ask the one export gate instead.
        QVERIFY(exportBlockers(doc()->design()).empty());
        QVERIFY(files()->exportWidgetConfig(m_files->filePath(QStringLiteral("out.json"))));
    }

    void typingInPropertiesIsOneUndoStep()
    {
        const auto [heading, edit] = exampleHeadingField();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Need help?"));
        QCOMPARE(doc()->block(heading)->text.byLocale.at("en"), std::string("Need help?"));
        QCOMPARE(doc()->undoStack()->count(), 1);
        QVERIFY(m_window->isWindowModified());

        // The Spanish text is edited after switching the text locale; English stays.
        QSignalSpy localeSpy(m_window.get(), &MainWindow::editingLocaleChanged);
        m_window->setEditingLocale(QStringLiteral("es"));
        QCOMPARE(localeSpy.count(), 1);
        const QModelIndex headingRow = m_window->statesDock()->model()->blockIndex(heading);
        QCOMPARE(headingRow.siblingAtColumn(1).data().toString(), QStringLiteral("¿Dudas sobre tu pedido?"));
        auto *esEdit = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/text"));
        QCOMPARE(esEdit->text(), QStringLiteral("¿Dudas sobre tu pedido?"));
        esEdit->selectAll();
        QTest::keyClicks(esEdit, QStringLiteral("¿Ayuda?"));
        QCOMPARE(doc()->block(heading)->text.byLocale.at("es"), std::string("¿Ayuda?"));
        QCOMPARE(doc()->block(heading)->text.byLocale.at("en"), std::string("Need help?"));
    }

    void typingUpdatesOneTreeRowAndKeepsTheEditor()
    {
        const auto [heading, edit] = exampleHeadingField();
        QVERIFY(edit);
        BlockTreeModel *model = m_window->statesDock()->model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsChanged(model, &QAbstractItemModel::dataChanged);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Hi"));
        // The heading's row shows the new text without the tree being rebuilt: the
        // selection stays, and the field being typed in is the same widget.
        QCOMPARE(resets.count(), 0);
        QVERIFY(!rowsChanged.isEmpty());
        const QModelIndex row = model->blockIndex(heading);
        QCOMPARE(rowsChanged.last().at(0).toModelIndex(), row.siblingAtColumn(1));
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("Hi"));
        QCOMPARE(m_window->selectedBlockId(), heading);
        QCOMPARE(m_window->propertiesDock()->editorFor("/text"), edit);
        // Undo is a text change too: the row shows the old text again, still no reset.
        doc()->undoStack()->undo();
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("Questions about your order?"));
        QCOMPARE(resets.count(), 0);
    }

    void invalidInputIsKeptWhereTyped()
    {
        QVERIFY(m_window->openFile(kExample));
        const QString image = QString::fromStdString(doc()->design().state(WidgetState::Closed).blocks[0].id);
        const QString heading = QString::fromStdString(doc()->design().state(WidgetState::Idle).blocks[0].id);
        m_window->statesDock()->selectBlock(image);
        auto *url = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/url"));
        QVERIFY(url);
        url->selectAll();
        const QString typed = QStringLiteral("http://insecure.example/logo.png");
        QTest::keyClicks(url, typed);
        // An address is kept as typed, marked in its field, and Problems says what is wrong.
        QCOMPARE(QString::fromStdString(doc()->block(image)->url), typed);
        auto *message = url->parentWidget()->findChild<QLabel *>(QStringLiteral("inlineError"));
        QVERIFY(message && !message->isHidden());
        QVERIFY(waitForProblems(*m_window));
        bool explained = false;
        for (const auto &p : m_window->problemsDock()->problems())
            explained = explained
                        || (p.severity == Severity::Error && p.message.find(typed.toStdString()) != std::string::npos);
        QVERIFY(explained);
        // Elsewhere and back: still there, still marked.
        m_window->statesDock()->selectBlock(heading);
        m_window->statesDock()->selectBlock(image);
        url = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/url"));
        QCOMPARE(url->text(), typed);
        QVERIFY(!url->parentWidget()->findChild<QLabel *>(QStringLiteral("inlineError"))->isHidden());

        // An app id the file format cannot hold stays in its field as a draft, across
        // selections, until fixed or reverted with Esc.
        m_window->statesDock()->selectState(WidgetState::Idle);
        auto *appId = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/appId"));
        QVERIFY(appId);
        const std::string storedId = doc()->design().appId;
        appId->selectAll();
        QTest::keyClicks(appId, QStringLiteral("!bad id"));
        QCOMPARE(doc()->design().appId, storedId);
        m_window->statesDock()->selectBlock(heading);
        m_window->statesDock()->selectState(WidgetState::Idle);
        appId = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/appId"));
        QCOMPARE(appId->text(), QStringLiteral("!bad id"));
        QVERIFY(!appId->parentWidget()->findChild<QLabel *>(QStringLiteral("inlineError"))->isHidden());
        // Problems lists it, placed at the field, until it goes.
        const auto unapplied = [this] {
            std::vector<Problem> found;
            for (const auto &p : m_window->problemsDock()->problems())
                if (p.code == "input.not-applied")
                    found.push_back(p);
            return found;
        };
        QVERIFY(waitForProblems(*m_window));
        QCOMPARE(unapplied().size(), size_t(1));
        QCOMPARE(unapplied()[0].pointer, std::string("/appId"));
        QCOMPARE(unapplied()[0].severity, Severity::Error);
        QVERIFY2(unapplied()[0].message.find("!bad id") != std::string::npos, unapplied()[0].message.c_str());
        appId->setFocus();
        QTest::keyClick(appId, Qt::Key_Escape);
        QCOMPARE(appId->text(), QString::fromStdString(storedId));
        QVERIFY(appId->parentWidget()->findChild<QLabel *>(QStringLiteral("inlineError"))->isHidden());
        QVERIFY(unapplied().empty());

        QTableWidget *table = m_window->urlContextDock()->table();
        QTableWidgetItem *key = table->item(0, 0);
        const auto context = doc()->design().urlContext;
        key->setText(QStringLiteral("bad key"));
        QCOMPARE(doc()->design().urlContext, context);
        key = table->item(0, 0);
        key->setText(QStringLiteral("campaign"));
        QVERIFY(doc()->design().urlContext.count("campaign"));
    }

    void choosingABlockBringsPropertiesToTheFront()
    {
        QVERIFY(m_window->openFile(kExample));
        const auto &idle = doc()->design().state(WidgetState::Idle).blocks;
        // A dock behind another tab of its area has nothing of itself on screen.
        const auto propertiesShown = [this] { return !m_window->propertiesDock()->visibleRegion().isEmpty(); };
        m_window->themeDock()->raise();
        QVERIFY(QTest::qWaitFor([&] { return !propertiesShown(); }));
        m_window->statesDock()->selectBlock(QString::fromStdString(idle[1].id));
        QVERIFY(QTest::qWaitFor(propertiesShown));
        m_window->businessHoursDock()->raise();
        QVERIFY(QTest::qWaitFor([&] { return !propertiesShown(); }));
        m_window->statesDock()->addBlock(BlockKind::Paragraph);
        QVERIFY(QTest::qWaitFor(propertiesShown));
    }

    void eachOpeningHoursClickIsOneUndoStep()
    {
        QVERIFY(m_window->openFile(kExample));
        const auto addButton = [this] {
            for (QToolButton *b : m_window->businessHoursDock()->findChildren<QToolButton *>())
                if (b->accessibleName() == QStringLiteral("Add window"))
                    return b; // Monday's comes first
            return static_cast<QToolButton *>(nullptr);
        };
        const int steps = doc()->undoStack()->count();
        const size_t windows = doc()->design().businessHours.weekly[0].size();
        for (int click = 0; click < 5; ++click) {
            QToolButton *add = addButton();
            QVERIFY(add);
            add->click();
            QCoreApplication::processEvents();
        }
        QCOMPARE(doc()->design().businessHours.weekly[0].size(), windows + 5);
        QCOMPARE(doc()->undoStack()->count(), steps + 5);
        doc()->undoStack()->undo();
        QCOMPARE(doc()->design().businessHours.weekly[0].size(), windows + 4);
    }

    void hostileTextIsShownAsText()
    {
        // Markup typed into an address, a URL-context key and the widget's name, and a file
        // whose name is markup: every label and dialog that quotes them shows the text.
        const QString marked = QStringLiteral("<b>HOSTILE<img src=x.png>");
        QVERIFY(m_window->openFile(kExample));
        const QString image = QString::fromStdString(doc()->design().state(WidgetState::Closed).blocks[0].id);
        m_window->statesDock()->selectBlock(image);
        auto *url = qobject_cast<QLineEdit *>(m_window->propertiesDock()->editorFor("/url"));
        QVERIFY(url);
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("javascript:") + marked);
        m_window->urlContextDock()->table()->item(0, 0)->setText(marked);
        QVERIFY(!m_window->openFile(m_files->filePath(marked + QStringLiteral(".design.json"))));
        int quoting = 0;
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("HOSTILE"))
                || label->text().contains(QStringLiteral("&lt;b&gt;")))
                continue;
            ++quoting;
            const bool markup = label->textFormat() == Qt::RichText
                                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            QVERIFY2(!markup, qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        }
        QVERIFY2(quoting >= 2, "the key error and the load failure quote the text");

        WidgetDesign named = doc()->design();
        named.name = marked.toStdString();
        doc()->undoStack()->push(new ReplaceDesign(doc(), named));
        QString dialogText;
        Qt::TextFormat dialogFormat = Qt::RichText;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            dialogText = box->text();
            dialogFormat = box->textFormat();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY(dialogText.contains(marked));
        QCOMPARE(dialogFormat, Qt::PlainText);
    }

    void themeShowsContrastWarnings()
    {
        QVERIFY(!m_window->themeDock()->contrastReport().join(QLatin1Char('\n')).contains(QStringLiteral("below AA")));
        auto *onPrimary = m_window->themeDock()->findChildren<QLineEdit *>().at(1);
        onPrimary->selectAll();
        QTest::keyClicks(onPrimary, QStringLiteral("#2a7aef"));
        QCOMPARE(doc()->design().theme.colors.onPrimary, std::string("#2a7aef"));
        const QString report = m_window->themeDock()->contrastReport().join(QLatin1Char('\n'));
        QVERIFY2(report.contains(QStringLiteral("On primary on Primary contrast 1."))
                     && report.contains(QStringLiteral("below AA")),
                 qPrintable(report));
    }

    void businessHoursRefuseBadTimes()
    {
        QVERIFY(m_window->openFile(kExample));
        BusinessHoursDock *hours = m_window->businessHoursDock();
        auto *open = qobject_cast<QLineEdit *>(hours->editorFor("/businessHours/weekly/monday/0/open"));
        QVERIFY(open);
        const BusinessHours before = doc()->design().businessHours;
        open->selectAll();
        QTest::keyClicks(open, QStringLiteral("25:00"));
        QVERIFY(doc()->design().businessHours == before);
        open->selectAll();
        QTest::keyClicks(open, QStringLiteral("08:30"));
        QCOMPARE(doc()->design().businessHours.weekly[0][0].open, std::string("08:30"));
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QVERIFY(doc()->design().businessHours == before);
        QCOMPARE(open->text(), QString::fromStdString(before.weekly[0][0].open));

        Problem zone;
        zone.pointer = "/businessHours/timezone";
        m_window->showProblem(zone);
        QCOMPARE(hours->editorFor("/businessHours/timezone")->isVisible(), true);
    }

    void snippetsAreEmbedded()
    {
        QCOMPARE(CustomCodeDock::snippetNames().size(), 5);
        m_window->showCustomCodeLine(true, 1);
        for (const QString &name : CustomCodeDock::snippetNames())
            QVERIFY2(m_window->customCodeDock()->insertSnippet(name), qPrintable(name));
        const std::string &code = doc()->design().customCode.bodyEndHtml;
        QVERIFY(code.find("gtag('config'") != std::string::npos);
        QVERIFY(code.find("fbq(") != std::string::npos);
        doc()->undoStack()->undo();
        QVERIFY(doc()->design().customCode.bodyEndHtml.size() < code.size()
                || doc()->design().customCode.bodyEndHtml.empty());
    }

    void findAndReplaceInCode()
    {
        QVERIFY(m_window->openFile(kExample));
        m_window->showCustomCodeLine(true, 1);
        QsciScintilla *editor = m_window->customCodeDock()->editor(true);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        auto *find = m_window->customCodeDock()->findChild<QLineEdit *>(QStringLiteral("findText"));
        QVERIFY(find && find->isVisible());
        find->setText(QStringLiteral("G-7QX2CALL01"));
        auto *replace = m_window->customCodeDock()->findChild<QLineEdit *>(QStringLiteral("replaceText"));
        replace->setText(QStringLiteral("G-ACME123"));
        QCOMPARE(m_window->customCodeDock()->replaceAll(), 2);
        const std::string &code = doc()->design().customCode.bodyEndHtml;
        QVERIFY(code.find("G-7QX2CALL01") == std::string::npos);
        QVERIFY(code.find("G-ACME123") != std::string::npos);
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QVERIFY(doc()->design().customCode.bodyEndHtml.find("G-7QX2CALL01") != std::string::npos);
        QCOMPARE(editor->text().toStdString(), doc()->design().customCode.bodyEndHtml);
    }

    void openSaveRevertAndRecentFiles()
    {
        const QString path = copyExample(QStringLiteral("help.design.json"));
        QVERIFY(m_window->openFile(path));
        QCOMPARE(doc()->filePath(), path);
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
        m_window->statesDock()->selectState(WidgetState::Ended);
        m_window->statesDock()->addBlock(BlockKind::Spacer);
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->save());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(fileText(path), designToCanonicalText(doc()->design()));
        const std::string saved = fileText(path);

        m_window->statesDock()->addBlock(BlockKind::Heading);
        QVERIFY(files()->revert());
        QCOMPARE(designToCanonicalText(doc()->design()), saved);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(doc()->undoStack()->count(), 0);

        const QString other = m_files->filePath(QStringLiteral("other.design.json"));
        QVERIFY(files()->saveAs(other));
        QCOMPARE(doc()->filePath(), other);
        QCOMPARE(files()->recentFiles().mid(0, 2), (QStringList{other, path}));
        QVERIFY(m_window->openFile(m_files->path() + QStringLiteral("/./help.design.json")));
        QCOMPARE(files()->recentFiles().mid(0, 2), (QStringList{path, other}));
        for (int i = 0; i < 15; ++i)
            QVERIFY(files()->saveAs(m_files->filePath(QStringLiteral("copy%1.design.json").arg(i))));
        const QStringList recent = files()->recentFiles();
        QCOMPARE(recent.size(), kMaxRecentFiles);
        QCOMPARE(recent.front(), m_files->filePath(QStringLiteral("copy14.design.json")));
        QCOMPARE(QSet<QString>(recent.begin(), recent.end()).size(), recent.size());
    }

    void failedOpenLeavesTheDocumentUntouched()
    {
        QVERIFY(m_window->openFile(kExample));
        m_window->statesDock()->addBlock(BlockKind::Paragraph);
        const std::string before = designToCanonicalText(doc()->design());
        const int undoCount = doc()->undoStack()->count();
        const QString broken = m_files->filePath(QStringLiteral("broken.design.json"));
        writeText(broken, "{\n  \"schemaVersion\": 1,\n  \"appId\": \n}\n");
        QVERIFY(!m_window->openFile(broken));
        QCOMPARE(designToCanonicalText(doc()->design()), before);
        QCOMPARE(doc()->undoStack()->count(), undoCount);
        QCOMPARE(doc()->filePath(), QFileInfo(kExample).absoluteFilePath());
        QVERIFY(!m_window->messageBar()->isHidden());
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("broken.design.json:4:")),
                 qPrintable(m_window->messageBar()->text()));
        QVERIFY(!m_window->openFile(m_files->path()));
        QCOMPARE(designToCanonicalText(doc()->design()), before);
    }

    void autosaveIsOfferedBackAfterACrash()
    {
        const QString path = copyExample(QStringLiteral("crashy.design.json"));
        QVERIFY(m_window->openFile(path));
        QVERIFY(!files()->autosaveNow()); // nothing unsaved, nothing written
        m_window->statesDock()->selectState(WidgetState::Closed);
        m_window->statesDock()->addBlock(BlockKind::Heading);
        const std::string edited = designToCanonicalText(doc()->design());
        QVERIFY(files()->autosaveNow());
        // The session "crashes": the window goes without closing, the next one starts.
        doc()->undoStack()->setClean();
        m_window.reset(new MainWindow);
        m_window->show();
        m_window->offerRecovery();
        MessageBar *bar = m_window->recoveryBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QStringLiteral("crashy.design.json")));
        // Other messages come and go in their own bar; the offer stays.
        QVERIFY(!m_window->openFile(m_files->filePath(QStringLiteral("missing.design.json"))));
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QStringLiteral("crashy.design.json")));
        const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
        const auto restore = std::find_if(buttons.begin(), buttons.end(),
                                          [](QToolButton *b) { return b->text() == QStringLiteral("Restore"); });
        QVERIFY(restore != buttons.end());
        (*restore)->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(designToCanonicalText(doc()->design()), edited);
        QCOMPARE(doc()->filePath(), path);
        QVERIFY(doc()->isModified());
        doc()->undoStack()->undo();
        QCOMPARE(designToCanonicalText(doc()->design()), fileText(path));
        doc()->undoStack()->redo();
        QVERIFY(m_window->save());
        QVERIFY(!QFileInfo::exists(files()->recoveryFilePath()));
        QCOMPARE(fileText(path), edited);
    }

    void externalChangeIsNoticed()
    {
        const QString path = copyExample(QStringLiteral("shared.design.json"));
        QVERIFY(m_window->openFile(path));
        files()->checkFileOnDisk();
        QVERIFY(m_window->messageBar()->isHidden());
        WidgetDesign theirs = doc()->design();
        theirs.name = "Changed elsewhere";
        writeText(path, designToCanonicalText(theirs));
        files()->checkFileOnDisk();
        QVERIFY(!m_window->messageBar()->isHidden());
        QToolButton *reload = nullptr;
        for (auto *b : m_window->messageBar()->findChildren<QToolButton *>())
            if (b->text() == QStringLiteral("Reload"))
                reload = b;
        QVERIFY(reload);
        reload->click();
        QCOMPARE(doc()->design().name, std::string("Changed elsewhere"));
        QVERIFY(!doc()->isModified());

        theirs.name = "Changed again";
        writeText(path, designToCanonicalText(theirs));
        files()->checkFileOnDisk();
        for (auto *b : m_window->messageBar()->findChildren<QToolButton *>())
            if (b->text() == QStringLiteral("Keep mine"))
                b->click();
        QCOMPARE(doc()->design().name, std::string("Changed elsewhere"));
        QVERIFY(doc()->isModified());
    }

    void closingWithChangesAsks()
    {
        m_window->statesDock()->addBlock(BlockKind::Spacer);
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QVERIFY(QSettings().contains(QStringLiteral("mainWindow/state")));
    }

    void importAndExportWidgetConfig()
    {
        QVERIFY(files()->importWidgetConfig(writeExampleConfig(QDir(m_files->path()))));
        QCOMPARE(doc()->design().appId, std::string("app_acme_order_help"));
        QCOMPARE(doc()->undoStack()->count(), 1);
        const QString out = m_files->filePath(QStringLiteral("widget.json"));
        QVERIFY(files()->exportWidgetConfig(out));
        QCOMPARE(fileText(out), widgetConfigText(exampleDesign()));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->design().appId, makeStarterDesign().appId);

        m_window->statesDock()->selectState(WidgetState::Idle);
        m_window->statesDock()->addBlock(BlockKind::CallButton); // a second call button is an error
        const QString refused = m_files->filePath(QStringLiteral("refused.json"));
        QVERIFY(!files()->exportWidgetConfig(refused));
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(m_window->messageBar()->kind(), MessageBar::Kind::Error);
    }

    void exportListsItsBlockersBeforeAnyFileDialog()
    {
        QVERIFY(m_window->openFile(kExample));
        m_window->statesDock()->selectState(WidgetState::Idle);
        m_window->statesDock()->addBlock(BlockKind::CallButton); // a second call button is an error
        const auto blockers = exportBlockers(doc()->design());
        QVERIFY(!blockers.empty());
        m_window->statesDock()->selectState(WidgetState::Ended); // away from the culprit
        action("exportWidgetConfigAction")->trigger();
        auto *dialog = m_window->findChild<ExportBlockersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        QCOMPARE(dialog->list()->count(), static_cast<int>(blockers.size()));
        for (int i = 0; i < dialog->list()->count(); ++i)
            QVERIFY(dialog->list()->item(i)->text().contains(QString::fromStdString(blockers[size_t(i)].message)));
        // Each entry leads to its culprit, as the Problems dock does.
        int row = 0;
        while (row < int(blockers.size()) && !placeOf(blockers[size_t(row)].pointer).blockIndex)
            ++row;
        QVERIFY(row < int(blockers.size()));
        const DesignPlace place = placeOf(blockers[size_t(row)].pointer);
        emit dialog->list()->itemClicked(dialog->list()->item(row));
        QTRY_VERIFY(!m_window->findChild<ExportBlockersDialog *>());
        QCOMPARE(m_window->selectedState(), *place.state);
        QCOMPARE(m_window->selectedBlockId(),
                 QString::fromStdString(doc()->design().state(*place.state).blocks[*place.blockIndex].id));
    }

    void exportSuggestsAFileNameFromTheWidgetsName()
    {
        QVERIFY(m_window->openFile(kExample));
        QVERIFY(exportBlockers(doc()->design()).empty());
        QString proposed;
        QTimer::singleShot(0, [&proposed] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            proposed = dialog->selectedFiles().value(0);
            dialog->reject();
        });
        action("exportWidgetConfigAction")->trigger();
        QCOMPARE(QFileInfo(proposed).fileName(), QStringLiteral("acme-order-help.widget.json"));
        QCOMPARE(QFileInfo(proposed).absolutePath(), QFileInfo(kExample).absolutePath()); // where the design is
    }

    void showWidgetConfigShowsTheExportReadOnly()
    {
        QVERIFY(m_window->openFile(kExample));
        action("showWidgetConfigAction")->trigger();
        auto *viewer = m_window->findChild<WidgetConfigViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        const QString expected = QString::fromStdString(widgetConfigText(doc()->design()));
        QCOMPARE(viewer->editor()->text(), expected);
        QVERIFY(viewer->editor()->isReadOnly());
        QVERIFY(dynamic_cast<QsciLexerJSON *>(viewer->editor()->lexer()));
        QVERIFY(viewer->note()->isHidden());
        QApplication::clipboard()->clear();
        viewer->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // What Export writes is exactly what was shown.
        const QString out = m_files->filePath(QStringLiteral("shown.json"));
        QVERIFY(files()->exportWidgetConfig(out));
        QCOMPARE(QString::fromStdString(fileText(out)), expected);
        viewer->close();

        // A design that cannot be exported yet says so above its config.
        m_window->statesDock()->selectState(WidgetState::Idle);
        m_window->statesDock()->addBlock(BlockKind::CallButton);
        action("showWidgetConfigAction")->trigger();
        QTRY_COMPARE(m_window->findChildren<WidgetConfigViewer *>().size(), 1);
        viewer = m_window->findChild<WidgetConfigViewer *>();
        QVERIFY(viewer->note()->isVisible());
        QVERIFY(viewer->note()->text().contains(QString::number(exportBlockers(doc()->design()).size())));
        viewer->close();
    }

    void eachBlockKindShowsTheEditorsItUses()
    {
        // The page of each kind edits exactly what a block of that kind has.
        m_window->statesDock()->selectState(WidgetState::Idle);
        for (BlockKind kind : kAllBlockKinds) {
            m_window->statesDock()->addBlock(kind);
            QCOMPARE(doc()->block(m_window->selectedBlockId())->kind, kind);
            const BlockKindUses uses = blockKindUses(kind);
            const auto shows = [this](const char *pointer) {
                return m_window->propertiesDock()->editorFor(pointer) != nullptr;
            };
            const QByteArray name = blockKindName(kind);
            QVERIFY2(shows("/align"), name);
            QCOMPARE(shows("/text"), uses.text);
            QCOMPARE(shows("/activeText"), uses.activeText);
            QCOMPARE(shows("/url"), uses.url);
            QCOMPARE(shows("/linkLabel"), uses.linkLabel);
            QCOMPARE(shows("/alt"), uses.altText);
            QCOMPARE(shows("/level"), uses.headingLevel);
            QCOMPARE(shows("/variant"), uses.variant);
            QCOMPARE(shows("/size"), uses.size);
            QCOMPARE(shows("/form/fields"), uses.form);
            QCOMPARE(shows("/survey/question"), uses.survey);
        }
    }

    void localesAreAddedAndRemovedWithUndo()
    {
        QVERIFY(m_window->openFile(kExample));
        m_window->statesDock()->selectState(WidgetState::Idle);
        auto *edit = m_window->propertiesDock()->findChild<QLineEdit *>(QStringLiteral("newLocaleEdit"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("fr"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc()->design().locales, (std::vector<std::string>{"en", "es", "fr"}));
        QCoreApplication::processEvents();
        QVERIFY(problemsHaveCode(*m_window, "text.missing-translation"));
        m_window->setEditingLocale(QStringLiteral("fr"));
        QCOMPARE(m_window->editingLocale(), QStringLiteral("fr"));
        doc()->undoStack()->undo();
        QCOMPARE(m_window->editingLocale(), QStringLiteral("en"));
    }

    void languageSwitchLeavesNoWordBehind_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void languageSwitchLeavesNoWordBehind()
    {
        // A window switched to another language shows what a window opened in it shows, in
        // every dock, with a block selected: nothing keeps the English it was built in.
        QFETCH(QString, language);
        const QString blockId = [] {
            const auto loaded = loadDesignFromFile(kExample.toStdString());
            return QString::fromStdString(loaded.design->state(WidgetState::Idle).blocks[2].id);
        }();
        QVERIFY(m_window->openFile(kExample));
        m_window->statesDock()->selectBlock(blockId);
        QVERIFY(applyUiLanguage(language));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->selectedBlockId(), blockId); // the switch keeps the selection
        MainWindow fresh;
        fresh.show();
        QVERIFY(fresh.openFile(kExample));
        fresh.statesDock()->selectBlock(blockId);
        for (const char *dock : {"propertiesDock", "themeDock", "businessHoursDock", "urlContextDock", "problemsDock",
                                 "customCodeDock", "privacyDock"}) {
            for (MainWindow *window : {m_window.get(), &fresh})
                window->findChild<QDockWidget *>(QLatin1String(dock))->raise();
            QCoreApplication::processEvents();
            const QStringList switched = visibleWords(m_window.get());
            const QStringList opened = visibleWords(&fresh);
            int differences = 0;
            for (const QString &w : switched)
                if (!opened.contains(w) && ++differences)
                    qWarning("%s: still in the old words: %s", dock, qPrintable(w));
            for (const QString &w : opened)
                if (!switched.contains(w) && ++differences)
                    qWarning("%s: missing after the switch: %s", dock, qPrintable(w));
            QVERIFY2(differences == 0, dock);
        }
    }

    void languageSwitchKeepsWork()
    {
        QVERIFY(m_window->openFile(kExample));
        const std::string opened = designToCanonicalText(doc()->design());
        m_window->statesDock()->addBlock(BlockKind::Link);
        const std::string work = designToCanonicalText(doc()->design());
        const int steps = doc()->undoStack()->count();
        QCoreApplication::processEvents();
        const auto messages = [this] {
            QStringList out;
            if (!waitForProblems(*m_window))
                return out;
            QTreeWidget *list = m_window->problemsDock()->list();
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                out << list->topLevelItem(i)->text(1);
            return out;
        };
        const QStringList english = messages();
        const QString linkId = m_window->selectedBlockId();
        // The last step, as the History and Edit ▸ Undo name it.
        const auto history = [this] {
            const QAbstractItemModel *model = m_window->findChild<QUndoView *>()->model();
            return model->index(model->rowCount() - 1, 0).data().toString();
        };
        const auto undoMenuText = [this] {
            return m_window->menuBar()->actions().at(1)->menu()->actions().at(0)->text();
        };
        QCOMPARE(history(), QStringLiteral("Add Block"));
        QCOMPARE(undoMenuText(), QStringLiteral("&Undo Add Block"));
        WidgetState linkState;
        int linkIndex = 0;
        QVERIFY(doc()->findBlock(linkId, &linkState, &linkIndex));
        // Blocks are named as the operator sees them: kind, state and position, no ids.
        const auto linkNamed = [&](const char *pattern) {
            return QString::fromUtf8(pattern)
                .arg(blockKindTitle(BlockKind::Link), stateTitle(linkState))
                .arg(linkIndex + 1);
        };
        QVERIFY2(english.contains(linkNamed("the %1 (%2, block %3) has no address")),
                 qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY(applyUiLanguage(QStringLiteral("fr")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("&Fichier"));
        QCOMPARE(m_window->problemsDock()->list()->headerItem()->text(0), QStringLiteral("Gravité"));
        // The problems themselves speak French too: the same list, every sentence translated.
        const QStringList french = messages();
        QCOMPARE(french.size(), english.size());
        // So does the step recorded in English before the switch.
        QCOMPARE(history(), QStringLiteral("Ajouter un bloc"));
        QCOMPARE(undoMenuText(), QStringLiteral("&Annuler : Ajouter un bloc"));
        auto *localeChooser = m_window->findChild<QComboBox *>(QStringLiteral("editingLocaleChooser"));
        QCOMPARE(localeChooser->currentText(), QStringLiteral("en (par défaut)"));
        for (int i = 0; i < french.size(); ++i)
            QVERIFY2(french.at(i) != english.at(i), qPrintable(french.at(i)));
        QVERIFY(blockKindTitle(BlockKind::Link) != QStringLiteral("Link"));
        QVERIFY2(french.contains(linkNamed("le bloc %1 (%2, bloc %3) n'a pas d'adresse")),
                 qPrintable(french.join(QLatin1Char('\n'))));
        QCOMPARE(designToCanonicalText(doc()->design()), work);
        QCOMPARE(doc()->undoStack()->count(), steps);
        QVERIFY(applyUiLanguage(QStringLiteral("de")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("&Datei"));
        QVERIFY2(messages().contains(linkNamed("der Block %1 (%2, Block %3) hat keine Adresse")),
                 qPrintable(messages().join(QLatin1Char('\n'))));
        QCOMPARE(history(), QStringLiteral("Block hinzufügen"));
        QVERIFY(applyUiLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
        QCOMPARE(messages(), english);
        QCOMPARE(history(), QStringLiteral("Add Block"));
        QCOMPARE(undoMenuText(), QStringLiteral("&Undo Add Block"));
        // The renamed step still undoes what it did, and Redo names it.
        m_window->menuBar()->actions().at(1)->menu()->actions().at(0)->trigger();
        QCOMPARE(designToCanonicalText(doc()->design()), opened);
        QCOMPARE(m_window->menuBar()->actions().at(1)->menu()->actions().at(1)->text(),
                 QStringLiteral("&Redo Add Block"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
