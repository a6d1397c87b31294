// The accessibility audit: the widget in every state and every locale of a design, checked
// by axe-core (npm, compiled in from node_modules when the build found it) in a preview of
// its own, so the operator's preview is not disturbed. axe and its harness (audit.js) reach
// only this preview's widget frame; nothing shipped to a website carries them.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QWebEngineScript>

#include <functional>
#include <memory>

class QWebEnginePage;

namespace callstudio {

class PreviewSession;

struct AuditNode
{
    QString target;  // axe's CSS selector of the element
    QString html;    // its opening markup, capped
    QString blockId; // the design block it belongs to, or empty
    QString summary; // what to fix, in axe's words, capped
};

struct AuditViolation
{
    QString state;
    QString locale;
    QString rule;    // axe's rule id, e.g. "color-contrast"
    QString impact;  // minor, moderate, serious, critical
    QString help;    // axe's one-line help text: the fix hint
    QString helpUrl; // axe's page about the rule
    QList<AuditNode> nodes;
};

struct AuditReport
{
    QList<AuditViolation> violations;
    int statesChecked = 0; // state × locale pairs
    QString failure;       // why the audit could not finish; empty when it did
};

// Whether this build carries axe-core (node_modules/axe-core was there when it was configured).
bool auditAvailable();
// axe-core followed by the harness, for the widget frame of a page (tests inject it too).
QWebEngineScript auditScript();

// The pointer of the block with `id` (a node's data-block-id), or "" when no block has it.
std::string blockPointer(const WidgetDesign &design, const QString &id);

// The report as Problems (warnings): one per rule, state, locale and block it concerns
// (pointing at the block when a node belongs to one), axe's help text as the fix hint,
// plain text and capped.
std::vector<Problem> auditProblems(const AuditReport &report, const WidgetDesign &design);

// Runs one audit; `finished` once, then the object may be deleted.
class WidgetAudit : public QObject
{
    Q_OBJECT
public:
    // Puts the audit's page on a screen and returns what to destroy before the page:
    // layout, and so contrast and target sizes, needs a page that is shown somewhere.
    using ShowPage = std::function<std::unique_ptr<QObject>(QWebEnginePage *)>;

    explicit WidgetAudit(ShowPage showPage, QObject *parent = nullptr);
    ~WidgetAudit() override;

    void start(const WidgetDesign &design, int timeoutSeconds = 120);

signals:
    void finished(const callstudio::AuditReport &report);

private:
    void nextPair();
    void onAck(const QString &type, bool ok);
    void onResult(const QJsonObject &result);
    void finish(const QString &failure = {});

    ShowPage m_showPage;
    std::unique_ptr<PreviewSession> m_session;
    std::unique_ptr<QObject> m_view;
    QStringList m_locales;
    int m_pair = -1; // index into locales × states
    int m_auditId = 0;
    QString m_awaiting; // command type whose acknowledgement comes next, or "audit"
    AuditReport m_report;
    QTimer m_deadline;
    bool m_done = false;
};

// A whole audit with its own event loop (the command line); needs a QApplication.
AuditReport runWidgetAudit(const WidgetDesign &design, const WidgetAudit::ShowPage &showPage, int timeoutSeconds = 120);

} // namespace callstudio

Q_DECLARE_METATYPE(callstudio::AuditReport)
