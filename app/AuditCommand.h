// `callstudio audit`: the widget of a design in every state and locale, checked by axe-core
// (preview/WidgetAudit); prints the violations per state and locale, as text or JSON.
#pragma once

#include <QString>

class QTextStream;

namespace callstudio {

// The exit codes of `audit`, as the README documents them.
enum AuditExit {
    AuditClean = 0,      // no violation in any state or locale
    AuditViolations = 1, // at least one violation
    AuditFailed = 2,     // design unreadable or invalid, no axe-core in this build, or the run failed
};

// Needs a QApplication (see prepareHeadlessPreview); runs its own event loop.
int runAuditCommand(const QString &designPath, bool asJson, QTextStream &out, QTextStream &err);

} // namespace callstudio
