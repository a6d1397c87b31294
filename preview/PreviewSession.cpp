#include "PreviewSession.h"

#include "ContactedHosts.h"
#include "OpaqueOriginAdvice.h"

#include "PreviewPage.h"
#include "PreviewPatch.h"
#include "PreviewProtocol.h"
#include "PreviewSchemes.h"
#include "contract/RuntimeContract.h"
#include "io/DesignJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

#include <algorithm>
#include <csignal>

namespace callstudio {

namespace {

// A page that crashes this often without custom code is not reloaded once more by itself.
constexpr qint64 kCrashWindowMs = 60 * 1000;
constexpr int kCrashesBeforeGivingUp = 3;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString readQtResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ConsoleArea areaFromName(const QString &name)
{
    if (name == QLatin1String("head"))
        return ConsoleArea::Head;
    if (name == QLatin1String("body_end"))
        return ConsoleArea::BodyEnd;
    if (name == QLatin1String("shim"))
        return ConsoleArea::Shim;
    if (name == QLatin1String("runtime"))
        return ConsoleArea::Runtime;
    if (name == QLatin1String("external"))
        return ConsoleArea::External;
    return ConsoleArea::Unknown;
}

} // namespace

void PreviewBridge::fromPage(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isObject())
        emit message(doc.object());
}

PreviewSession::PreviewSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<callstudio::PreviewEvent>();
    qRegisterMetaType<callstudio::ConsoleMessage>();

    // An off-the-record profile per session: nothing the preview does is stored, and
    // permissions and cookies never leak between sessions.
    m_profile = new QWebEngineProfile(this);
    m_schemeHandler =
        new PreviewSchemeHandler([this] { return hostConfigJson(); }, [this] { return widgetBootJson(); }, this);
    m_profile->installUrlSchemeHandler(kPreviewScheme, m_schemeHandler);
    m_contactedHosts = new ContactedHosts(this);
    m_profile->setUrlRequestInterceptor(m_contactedHosts);

    m_page = new PreviewPage(m_profile, this);
    m_page->setShimLineCount(sandboxPrefix().lines);
    m_bridge = new PreviewBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("previewBridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    QWebEngineScript bridgeScript;
    bridgeScript.setName(QStringLiteral("callstudio-bridge"));
    bridgeScript.setSourceCode(readQtResource(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + QLatin1Char('\n')
                               + QString::fromUtf8(PreviewSchemeHandler::resourceText(QStringLiteral("bridge.js")))
                               + QLatin1String("\n//# sourceURL=") + QLatin1String(kBridgeSourceUrl));
    bridgeScript.setInjectionPoint(QWebEngineScript::DocumentCreation);
    bridgeScript.setWorldId(QWebEngineScript::ApplicationWorld);
    bridgeScript.setRunsOnSubFrames(false);
    m_page->scripts().insert(bridgeScript);

    m_micGate = new MicPermissionGate(new FeaturePermissionAdapter(m_page), this);
    // The scenario's and simulator's taps are scripted clicks; the loopback must still play.
    m_page->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);

    connect(m_bridge, &PreviewBridge::message, this, &PreviewSession::onBridgeMessage);
    connect(m_page, &PreviewPage::engineConsoleMessage, this, &PreviewSession::consoleMessage);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRendererTerminated(int(status), exitCode);
            });

    m_customCodeDebounce.setSingleShot(true);
    m_customCodeDebounce.setInterval(300);
    connect(&m_customCodeDebounce, &QTimer::timeout, this, [this] {
        const QJsonObject json = designJson();
        sendCommand({{QStringLiteral("type"), QStringLiteral("custom_code")},
                     {QStringLiteral("customCode"), json.value(QStringLiteral("customCode"))},
                     {QStringLiteral("enabled"), m_customCodeEnabled}});
    });

    m_autoAnswerTimer.setSingleShot(true);
    connect(&m_autoAnswerTimer, &QTimer::timeout, this, &PreviewSession::answerCall);

    m_heartbeat.setInterval(1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PreviewSession::onHeartbeat);
}

PreviewSession::~PreviewSession()
{
    // The page must go before its profile.
    delete m_page;
    m_page = nullptr;
}

QWebEnginePage *PreviewSession::page() const
{
    return m_page;
}

QJsonObject PreviewSession::designJson() const
{
    return toQtJson(designToJson(m_design));
}

QByteArray PreviewSession::hostConfigJson() const
{
    const QJsonObject config{
        {QStringLiteral("widgetUrl"),
         QStringLiteral("%1/widget.html?load=%2").arg(QLatin1String(kWidgetOrigin)).arg(m_loadCount)},
        {QStringLiteral("width"), m_design.theme.width},
        {QStringLiteral("offsetX"), m_design.theme.offsetX},
        {QStringLiteral("offsetY"), m_design.theme.offsetY},
        {QStringLiteral("position"), QString::fromLatin1(launcherPositionName(m_design.theme.position))},
        {QStringLiteral("dark"), m_hostDark},
        {QStringLiteral("mobile"), m_hostMobile}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

QJsonObject PreviewSession::contractJson() const
{
    const QDateTime from = m_clock.value_or(QDateTime::currentDateTimeUtc());
    return toQtJson(runtimeContract(m_design, from, kPreviewHoursHorizonDays));
}

QByteArray PreviewSession::widgetBootJson() const
{
    const SandboxPrefix &prefix = sandboxPrefix();
    QJsonObject boot{{QStringLiteral("design"), designJson()},
                     {QStringLiteral("locale"), m_locale},
                     {QStringLiteral("customCodeEnabled"), m_customCodeEnabled},
                     {QStringLiteral("contract"), contractJson()},
                     {QStringLiteral("protocol"), PreviewProtocol::instance().table()},
                     {QStringLiteral("sandbox"), QJsonObject{{QStringLiteral("prefix"), prefix.text},
                                                             {QStringLiteral("prefixLines"), prefix.lines}}},
                     {QStringLiteral("parentOrigin"), QLatin1String(kHostOrigin)},
                     {QStringLiteral("micLoopback"), m_micLoopback}};
    if (m_forcedState)
        boot.insert(QStringLiteral("forcedState"), QString::fromLatin1(stateName(*m_forcedState)));
    if (m_clock)
        boot.insert(QStringLiteral("now"), m_clock->toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(boot).toJson(QJsonDocument::Compact);
}

void PreviewSession::load()
{
    m_ready = false;
    m_widgetState.clear();
    m_queuedCommands.clear();
    m_awaitingPong = false;
    m_autoAnswerTimer.stop();
    m_customCodeDebounce.stop();
    ++m_loadCount;
    m_page->load(QUrl(QStringLiteral("%1/index.html?load=%2").arg(QLatin1String(kHostOrigin)).arg(m_loadCount)));
    // A visitor's page is visible; a headless or not-yet-shown preview would otherwise be
    // "hidden" to the custom code (a view that shows the page takes this over).
    m_page->setVisible(true);
    m_heartbeat.start();
}

void PreviewSession::setDesign(const WidgetDesign &design)
{
    m_design = design;
    const QString current = m_locale;
    if (current.isEmpty()
        || std::find(design.locales.begin(), design.locales.end(), current.toStdString()) == design.locales.end())
        m_locale = fromStd(design.defaultLocale);
    load();
}

void PreviewSession::applyChange(PreviewChange kind, const WidgetDesign &design, const QString &blockId, bool frameAck)
{
    // The caller says what changed; the session keeps the design only to boot a reload.
    if (!m_ready || kind == PreviewChange::Other) {
        setDesign(design);
        return;
    }
    if (kind == PreviewChange::Placement || kind == PreviewChange::CustomCode) {
        m_design = design;
        if (kind == PreviewChange::Placement)
            load();
        else
            m_customCodeDebounce.start();
        return;
    }
    // What is patched (texts, layout, theme, locale) leaves the contract as booted:
    // business-hours edits reload.
    QJsonObject patch = patchCommand(kind, design, blockId, m_design);
    if (patch.contains(QStringLiteral("design")))
        patch.insert(QStringLiteral("locale"), m_locale);
    if (frameAck)
        patch.insert(QStringLiteral("frameAck"), true);
    sendCommand(patch);
}

void PreviewSession::setLocale(const QString &locale)
{
    m_locale = locale;
    sendCommand({{QStringLiteral("type"), QStringLiteral("locale")}, {QStringLiteral("locale"), locale}});
}

void PreviewSession::forceState(WidgetState state)
{
    m_forcedState = state;
    sendCommand({{QStringLiteral("type"), QStringLiteral("force_state")},
                 {QStringLiteral("state"), QString::fromLatin1(stateName(state))}});
}

void PreviewSession::reload()
{
    m_customCodeEnabled = true;
    load();
}

void PreviewSession::reloadWithoutCustomCode()
{
    m_customCodeEnabled = false;
    load();
}

void PreviewSession::reloadLive()
{
    m_forcedState.reset();
    reload();
}

void PreviewSession::setHostLook(bool dark, bool mobile)
{
    m_hostDark = dark;
    m_hostMobile = mobile;
    runInBridge(QStringLiteral("window.__callstudioBridge && window.__callstudioBridge.setHostLook(%1, %2)")
                    .arg(dark ? QLatin1String("true") : QLatin1String("false"),
                         mobile ? QLatin1String("true") : QLatin1String("false")));
}

void PreviewSession::tapCall()
{
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("visitor")}, {QStringLiteral("action"), QStringLiteral("tap_call")}});
}

void PreviewSession::visitorHangUp()
{
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("visitor")}, {QStringLiteral("action"), QStringLiteral("hang_up")}});
}

void PreviewSession::toggleMute()
{
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("visitor")}, {QStringLiteral("action"), QStringLiteral("mute")}});
}

void PreviewSession::fillForm(const QJsonObject &values)
{
    sendCommand({{QStringLiteral("type"), QStringLiteral("visitor")},
                 {QStringLiteral("action"), QStringLiteral("fill_form")},
                 {QStringLiteral("values"), values}});
}

void PreviewSession::submitSurvey(int rating, const QString &comment)
{
    QJsonObject command{{QStringLiteral("type"), QStringLiteral("visitor")},
                        {QStringLiteral("action"), QStringLiteral("submit_survey")},
                        {QStringLiteral("rating"), rating}};
    if (!comment.isEmpty())
        command.insert(QStringLiteral("comment"), comment);
    sendCommand(command);
}

void PreviewSession::leavePage()
{
    // As when a visitor closes the tab: the page is hidden first, then the runtime unloads
    // the custom code (pagehide, unload) once it sees itself hidden.
    m_page->setVisible(false);
    sendCommand({{QStringLiteral("type"), QStringLiteral("leave")}});
}

void PreviewSession::acceptCall()
{
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("agent")}, {QStringLiteral("action"), QStringLiteral("accept")}});
}

void PreviewSession::answerCall()
{
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("agent")}, {QStringLiteral("action"), QStringLiteral("answer")}});
}

void PreviewSession::agentHangUp()
{
    m_autoAnswerTimer.stop();
    sendCommand(
        {{QStringLiteral("type"), QStringLiteral("agent")}, {QStringLiteral("action"), QStringLiteral("hangup")}});
}

void PreviewSession::failCall(CallErrorCode code)
{
    m_autoAnswerTimer.stop();
    sendCommand({{QStringLiteral("type"), QStringLiteral("agent")},
                 {QStringLiteral("action"), QStringLiteral("fail")},
                 {QStringLiteral("code"), QString::fromLatin1(callErrorCodeName(code))}});
}

void PreviewSession::setAutoAnswer(bool enabled, int delayMilliseconds)
{
    m_autoAnswer = enabled;
    m_autoAnswerDelay = qMax(0, delayMilliseconds);
    if (!enabled)
        m_autoAnswerTimer.stop();
}

void PreviewSession::setMicLoopback(bool enabled)
{
    m_micLoopback = enabled;
    sendCommand({{QStringLiteral("type"), QStringLiteral("loopback")}, {QStringLiteral("enabled"), enabled}});
}

void PreviewSession::injectEvent(const QString &name, const QJsonObject &data)
{
    sendCommand({{QStringLiteral("type"), QStringLiteral("inject")},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("data"), data}});
}

void PreviewSession::sendCommand(const QJsonObject &command)
{
    const QString problem = PreviewProtocol::instance().problem(
        ProtocolDirection::HostToRuntime, command.value(QStringLiteral("type")).toString(), command);
    if (!problem.isEmpty()) {
        emit messageDropped(QStringLiteral("studio"), problem);
        return;
    }
    if (!m_ready) {
        m_queuedCommands.append(command);
        return;
    }
    const QString json = QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact));
    runInBridge(QStringLiteral("window.__callstudioBridge && window.__callstudioBridge.toWidget(%1)").arg(json));
}

void PreviewSession::runInBridge(const QString &script)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

const QHash<QString, PreviewSession::MessageHandler> &PreviewSession::messageHandlers()
{
    // One handler per runtime -> host message of protocol.json for the designer
    // (test_preview_protocol compares the two).
    static const QHash<QString, MessageHandler> handlers{
        {QStringLiteral("ready"), &PreviewSession::onReady},
        {QStringLiteral("state"), &PreviewSession::onState},
        {QStringLiteral("event"), &PreviewSession::onEvent},
        {QStringLiteral("console"), &PreviewSession::onConsole},
        {QStringLiteral("dropped"), &PreviewSession::onDropped},
        {QStringLiteral("sandbox_ready"), [](PreviewSession *s, const QJsonObject &) { emit s->sandboxReady(); }},
        {QStringLiteral("mic_requested"), [](PreviewSession *s, const QJsonObject &) { emit s->micRequested(); }},
        {QStringLiteral("call_requested"), &PreviewSession::onCallRequested},
        {QStringLiteral("mic_unavailable"),
         [](PreviewSession *s, const QJsonObject &m) {
             emit s->micUnavailable(m.value(QStringLiteral("detail")).toString());
         }},
        {QStringLiteral("form_invalid"), &PreviewSession::onFormInvalid},
        {QStringLiteral("audit_result"), [](PreviewSession *s, const QJsonObject &m) { emit s->probeResult(m); }},
        {QStringLiteral("ack"), &PreviewSession::onAck},
        {QStringLiteral("pong"), &PreviewSession::onPong},
        {QStringLiteral("probe"), [](PreviewSession *s, const QJsonObject &m) { emit s->probeResult(m); }},
        {QStringLiteral("bench_result"), [](PreviewSession *s, const QJsonObject &m) { emit s->probeResult(m); }},
        {QStringLiteral("size"), [](PreviewSession *, const QJsonObject &) {}}, // host.js sizes the frame
    };
    return handlers;
}

QStringList PreviewSession::handledMessageTypes()
{
    return messageHandlers().keys();
}

void PreviewSession::onBridgeMessage(const QJsonObject &message)
{
    const QString kind = message.value(QStringLiteral("kind")).toString();
    const QString problem = PreviewProtocol::instance().problem(ProtocolDirection::RuntimeToHost, kind, message);
    const auto handler = messageHandlers().constFind(kind);
    if (!problem.isEmpty() || handler == messageHandlers().cend()) {
        emit messageDropped(QStringLiteral("widget"),
                            problem.isEmpty() ? QStringLiteral("no handler in Call Studio for \"%1\"").arg(kind)
                                              : problem);
        return;
    }
    (*handler)(this, message);
}

void PreviewSession::onReady(const QJsonObject &message)
{
    m_ready = true;
    onState(message); // the state the page starts in is a state change like any other
    const QList<QJsonObject> queued = std::exchange(m_queuedCommands, {});
    for (const QJsonObject &command : queued)
        sendCommand(command);
    emit ready();
}

void PreviewSession::onState(const QJsonObject &message)
{
    const QString state = message.value(QStringLiteral("state")).toString();
    if (state != m_widgetState) {
        m_widgetState = state;
        emit widgetStateChanged(state);
    }
}

void PreviewSession::onEvent(const QJsonObject &message)
{
    PreviewEvent event;
    const QString place = message.value(QStringLiteral("place")).toString();
    event.place = place == QLatin1String("sandbox")        ? EventPlace::Sandbox
                  : place == QLatin1String("integrations") ? EventPlace::Integrations
                                                           : EventPlace::ParentPage;
    event.envelope = message.value(QStringLiteral("envelope")).toObject();
    event.injected = message.value(QStringLiteral("injected")).toBool();
    event.receivedAt = QDateTime::currentDateTimeUtc();
    emit eventObserved(event);
}

void PreviewSession::onConsole(const QJsonObject &message)
{
    ConsoleMessage line;
    line.level = message.value(QStringLiteral("level")).toString();
    line.area = areaFromName(message.value(QStringLiteral("area")).toString());
    line.line = message.value(QStringLiteral("line")).toInt();
    line.text = message.value(QStringLiteral("text")).toString();
    line.uncaught = message.value(QStringLiteral("uncaught")).toBool();
    line.receivedAt = QDateTime::currentDateTimeUtc();
    line.url = message.value(QStringLiteral("url")).toString();
    line.column = message.value(QStringLiteral("column")).toInt();
    line.masked = message.value(QStringLiteral("errorKind")).toString() == QLatin1String("masked");
    if (line.masked)
        m_page->attributeMaskedError(line);
    addOpaqueOriginAdvice(line, m_design.customCode);
    emit consoleMessage(line);
}

void PreviewSession::onDropped(const QJsonObject &message)
{
    emit messageDropped(message.value(QStringLiteral("from")).toString(),
                        message.value(QStringLiteral("reason")).toString());
}

void PreviewSession::onCallRequested(const QJsonObject &)
{
    emit callRequested();
    if (m_autoAnswer) {
        acceptCall();
        m_autoAnswerTimer.start(m_autoAnswerDelay);
    }
}

void PreviewSession::onFormInvalid(const QJsonObject &message)
{
    const QString problem = message.value(QStringLiteral("problem")).toString();
    emit formInvalid(problem);
    // Said in the console too, so the operator sees why the tap placed no call.
    ConsoleMessage line;
    line.level = QStringLiteral("info");
    line.area = ConsoleArea::Runtime;
    line.text = problem == QLatin1String("email")
                    ? tr("The call was held: the pre-call form has an email address that is not valid.")
                    : tr("The call was held: a required field of the pre-call form is empty.");
    line.receivedAt = QDateTime::currentDateTimeUtc();
    emit consoleMessage(line);
}

void PreviewSession::onPong(const QJsonObject &message)
{
    if (message.value(QStringLiteral("id")).toInt() == m_pingId)
        m_awaitingPong = false;
}

void PreviewSession::onAck(const QJsonObject &message)
{
    emit commandAcknowledged(message.value(QStringLiteral("type")).toString(),
                             message.value(QStringLiteral("ok")).toBool());
}

void PreviewSession::onHeartbeat()
{
    if (!m_ready || m_recovering)
        return;
    if (m_awaitingPong) {
        if (m_sincePing.elapsed() > m_hangTimeout)
            recoverFromHang();
        return;
    }
    m_awaitingPong = true;
    m_sincePing.start();
    sendCommand({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("id"), ++m_pingId}});
}

void PreviewSession::recoverFromHang()
{
    m_recovering = true;
    m_customCodeEnabled = false;
    emit rendererProblem(tr("The preview stopped responding (custom code may be stuck in a loop). "
                            "It was stopped and reloaded with custom code disabled."));
    const qint64 pid = m_page->renderProcessPid();
    // A renderer stuck in a script never comes back by itself; ending it is the only way out.
    if (pid > 0)
        ::kill(pid_t(pid), SIGKILL);
    else
        load();
    m_recovering = pid > 0;
}

void PreviewSession::onRendererTerminated(int status, int exitCode)
{
    const bool afterHang = m_recovering;
    m_recovering = false;
    m_ready = false;
    if (afterHang) {
        // Reload from the event loop: the page is still tearing the old renderer down.
        QTimer::singleShot(0, this, &PreviewSession::load);
        return;
    }
    const bool hadCustomCode =
        m_customCodeEnabled && !(m_design.customCode.headHtml.empty() && m_design.customCode.bodyEndHtml.empty());
    if (hadCustomCode) {
        // Custom code is the likely cause (a worker eating memory, say): as after a hang,
        // the preview comes back without it instead of crashing again on every reload.
        m_customCodeEnabled = false;
        emit rendererProblem(tr("The preview's renderer stopped (status %1, exit code %2) while custom code ran. "
                                "It was reloaded with custom code disabled; Reload runs the custom code again.")
                                 .arg(status)
                                 .arg(exitCode));
        QTimer::singleShot(0, this, &PreviewSession::load);
        return;
    }
    if (!m_sinceStart.isValid())
        m_sinceStart.start();
    const qint64 now = m_sinceStart.elapsed();
    m_crashTimes.append(now);
    while (!m_crashTimes.isEmpty() && now - m_crashTimes.first() > kCrashWindowMs)
        m_crashTimes.removeFirst();
    if (m_crashTimes.size() >= kCrashesBeforeGivingUp) {
        m_heartbeat.stop();
        emit rendererProblem(tr("The preview's renderer stopped %1 times in a minute (status %2, exit code %3); "
                                "it was not reloaded again. Reload tries once more.")
                                 .arg(m_crashTimes.size())
                                 .arg(status)
                                 .arg(exitCode));
        m_crashTimes.clear();
        return;
    }
    emit rendererProblem(tr("The preview's renderer stopped (status %1, exit code %2); the preview was reloaded.")
                             .arg(status)
                             .arg(exitCode));
    QTimer::singleShot(0, this, &PreviewSession::load);
}

} // namespace callstudio
