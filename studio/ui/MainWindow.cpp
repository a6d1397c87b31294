#include "MainWindow.h"

#include "BlockTreeModel.h"
#include "BusinessHoursDock.h"
#include "CustomCodeDock.h"
#include "MessageBar.h"
#include "PrivacyDock.h"
#include "ProblemsDock.h"
#include "PropertiesDock.h"
#include "StatesDock.h"
#include "ThemeDock.h"
#include "UiLanguage.h"
#include "UrlContextDock.h"
#include "checks/OperatorNames.h"
#include "contract/DesignFields.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "privacy/DesignReview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace callstudio {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(this))
    , m_files(new DocumentController(m_document, this))
    , m_messageBar(new MessageBar(this))
    , m_recoveryBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // A first start fills at most the screen it opens on (1366 x 768 laptops included).
    const QSize preferred(1400, 900);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size()) : preferred);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    auto *central = new QWidget(this);
    m_centralLayout = new QVBoxLayout(central);
    m_centralLayout->setContentsMargins(4, 4, 4, 4);
    m_recoveryBar->setObjectName(QStringLiteral("recoveryBar"));
    m_recoveryBar->setDismissible(false);
    m_centralLayout->addWidget(m_recoveryBar);
    m_centralLayout->addWidget(m_messageBar);
    m_previewPlaceholder = new QLabel(central);
    m_previewPlaceholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_previewPlaceholder->setAlignment(Qt::AlignCenter);
    m_previewPlaceholder->setWordWrap(true);
    m_previewPlaceholder->setStyleSheet(
        QStringLiteral("QLabel { color: #6b7280; font-size: 15px; border: 2px dashed #c4c9d0; border-radius: 8px; }"));
    m_centralContent = m_previewPlaceholder;
    m_centralLayout->addWidget(m_previewPlaceholder, 1);
    setCentralWidget(central);

    m_editingLocale = QString::fromStdString(m_document->design().defaultLocale);
    createActions();
    createDocks();
    createMenus();
    statusBar();

    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::changed, this, [this](DesignDocument::Change what) {
        if (what == DesignDocument::Change::Locales || what == DesignDocument::Change::Whole)
            updateLocaleChooser();
        if (what == DesignDocument::Change::Identity || what == DesignDocument::Change::Whole)
            updateTitle();
    });
    connectDocumentController();

    retranslateOwnUi(); // each dock translated itself when it was built
    updateLocaleChooser();
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    createFileActions();

    // Undo and Redo name the step in the UI language, also after a switch (QUndoStack's
    // own actions keep the words they were last given).
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(stack->canUndo());
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActionTexts);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(stack->canRedo());
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActionTexts);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Call Studio %1 — a designer for click-to-call website widgets.")
                                      .arg(QCoreApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    for (const QString &language : availableUiLanguages()) {
        QAction *a = m_languageGroup->addAction(QLocale(language).nativeLanguageName());
        a->setText(a->text().left(1).toUpper() + a->text().mid(1));
        a->setCheckable(true);
        a->setData(language);
        a->setChecked(language == currentUiLanguage());
        connect(a, &QAction::triggered, this, [this, language] { chooseUiLanguage(language); });
    }
}

void MainWindow::createDocks()
{
    m_statesDock = new StatesDock(m_document, this);
    m_propertiesDock = new PropertiesDock(m_document, this);
    m_themeDock = new ThemeDock(m_document, this);
    m_hoursDock = new BusinessHoursDock(m_document, this);
    m_urlDock = new UrlContextDock(m_document, this);
    m_codeDock = new CustomCodeDock(m_document, this);
    m_problemsDock = new ProblemsDock(m_document, this);
    m_privacyDock = new PrivacyDock(m_document, this);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_undoView = new QUndoView(m_document->undoStack(), m_historyDock);
    m_undoView->setObjectName(QStringLiteral("historyView"));
    m_historyDock->setWidget(m_undoView);

    addDockWidget(Qt::LeftDockWidgetArea, m_statesDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    splitDockWidget(m_statesDock, m_historyDock, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_themeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_hoursDock);
    addDockWidget(Qt::RightDockWidgetArea, m_urlDock);
    tabifyDockWidget(m_propertiesDock, m_themeDock);
    tabifyDockWidget(m_themeDock, m_hoursDock);
    tabifyDockWidget(m_hoursDock, m_urlDock);
    m_lastRightDock = m_urlDock;
    m_lastLeftDock = m_historyDock;
    m_lastBottomDock = m_privacyDock;
    m_propertiesDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_codeDock);
    tabifyDockWidget(m_problemsDock, m_codeDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_privacyDock);
    tabifyDockWidget(m_codeDock, m_privacyDock);
    m_problemsDock->raise();
    // Shares of the window, so that a 768-pixel-high screen still shows the widget's card.
    resizeDocks({m_statesDock, m_propertiesDock}, {330, 420}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {std::min(240, height() / 5)}, Qt::Vertical);
    resizeDocks({m_statesDock, m_historyDock}, {height() * 3 / 5, height() * 2 / 5}, Qt::Vertical);

    connect(m_statesDock, &StatesDock::selectionChanged, this, &MainWindow::onSelectionChanged);
    // The same review as `callstudio validate`: design checks, custom-code lint, privacy;
    // the lint runs again only when the custom code changed.
    m_problemsDock->setChecker([reviewer = std::make_shared<DesignReviewer>()](const WidgetDesign &design) {
        return reviewer->review(design);
    });
    connect(m_problemsDock, &ProblemsDock::problemActivated, this, &MainWindow::showProblem);
    connect(m_propertiesDock, &PropertiesDock::unappliedInputChanged, this,
            [this] { m_problemsDock->setUnappliedInput(m_propertiesDock->unappliedInput()); });
    connect(this, &MainWindow::editingLocaleChanged, this, [this](const QString &locale) {
        m_statesDock->model()->setLocale(locale.toStdString());
        m_propertiesDock->setEditingLocale(locale);
        m_hoursDock->setEditingLocale(locale);
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_revertAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_showConfigAction);
    m_exportSeparator = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_addBlockMenu = m_editMenu->addMenu(QString());
    for (BlockKind kind : kAllBlockKinds) {
        QAction *a = m_addBlockMenu->addAction(QString());
        a->setData(static_cast<int>(kind));
        connect(a, &QAction::triggered, this, [this, kind] { m_statesDock->addBlock(kind); });
    }
    m_editMenu->addActions(m_statesDock->blockActions());

    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_statesDock), static_cast<QDockWidget *>(m_propertiesDock),
          static_cast<QDockWidget *>(m_themeDock), static_cast<QDockWidget *>(m_hoursDock),
          static_cast<QDockWidget *>(m_urlDock), static_cast<QDockWidget *>(m_codeDock),
          static_cast<QDockWidget *>(m_problemsDock), static_cast<QDockWidget *>(m_privacyDock), m_historyDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_fileToolBar = addToolBar(QString());
    m_fileToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_fileToolBar->addAction(m_newAction);
    m_fileToolBar->addAction(m_openAction);
    m_fileToolBar->addAction(m_saveAction);
    m_fileToolBar->addSeparator();
    m_fileToolBar->addAction(m_undoAction);
    m_fileToolBar->addAction(m_redoAction);
    m_fileToolBar->addSeparator();
    m_localeLabel = new QLabel(m_fileToolBar);
    m_localeLabel->setContentsMargins(6, 0, 4, 0);
    m_fileToolBar->addWidget(m_localeLabel);
    m_localeChooser = new QComboBox(m_fileToolBar);
    m_localeChooser->setObjectName(QStringLiteral("editingLocaleChooser"));
    m_localeChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_localeLabel->setBuddy(m_localeChooser);
    m_fileToolBar->addWidget(m_localeChooser);
    connect(m_localeChooser, QOverload<int>::of(&QComboBox::activated), this,
            [this] { setEditingLocale(m_localeChooser->currentData().toString()); });

    const QStyle *s = style();
    m_newAction->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    m_openAction->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    m_undoAction->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
}

void MainWindow::retranslateUi()
{
    retranslateOwnUi();
    m_statesDock->retranslate();
    m_propertiesDock->retranslate();
    m_themeDock->retranslate();
    m_hoursDock->retranslate();
    m_urlDock->retranslate();
    m_privacyDock->retranslate();
    m_codeDock->retranslate();
    m_problemsDock->retranslate();
}

void MainWindow::updateUndoActionTexts()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    m_redoAction->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
}

void MainWindow::retranslateOwnUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_addBlockMenu->setTitle(tr("&Add Block"));
    for (QAction *a : m_addBlockMenu->actions())
        a->setText(blockKindTitle(static_cast<BlockKind>(a->data().toInt())));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_fileToolBar->setWindowTitle(tr("Main toolbar"));

    m_newAction->setText(tr("&New"));
    m_newAction->setToolTip(tr("Start a new widget design"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a design file"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the design"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_revertAction->setText(tr("Re&vert"));
    m_revertAction->setToolTip(tr("Discard all changes since the last save"));
    m_importAction->setText(tr("&Import Widget Config…"));
    m_importAction->setToolTip(tr("Replace the design with a widget config (undoable)"));
    m_exportAction->setText(tr("&Export Widget Config…"));
    m_exportAction->setToolTip(tr("Write the widget config for the website (refused while errors remain)"));
    m_showConfigAction->setText(tr("Show &Widget Config"));
    m_showConfigAction->setToolTip(tr("Show the JSON that Export Widget Config writes"));
    m_quitAction->setText(tr("&Quit"));
    // Steps already in the History are renamed too.
    retranslateUndoStack(m_document->undoStack());
    m_undoView->setStack(nullptr);
    m_undoView->setStack(m_document->undoStack());
    updateUndoActionTexts();
    m_aboutAction->setText(tr("&About Call Studio"));
    m_undoView->setEmptyLabel(tr("<opened design>"));
    m_historyDock->setWindowTitle(tr("History"));
    m_undoView->setAccessibleName(tr("Edit history"));
    m_localeLabel->setText(tr("Text locale:"));
    m_localeChooser->setToolTip(tr("The locale of the widget texts you are editing"));
    m_localeChooser->setAccessibleName(tr("Text locale"));
    updateLocaleChooser(); // "(default)" is said in the UI language
    if (m_previewPlaceholder)
        m_previewPlaceholder->setText(
            tr("The live preview of the widget appears here.\nEdit the design with the docks around it."));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseUiLanguage(const QString &language)
{
    if (!applyUiLanguage(language)) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The %1 translation could not be loaded.").arg(language));
        return;
    }
    saveUiLanguage(language);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::updateTitle()
{
    const QString file =
        m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1 (%2)[*]").arg(QString::fromStdString(m_document->design().name), file));
    setWindowModified(m_document->isModified());
    m_revertAction->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
}

void MainWindow::setPreviewWidget(QWidget *preview)
{
    m_centralLayout->removeWidget(m_centralContent);
    delete m_centralContent;
    m_previewPlaceholder = nullptr;
    m_centralContent = preview;
    preview->setParent(centralWidget());
    m_centralLayout->addWidget(preview, 1);
}

void MainWindow::addExportAction(QAction *action)
{
    m_fileMenu->insertAction(m_exportSeparator, action);
}

void MainWindow::addToolDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(dock->metaObject()->className());
    addDockWidget(area, dock);
    // The right column stays one full-height stack of tabs, editors first, tools after;
    // on the left, tools share the lower half with the history.
    if (area == Qt::RightDockWidgetArea) {
        tabifyDockWidget(m_lastRightDock, dock);
        m_lastRightDock = dock;
        m_propertiesDock->raise();
    } else if (area == Qt::LeftDockWidgetArea) {
        tabifyDockWidget(m_lastLeftDock, dock);
        m_lastLeftDock = dock;
    } else if (area == Qt::BottomDockWidgetArea) {
        // One full-width stack: logs get the whole width to show a message unscrolled.
        tabifyDockWidget(m_lastBottomDock, dock);
        m_lastBottomDock = dock;
        m_problemsDock->raise();
    }
    m_viewMenu->insertAction(m_languageMenu->menuAction(), dock->toggleViewAction());
    // A dock added after start-up takes the place the saved layout gives it.
    restoreState(QSettings().value(kStateKey).toByteArray());
}

bool MainWindow::hasSavedLayout()
{
    return QSettings().contains(kStateKey);
}

WidgetState MainWindow::selectedState() const
{
    return m_selectedState;
}

QString MainWindow::selectedBlockId() const
{
    return m_selectedBlockId;
}

void MainWindow::onSelectionChanged(WidgetState state, const QString &blockId)
{
    m_propertiesDock->setSelection(state, blockId);
    if (state != m_selectedState) {
        m_selectedState = state;
        emit selectedStateChanged(state);
    }
    if (blockId != m_selectedBlockId) {
        m_selectedBlockId = blockId;
        // A block chosen (or just added) is a block to edit: its page comes to the front
        // even when Theme or another tab of that dock area was showing.
        if (!blockId.isEmpty())
            m_propertiesDock->raise();
        emit selectedBlockChanged(blockId);
    }
}

QString MainWindow::editingLocale() const
{
    return m_editingLocale;
}

void MainWindow::setEditingLocale(const QString &locale)
{
    if (locale == m_editingLocale)
        return;
    m_editingLocale = locale;
    m_localeChooser->setCurrentIndex(m_localeChooser->findData(locale));
    emit editingLocaleChanged(locale);
}

void MainWindow::updateLocaleChooser()
{
    const WidgetDesign &d = m_document->design();
    m_localeChooser->clear();
    for (const auto &l : d.locales) {
        const QString code = QString::fromStdString(l);
        const QString label = l == d.defaultLocale ? tr("%1 (default)").arg(code) : code;
        m_localeChooser->addItem(label, code);
    }
    const bool stillThere =
        std::find(d.locales.begin(), d.locales.end(), m_editingLocale.toStdString()) != d.locales.end();
    const QString locale = stillThere ? m_editingLocale : QString::fromStdString(d.defaultLocale);
    m_localeChooser->setCurrentIndex(m_localeChooser->findData(locale));
    setEditingLocale(locale);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_files->endSession();
    event->accept();
}

// ---- problems

void MainWindow::showProblem(const Problem &problem)
{
    const std::string &p = problem.pointer;
    const DesignPlace place = placeOf(p);
    if (place.area == DesignSection::CustomCode) {
        const auto bodyEnd = customCodePointer(CustomCodeMember::BodyEndHtml);
        showCustomCodeLine(p.rfind(bodyEnd.to_string(), 0) == 0, std::max(1, problem.line));
        return;
    }
    if (place.area == DesignSection::Theme) {
        m_themeDock->show();
        m_themeDock->focusPointer(p);
        return;
    }
    if (place.area == DesignSection::BusinessHours) {
        m_hoursDock->show();
        m_hoursDock->focusPointer(p);
        return;
    }
    if (place.area == DesignSection::UrlContext) {
        m_urlDock->show();
        m_urlDock->focusPointer(p);
        return;
    }
    m_propertiesDock->show();
    if (place.state) {
        showBlockProblem(place);
        return;
    }
    // Widget-wide settings live on the properties page of a state.
    m_statesDock->selectState(place.area == DesignSection::ErrorMessages ? WidgetState::Error : m_selectedState);
    m_propertiesDock->focusPointer(p);
}

void MainWindow::showBlockProblem(const DesignPlace &place)
{
    const auto &list = m_document->design().state(*place.state).blocks;
    if (!place.blockIndex || *place.blockIndex >= list.size()) {
        m_statesDock->selectState(*place.state);
        m_statesDock->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_statesDock->selectBlock(QString::fromStdString(list[*place.blockIndex].id));
    if (place.inBlock.empty() || !m_propertiesDock->focusPointer(place.inBlock.to_string()))
        m_statesDock->view()->setFocus(Qt::OtherFocusReason);
    else
        m_propertiesDock->raise();
}

void MainWindow::showCustomCodeLine(bool bodyEnd, int line)
{
    m_codeDock->showLine(bodyEnd, line);
}

} // namespace callstudio
