#include "ProblemsDock.h"

#include "checks/DesignChecks.h"
#include "checks/OperatorNames.h"
#include "checks/ProblemPlace.h"
#include "document/DesignDocument.h"
#include "io/PlainTextToolTip.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace callstudio {

namespace {

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ProblemsDock::tr("Error");
    case Severity::Warning:
        return ProblemsDock::tr("Warning");
    case Severity::Info:
        return ProblemsDock::tr("Information");
    }
    return {};
}

QIcon severityIcon(const QStyle *style, Severity s)
{
    switch (s) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ProblemsDock::ProblemsDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
    , m_list(new QTreeWidget(m_pages))
    , m_emptyNote(new QLabel(m_pages))
    , m_recheckTimer(new QTimer(this))
    , m_slowReviewTimer(new QTimer(this))
    , m_review(new QFutureWatcher<std::vector<Problem>>(this))
    , m_checker(checkDesign)
{
    setObjectName(QStringLiteral("problemsDock"));
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_emptyNote->setObjectName(QStringLiteral("problemsEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_emptyNote);
    setWidget(m_pages);
    // Checks run once per burst of edits (one keystroke's commands), not once per signal.
    m_recheckTimer->setSingleShot(true);
    m_recheckTimer->setInterval(0);
    connect(m_recheckTimer, &QTimer::timeout, this, &ProblemsDock::startReview);
    connect(m_document, &DesignDocument::changed, this, &ProblemsDock::designChanged);
    connect(m_review, &QFutureWatcherBase::finished, this, &ProblemsDock::reviewFinished);
    // A review that outlasts a moment says so in the title instead of looking finished.
    m_slowReviewTimer->setSingleShot(true);
    m_slowReviewTimer->setInterval(300);
    connect(m_slowReviewTimer, &QTimer::timeout, this, &ProblemsDock::updateTitle);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(0, Qt::UserRole).toInt();
        if (i >= 0 && i < static_cast<int>(m_problems.size()))
            emit problemActivated(m_problems[static_cast<size_t>(i)]);
    });
    retranslate();
}

void ProblemsDock::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Problem"), tr("Where")});
    m_list->setAccessibleName(tr("Problems"));
    m_emptyNote->setText(tr("No problems: every check of the design passes."));
    m_list->setToolTip(tr("Double-click or press Enter on a problem to go to its cause"));
    recheck();
}

void ProblemsDock::setChecker(DesignChecker checker)
{
    m_checker = std::move(checker);
    recheck();
}

void ProblemsDock::setAuditProblems(std::vector<Problem> problems)
{
    m_auditProblems = std::move(problems);
    recheck();
}

void ProblemsDock::designChanged()
{
    m_auditProblems.clear();
    ++m_version;
    m_recheckTimer->start();
    if (!m_slowReviewTimer->isActive())
        m_slowReviewTimer->start();
}

void ProblemsDock::startReview()
{
    if (m_review->isRunning())
        return; // reviewFinished() starts the next one: one worker at a time, latest design
    m_reviewedVersion = m_version;
    m_review->setFuture(
        QtConcurrent::run([checker = m_checker, design = m_document->design()]() { return checker(design); }));
}

void ProblemsDock::reviewFinished()
{
    if (isCurrent())
        return; // recheck() already showed this version
    if (m_reviewedVersion == m_version)
        showReview(m_review->result());
    else
        startReview(); // edited meanwhile: this result describes no design the operator has
}

void ProblemsDock::recheck()
{
    ++m_version;
    m_recheckTimer->stop();
    showReview(m_checker(m_document->design()));
}

void ProblemsDock::setUnappliedInput(std::vector<Problem> problems)
{
    m_unapplied = std::move(problems);
    if (isCurrent())
        showRows(); // otherwise the coming review shows them
}

void ProblemsDock::showReview(std::vector<Problem> problems)
{
    m_shownVersion = m_version;
    m_slowReviewTimer->stop();
    m_reviewed = std::move(problems);
    showRows();
}

void ProblemsDock::showRows()
{
    m_problems = m_unapplied;
    m_problems.insert(m_problems.end(), m_reviewed.begin(), m_reviewed.end());
    m_problems.insert(m_problems.end(), m_auditProblems.begin(), m_auditProblems.end());
    sortBySeverity(m_problems);
    m_list->clear();
    for (size_t i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems[i];
        auto *item = new QTreeWidgetItem(m_list, {severityTitle(p.severity), QString::fromStdString(p.message),
                                                  problemPlace(p, m_document->design())});
        item->setIcon(0, severityIcon(style(), p.severity));
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        item->setToolTip(1, plainTextToolTip(QString::fromStdString(p.message)));
        item->setToolTip(2, plainTextToolTip(QString::fromStdString(p.pointer)));
    }
    m_pages->setCurrentWidget(m_problems.empty() ? static_cast<QWidget *>(m_emptyNote) : m_list);
    updateTitle();
    emit reviewed();
}

void ProblemsDock::updateTitle()
{
    if (!isCurrent() && !m_slowReviewTimer->isActive()) {
        setWindowTitle(tr("Problems (checking…)"));
        return;
    }
    const auto count = [this](Severity s) {
        return std::count_if(m_problems.begin(), m_problems.end(), [s](const Problem &p) { return p.severity == s; });
    };
    const auto errors = count(Severity::Error);
    const auto warnings = count(Severity::Warning);
    QStringList counts;
    if (errors > 0)
        counts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings > 0)
        counts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    if (counts.isEmpty() && !m_problems.empty())
        counts << tr("%1 notes").arg(m_problems.size());
    setWindowTitle(counts.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(counts.join(tr(", "))));
    setWindowIcon(m_problems.empty() ? QIcon()
                                     : severityIcon(style(), errors > 0 ? Severity::Error : Severity::Warning));
}

} // namespace callstudio
