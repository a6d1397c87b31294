#include "WidgetAudit.h"

#include "PreviewSchemes.h"
#include "PreviewSession.h"

#include "contract/DesignPointers.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QWebEnginePage>
#include <QWebEngineScriptCollection>

namespace callstudio {

namespace {

constexpr int kStateCount = int(kAllStates.size());
// A design with hundreds of locales is audited in its first ones: the run stays bounded.
constexpr int kMaxLocalesAudited = 20;
constexpr int kMaxViolationsKept = 500;
constexpr int kMaxHintChars = 200;

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

AuditViolation violationFrom(const QJsonObject &json, const QString &state, const QString &locale)
{
    AuditViolation v{state,
                     locale,
                     json.value(QStringLiteral("id")).toString(),
                     json.value(QStringLiteral("impact")).toString(),
                     json.value(QStringLiteral("help")).toString(),
                     json.value(QStringLiteral("helpUrl")).toString(),
                     {}};
    for (const QJsonValue &value : json.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        v.nodes.append({node.value(QStringLiteral("target")).toString(), node.value(QStringLiteral("html")).toString(),
                        node.value(QStringLiteral("blockId")).toString(),
                        node.value(QStringLiteral("summary")).toString()});
    }
    return v;
}

} // namespace

std::string blockPointer(const WidgetDesign &design, const QString &id)
{
    for (WidgetState state : kAllStates) {
        const auto &blocks = design.state(state).blocks;
        for (size_t i = 0; i < blocks.size(); ++i)
            if (!id.isEmpty() && QString::fromStdString(blocks[i].id) == id)
                return blockJsonPointer(state, i).to_string();
    }
    return {};
}

std::vector<Problem> auditProblems(const AuditReport &report, const WidgetDesign &design)
{
    std::vector<Problem> problems;
    for (const AuditViolation &v : report.violations) {
        // One row per block the rule fails on (elements outside any block share one).
        QStringList blocks;
        for (const AuditNode &node : v.nodes)
            if (!blocks.contains(node.blockId))
                blocks.append(node.blockId);
        for (const QString &block : blocks) {
            if (problems.size() >= kMaxProblemsPerFile)
                return problems;
            const QString message =
                QCoreApplication::translate("WidgetAudit", "Accessibility (%1, state %2, locale %3): %4")
                    .arg(v.rule, v.state, v.locale, v.help.left(kMaxHintChars));
            problems.push_back({Severity::Warning, "accessibility." + v.rule.toStdString(), message.toStdString(),
                                blockPointer(design, block)});
        }
    }
    return problems;
}

bool auditAvailable()
{
    return QFile::exists(QStringLiteral(":/callstudio/audit/axe.min.js"));
}

QWebEngineScript auditScript()
{
    // axe runs only in the widget frame; the harness checks the frame itself.
    const QString source =
        QStringLiteral("if (location.origin === '%1') {\n%2\n}\n%3")
            .arg(QLatin1String(kWidgetOrigin), readResource(QStringLiteral(":/callstudio/audit/axe.min.js")),
                 readResource(QStringLiteral(":/callstudio/audit/audit.js")));
    QWebEngineScript script;
    script.setName(QStringLiteral("callstudio-audit"));
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(true);
    return script;
}

WidgetAudit::WidgetAudit(ShowPage showPage, QObject *parent)
    : QObject(parent)
    , m_showPage(std::move(showPage))
{
    qRegisterMetaType<callstudio::AuditReport>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(tr("The accessibility audit did not finish in time.")); });
}

WidgetAudit::~WidgetAudit()
{
    // The view goes before the session's page.
    m_view.reset();
}

void WidgetAudit::start(const WidgetDesign &design, int timeoutSeconds)
{
    if (!auditAvailable()) {
        finish(tr("This build has no axe-core: run npm ci in the source tree, then build again."));
        return;
    }
    WidgetDesign audited = design;
    // Custom code runs in its own frame and draws nothing in the widget: audited without it.
    audited.customCode = {};
    for (const std::string &locale : design.locales)
        if (m_locales.size() < kMaxLocalesAudited)
            m_locales.append(QString::fromStdString(locale));
    m_session = std::make_unique<PreviewSession>();
    m_session->page()->scripts().insert(auditScript());
    connect(m_session.get(), &PreviewSession::ready, this, [this] {
        if (m_pair < 0)
            nextPair();
    });
    connect(m_session.get(), &PreviewSession::commandAcknowledged, this, &WidgetAudit::onAck);
    connect(m_session.get(), &PreviewSession::probeResult, this, &WidgetAudit::onResult);
    connect(m_session.get(), &PreviewSession::rendererProblem, this, [this](const QString &m) { finish(m); });
    if (m_showPage)
        m_view = m_showPage(m_session->page());
    m_deadline.start(timeoutSeconds * 1000);
    m_session->setDesign(audited);
}

void WidgetAudit::nextPair()
{
    if (m_done)
        return;
    ++m_pair;
    const int total = int(m_locales.size()) * kStateCount;
    if (m_pair >= total) {
        finish();
        return;
    }
    m_awaiting = QStringLiteral("locale");
    m_session->setLocale(m_locales.at(m_pair / kStateCount));
}

void WidgetAudit::onAck(const QString &type, bool ok)
{
    if (m_done || type != m_awaiting)
        return;
    if (!ok) {
        finish(tr("The widget refused the audit's \"%1\" command.").arg(type));
        return;
    }
    if (type == QLatin1String("locale")) {
        m_awaiting = QStringLiteral("force_state");
        m_session->forceState(kAllStates.at(m_pair % kStateCount));
        return;
    }
    m_awaiting = QStringLiteral("audit");
    m_session->sendCommand({{QStringLiteral("type"), QStringLiteral("audit")},
                            {QStringLiteral("id"), ++m_auditId},
                            {QStringLiteral("axe"), true}});
}

void WidgetAudit::onResult(const QJsonObject &result)
{
    if (m_done || m_awaiting != QLatin1String("audit")
        || result.value(QStringLiteral("kind")) != QLatin1String("audit_result")
        || result.value(QStringLiteral("id")).toInt() != m_auditId)
        return;
    if (result.contains(QStringLiteral("error"))) {
        finish(tr("axe-core could not run: %1").arg(result.value(QStringLiteral("error")).toString()));
        return;
    }
    const QString state = QString::fromLatin1(stateName(kAllStates.at(m_pair % kStateCount)));
    const QString locale = m_locales.at(m_pair / kStateCount);
    for (const QJsonValue &value : result.value(QStringLiteral("violations")).toArray())
        if (m_report.violations.size() < kMaxViolationsKept)
            m_report.violations.append(violationFrom(value.toObject(), state, locale));
    ++m_report.statesChecked;
    m_awaiting.clear();
    nextPair();
}

void WidgetAudit::finish(const QString &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_report.failure = failure;
    // Delivered from the event loop: a receiver may delete this object.
    QTimer::singleShot(0, this, [this] { emit finished(m_report); });
}

AuditReport runWidgetAudit(const WidgetDesign &design, const WidgetAudit::ShowPage &showPage, int timeoutSeconds)
{
    QEventLoop loop;
    AuditReport report;
    WidgetAudit audit(showPage);
    QObject::connect(&audit, &WidgetAudit::finished, &loop, [&](const AuditReport &r) {
        report = r;
        loop.quit();
    });
    audit.start(design, timeoutSeconds);
    loop.exec();
    return report;
}

} // namespace callstudio
