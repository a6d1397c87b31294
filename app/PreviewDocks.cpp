#include "PreviewDocks.h"

#include "AuditInDesigner.h"

#include "CallSimulatorPanel.h"
#include "ConsoleWidget.h"
#include "ContactedHosts.h"
#include "EventInjector.h"
#include "PreviewWidget.h"
#include "StandalonePreview.h"
#include "TimelineWidget.h"
#include "document/DesignDocument.h"
#include "io/DesignFile.h"
#include "privacy/ExportGate.h"
#include "ui/DockScrollArea.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/PrivacyDock.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>

namespace callstudio {

namespace {

// How each kind of design edit reaches the running preview: patched in place where
// the runtime can, the sandbox alone for custom code, a reload for the rest.
PreviewChange previewChangeFor(DesignDocument::Change change)
{
    switch (change) {
    case DesignDocument::Change::Text:
    case DesignDocument::Change::ErrorMessages:
        return PreviewChange::Text;
    case DesignDocument::Change::Layout:
    case DesignDocument::Change::Locales:
        return PreviewChange::Layout;
    case DesignDocument::Change::Theme:
        return PreviewChange::Theme;
    case DesignDocument::Change::Placement:
        return PreviewChange::Placement;
    case DesignDocument::Change::CustomCode:
        return PreviewChange::CustomCode;
    case DesignDocument::Change::BusinessHours:
    case DesignDocument::Change::UrlContext:
    case DesignDocument::Change::Routing:
    case DesignDocument::Change::Identity:
    case DesignDocument::Change::Whole:
        return PreviewChange::Other;
    }
    return PreviewChange::Other;
}

QDockWidget *dockFor(QWidget *content, const QString &objectName, MainWindow *window)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    return dock;
}

} // namespace

PreviewDocks::PreviewDocks(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_preview(new PreviewWidget)
    , m_shareAction(new QAction(this))
    , m_audit(new AuditInDesigner(window))
{
    createShareAction();

    DesignDocument *document = window->document();
    m_preview->setLocale(window->editingLocale());
    // The preview shows the state being edited; "Live" in its toolbar lets the widget run.
    m_preview->forceState(window->selectedState());
    m_preview->setDesign(document->design());
    window->setPreviewWidget(m_preview);

    auto *timeline = new TimelineWidget;
    timeline->attach(m_preview->session());
    auto *console = new ConsoleWidget;
    console->attach(m_preview->session());
    m_timelineDock = dockFor(timeline, QStringLiteral("timelineDock"), window);
    m_consoleDock = dockFor(console, QStringLiteral("consoleDock"), window);
    window->addToolDock(m_timelineDock, Qt::BottomDockWidgetArea);
    window->addToolDock(m_consoleDock, Qt::BottomDockWidgetArea);
    // The agent's side sits under the blocks, where the operator's eye already is.
    m_simulatorDock = dockFor(new DockScrollArea(new CallSimulatorPanel(m_preview->session())),
                              QStringLiteral("callSimulatorDock"), window);
    m_injectorDock = dockFor(new EventInjector(m_preview->session()), QStringLiteral("eventInjectorDock"), window);
    window->addToolDock(m_simulatorDock, Qt::LeftDockWidgetArea);
    window->addToolDock(m_injectorDock, Qt::BottomDockWidgetArea);
    // A tab joined this late comes to the front only once the layout has run; until the
    // operator has a layout of their own, the agent's side is the one shown.
    if (!MainWindow::hasSavedLayout())
        QTimer::singleShot(0, m_simulatorDock, &QDockWidget::raise);
    retranslate();
    window->installEventFilter(this);

    connect(document, &DesignDocument::changed, this, &PreviewDocks::showChange);
    // A new, opened or reverted design starts a new visit: the old one's lines go.
    connect(document, &DesignDocument::startedOver, timeline, &TimelineWidget::clear);
    connect(document, &DesignDocument::startedOver, console, &ConsoleWidget::clear);
    connect(window, &MainWindow::editingLocaleChanged, m_preview, &PreviewWidget::setLocale);
    // Selecting a state or one of its blocks shows that state, unless the widget is
    // already there (a call in progress is not interrupted by clicking around in it).
    connect(m_preview, &PreviewWidget::widgetStateChanged, this,
            [this](const QString &state) { m_shownState = state; });
    auto followSelection = [this, window] {
        const WidgetState selected = window->selectedState();
        if (m_shownState != QLatin1String(stateName(selected)))
            m_preview->forceState(selected);
    };
    connect(window, &MainWindow::selectedStateChanged, this, followSelection);
    connect(window, &MainWindow::selectedBlockChanged, this, followSelection);
    connect(console, &ConsoleWidget::lineActivated, window, &MainWindow::showCustomCodeLine);
    // The Privacy dock shows what the custom code actually contacted next to what it names.
    ContactedHosts *contacted = m_preview->session()->contactedHosts();
    connect(contacted, &ContactedHosts::changed, window,
            [window, contacted] { window->privacyDock()->setContactedHosts(contacted->customCodeHosts()); });
    connect(m_preview, &PreviewWidget::rendererProblem, window,
            [window](const QString &message) { window->messageBar()->showMessage(MessageBar::Kind::Error, message); });
}

void PreviewDocks::showChange(DesignDocument::Change what, const QString &blockId)
{
    const WidgetDesign &design = m_window->document()->design();
    if (what == DesignDocument::Change::Whole)
        m_preview->setDesign(design);
    else
        m_preview->applyChange(previewChangeFor(what), design, blockId);
}

void PreviewDocks::createShareAction()
{
    connect(m_shareAction, &QAction::triggered, this, [this] {
        // The same gate as Export Widget Config, shown before any file dialog.
        if (!m_window->confirmExportable())
            return;
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export Shareable Preview"), QString(), tr("HTML (*.html)"));
        if (!path.isEmpty())
            exportShareablePreview(path);
    });
    m_window->addExportAction(m_shareAction);
}

void PreviewDocks::retranslate()
{
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_consoleDock->setWindowTitle(tr("Console"));
    m_simulatorDock->setWindowTitle(tr("Call simulator"));
    m_injectorDock->setWindowTitle(tr("Event injector"));
    m_shareAction->setText(tr("Export &Shareable Preview…"));
    m_shareAction->setToolTip(tr("Write one HTML file a reviewer without Call Studio can open in any browser"));
}

bool PreviewDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

bool PreviewDocks::exportShareablePreview(const QString &path)
{
    const WidgetDesign &design = m_window->document()->design();
    if (!exportBlockers(design).empty()) {
        m_window->messageBar()->showMessage(MessageBar::Kind::Error,
                                            tr("The design has errors (see Problems); no preview was exported."));
        return false;
    }
    const SaveResult saved = writeFileAtomically(path.toStdString(), standalonePreviewHtml(design));
    if (saved.ok)
        m_window->messageBar()->showMessage(MessageBar::Kind::Information,
                                            tr("Shareable preview written to %1.").arg(QFileInfo(path).fileName()));
    else
        m_window->messageBar()->showMessage(MessageBar::Kind::Error, QString::fromStdString(saved.error));
    return saved.ok;
}

} // namespace callstudio
