// The "Problems" dock: every check of the design, live as it is edited, with severity.
// Activating a problem asks the window to show its culprit. The review runs on a worker
// thread on a copy of the design; a result is shown only if no edit came after it, so the
// rows are always the review of one version of the design, never a mix.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>
#include <vector>

class QLabel;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace callstudio {

class DesignDocument;

class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    using DesignChecker = std::function<std::vector<Problem>(const WidgetDesign &)>;

    explicit ProblemsDock(DesignDocument *document, QWidget *parent = nullptr);

    // What the list shows: checkDesign until another checker is set (the window sets
    // the full review with custom-code lint and privacy checks).
    void setChecker(DesignChecker checker);
    const DesignChecker &checker() const { return m_checker; }

    QTreeWidget *list() const { return m_list; }
    // Shown instead of the list when the review finds nothing.
    QLabel *emptyNote() const { return m_emptyNote; }
    const std::vector<Problem> &problems() const { return m_problems; }
    // Problems that are not in the design but in the editors (values refused where typed):
    // listed with the review until they go.
    void setUnappliedInput(std::vector<Problem> problems);
    // Findings of a check run elsewhere (the accessibility audit) on the design as it is
    // now: listed with the review until the next edit, which they no longer describe.
    void setAuditProblems(std::vector<Problem> problems);
    const std::vector<Problem> &auditProblems() const { return m_auditProblems; }
    // Re-runs the checks now, on this thread, instead of after the current burst of edits.
    void recheck();
    // True when the rows show the review of the document's current design.
    bool isCurrent() const { return m_shownVersion == m_version; }
    void retranslate();

signals:
    void problemActivated(const callstudio::Problem &problem);
    // The rows now show the review of the current design, errors first.
    void reviewed();

private:
    void designChanged();
    void startReview();
    void reviewFinished();
    void showReview(std::vector<Problem> problems);
    void showRows();
    void updateTitle();

    DesignDocument *m_document;
    QStackedWidget *m_pages;
    QTreeWidget *m_list;
    QLabel *m_emptyNote;
    QTimer *m_recheckTimer;
    QTimer *m_slowReviewTimer;
    QFutureWatcher<std::vector<Problem>> *m_review;
    DesignChecker m_checker;
    std::vector<Problem> m_problems; // what the rows show: review, audit and unapplied input
    std::vector<Problem> m_reviewed;
    std::vector<Problem> m_unapplied;
    std::vector<Problem> m_auditProblems;
    // Versions of the design: the latest edit's, the one under review and the one shown.
    quint64 m_version = 0;
    quint64 m_reviewedVersion = 0;
    quint64 m_shownVersion = 0;
};

} // namespace callstudio
