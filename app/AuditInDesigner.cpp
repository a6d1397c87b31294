#include "AuditInDesigner.h"

#include "WidgetAudit.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/ProblemsDock.h"

#include <QAction>
#include <QEvent>
#include <QWebEngineView>

namespace callstudio {

namespace {

// The audit's page is laid out at a desktop visitor's size but never shown to the operator.
std::unique_ptr<QObject> showOffScreen(QWebEnginePage *page)
{
    auto view = std::make_unique<QWebEngineView>();
    view->setAttribute(Qt::WA_DontShowOnScreen);
    view->setPage(page);
    view->resize(1280, 800);
    view->show();
    return view;
}

} // namespace

AuditInDesigner::AuditInDesigner(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(this))
{
    connect(m_action, &QAction::triggered, this, &AuditInDesigner::start);
    window->addExportAction(m_action);
    connect(window->document(), &DesignDocument::changed, this, [this] { m_editedSinceStart = true; });
    window->installEventFilter(this);
    retranslate();
}

AuditInDesigner::~AuditInDesigner() = default;

void AuditInDesigner::start()
{
    if (m_audit)
        return;
    const WidgetDesign &design = m_window->document()->design();
    m_editedSinceStart = false;
    m_audit = std::make_unique<WidgetAudit>(showOffScreen);
    connect(m_audit.get(), &WidgetAudit::finished, this, &AuditInDesigner::finished);
    m_action->setEnabled(false);
    m_window->messageBar()->showMessage(
        MessageBar::Kind::Information,
        tr("Checking the widget's accessibility in every state and locale (WCAG 2.2 AA, axe-core)…"));
    m_audit->start(design);
}

void AuditInDesigner::finished(const AuditReport &report)
{
    // Deleted from the event loop: this runs inside the audit's own signal.
    m_audit.release()->deleteLater();
    m_action->setEnabled(true);
    MessageBar *bar = m_window->messageBar();
    if (!report.failure.isEmpty()) {
        bar->showMessage(MessageBar::Kind::Error, tr("The accessibility check could not run: %1").arg(report.failure));
    } else if (m_editedSinceStart) {
        bar->showMessage(MessageBar::Kind::Warning,
                         tr("The design changed during the accessibility check; check it again."));
    } else {
        const std::vector<Problem> problems = auditProblems(report, m_window->document()->design());
        m_window->problemsDock()->setAuditProblems(problems);
        m_window->problemsDock()->raise();
        if (problems.empty())
            bar->showMessage(
                MessageBar::Kind::Information,
                tr("Accessibility: no violations in any state or locale (%1 checked).").arg(report.statesChecked));
        else
            bar->showMessage(
                MessageBar::Kind::Warning,
                problems.size() == 1
                    ? tr("Accessibility: 1 problem, listed in Problems until the next edit.")
                    : tr("Accessibility: %1 problems, listed in Problems until the next edit.").arg(problems.size()));
    }
    emit done();
}

bool AuditInDesigner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AuditInDesigner::retranslate()
{
    m_action->setText(tr("Check &Accessibility"));
    m_action->setToolTip(tr("Check the widget in every state and locale against WCAG 2.2 AA (axe-core); "
                            "what fails is listed in Problems"));
}

} // namespace callstudio
