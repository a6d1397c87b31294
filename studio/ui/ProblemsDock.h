// The "Problems" dock: every check of the design, live as it is edited, with severity.
// Activating a problem asks the window to show its culprit.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <QDockWidget>

#include <functional>
#include <vector>

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
    const std::vector<Problem> &problems() const { return m_problems; }
    // Re-runs the checks now instead of after the current burst of edits.
    void recheck();
    void retranslate();
    // Where a problem's culprit is, as a person names it ("Idle › Call button", "Theme").
    QString location(const Problem &problem) const;

signals:
    void problemActivated(const callstudio::Problem &problem);

private:
    void updateTitle();

    DesignDocument *m_document;
    QTreeWidget *m_list;
    QTimer *m_recheckTimer;
    DesignChecker m_checker;
    std::vector<Problem> m_problems;
};

} // namespace callstudio
