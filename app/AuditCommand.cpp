#include "AuditCommand.h"

#include "SimulateCommand.h"
#include "WidgetAudit.h"
#include "checks/ProblemPlace.h"
#include "checks/ProblemText.h"
#include "io/DesignFile.h"

#include <QTextStream>

#include <nlohmann/json.hpp>

namespace callstudio {

namespace {

// axe's texts quote the design's own markup: printed terminal-safe and bounded.
constexpr size_t kMaxShown = 300;

std::string safe(const QString &text)
{
    return terminalSafe(text.toStdString(), kMaxShown);
}

void printText(const AuditReport &report, const WidgetDesign &design, QTextStream &out)
{
    QString shownPair;
    for (const AuditViolation &v : report.violations) {
        const QString pair = QStringLiteral("%1 (%2)").arg(v.state, v.locale);
        if (pair != shownPair) {
            out << QString::fromStdString(safe(pair)) << ":\n";
            shownPair = pair;
        }
        out << "  " << QString::fromStdString(safe(v.rule)) << " [" << QString::fromStdString(safe(v.impact)) << "] "
            << QString::fromStdString(safe(v.help)) << '\n';
        for (const AuditNode &node : v.nodes) {
            const Problem at{Severity::Warning, {}, {}, blockPointer(design, node.blockId)};
            const QString where = at.pointer.empty() ? QString() : problemPlace(at, design) + QStringLiteral(": ");
            out << "    " << QString::fromStdString(safe(where + node.html)) << '\n';
        }
    }
    out << report.violations.size() << " violations in " << report.statesChecked << " state and locale pairs checked\n";
}

nlohmann::ordered_json toJson(const QString &path, const AuditReport &report)
{
    nlohmann::ordered_json violations = nlohmann::ordered_json::array();
    for (const AuditViolation &v : report.violations) {
        nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
        for (const AuditNode &node : v.nodes)
            nodes.push_back({{"target", safe(node.target)},
                             {"html", safe(node.html)},
                             {"blockId", safe(node.blockId)},
                             {"summary", safe(node.summary)}});
        violations.push_back({{"state", safe(v.state)},
                              {"locale", safe(v.locale)},
                              {"rule", safe(v.rule)},
                              {"impact", safe(v.impact)},
                              {"help", safe(v.help)},
                              {"helpUrl", safe(v.helpUrl)},
                              {"nodes", std::move(nodes)}});
    }
    return {{"file", safe(path)}, {"statesChecked", report.statesChecked}, {"violations", std::move(violations)}};
}

} // namespace

int runAuditCommand(const QString &designPath, bool asJson, QTextStream &out, QTextStream &err)
{
    const LoadResult loaded = loadDesignFromFile(designPath.toStdString());
    if (!loaded.ok()) {
        err << "audit: " << designPath << " is not a valid design\n";
        for (const Problem &problem : loaded.problems)
            err << "  " << QString::fromStdString(terminalSafe(problem.message, kMaxShown)) << '\n';
        return AuditFailed;
    }
    const AuditReport report = runWidgetAudit(*loaded.design, showPageInView);
    if (!report.failure.isEmpty()) {
        err << "audit: " << report.failure << '\n';
        return AuditFailed;
    }
    if (asJson)
        out << QString::fromStdString(toJson(designPath, report).dump(2)) << '\n';
    else
        printText(report, *loaded.design, out);
    out.flush();
    return report.violations.isEmpty() ? AuditClean : AuditViolations;
}

} // namespace callstudio
