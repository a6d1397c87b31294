#include "PreviewSimulation.h"

#include "ContactedHosts.h"
#include "PreviewSchemes.h"
#include "PreviewSession.h"
#include "contract/OpeningHours.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

#include <unistd.h>

namespace callstudio {

namespace {

const QStringList kCommandSteps{
    QStringLiteral("tap_call"),    QStringLiteral("allow_mic"),     QStringLiteral("block_mic"),
    QStringLiteral("accept"),      QStringLiteral("answer"),        QStringLiteral("agent_hangup"),
    QStringLiteral("hang_up"),     QStringLiteral("mute"),          QStringLiteral("fail"),
    QStringLiteral("fill_form"),   QStringLiteral("submit_survey"), QStringLiteral("inject"),
    QStringLiteral("force_state"), QStringLiteral("set_locale"),    QStringLiteral("leave")};

// A key press gets this long to take effect (focus moved, a click handled) before the next step.
constexpr int kKeySettleMs = 150;
// What a {"text": …} step types, key by key: a form entry, not a document.
constexpr int kMaxTypedChars = 200;

const ScenarioKey *keyNamed(const QString &name)
{
    for (const ScenarioKey &key : scenarioKeys())
        if (key.name == name)
            return &key;
    return nullptr;
}

// The network counts as idle once no request has left for this long.
constexpr qint64 kNetworkQuietMs = 500;
// How long the visitor stays on the page after the last step before leaving.
constexpr int kLastStepDwellMs = 500;

// The widget command each step sends, whose acknowledgement ends the step.
QString commandTypeOf(const QString &action)
{
    if (action == QLatin1String("accept") || action == QLatin1String("answer")
        || action == QLatin1String("agent_hangup") || action == QLatin1String("fail"))
        return QStringLiteral("agent");
    if (action == QLatin1String("inject"))
        return QStringLiteral("inject");
    if (action == QLatin1String("force_state"))
        return QStringLiteral("force_state");
    if (action == QLatin1String("set_locale"))
        return QStringLiteral("locale");
    if (action == QLatin1String("leave"))
        return QStringLiteral("leave");
    return QStringLiteral("visitor");
}

QString checkStep(const QJsonObject &step)
{
    if (step.contains(QStringLiteral("wait"))) {
        if (!step.value(QStringLiteral("wait")).isDouble() || step.value(QStringLiteral("wait")).toDouble() < 0)
            return QStringLiteral("\"wait\" needs a number of milliseconds");
        return {};
    }
    if (step.contains(QStringLiteral("key")))
        return keyNamed(step.value(QStringLiteral("key")).toString()) ? QString()
                                                                      : QStringLiteral("\"key\" needs a key name");
    if (step.contains(QStringLiteral("text"))) {
        const QJsonValue text = step.value(QStringLiteral("text"));
        return text.isString() && text.toString().size() <= kMaxTypedChars
                   ? QString()
                   : QStringLiteral("\"text\" needs a string of at most %1 characters").arg(kMaxTypedChars);
    }
    if (step.contains(QStringLiteral("wait_for")))
        return step.value(QStringLiteral("wait_for")).isString() ? QString()
                                                                 : QStringLiteral("\"wait_for\" needs an event name");
    if (step.contains(QStringLiteral("wait_for_state"))) {
        const auto state = stateFromName(step.value(QStringLiteral("wait_for_state")).toString().toStdString());
        return state ? QString() : QStringLiteral("\"wait_for_state\" needs a state name");
    }
    const QString action = step.value(QStringLiteral("do")).toString();
    if (!kCommandSteps.contains(action))
        return QStringLiteral("unknown step \"%1\"").arg(action);
    if (action == QLatin1String("fail")
        && !callErrorCodeFromName(step.value(QStringLiteral("code")).toString().toStdString()))
        return QStringLiteral("\"fail\" needs a call_error code");
    if (action == QLatin1String("submit_survey") && !step.value(QStringLiteral("rating")).isDouble())
        return QStringLiteral("\"submit_survey\" needs a numeric \"rating\"");
    if (action == QLatin1String("inject") && !step.value(QStringLiteral("event")).isString())
        return QStringLiteral("\"%1\" needs an \"event\" name").arg(action);
    if (action == QLatin1String("force_state")
        && !stateFromName(step.value(QStringLiteral("state")).toString().toStdString()))
        return QStringLiteral("\"force_state\" needs a state name");
    if (action == QLatin1String("set_locale") && !step.value(QStringLiteral("locale")).isString())
        return QStringLiteral("\"set_locale\" needs a locale");
    return {};
}

bool hasBlock(const WidgetDesign &design, WidgetState state, BlockKind kind)
{
    for (const Block &block : design.state(state).blocks)
        if (block.kind == kind)
            return true;
    return false;
}

// Plays a scenario step by step: each step waits until the widget can take it, then
// waits for the widget's acknowledgement before the next one.
class ScenarioRunner : public QObject
{
public:
    using PressKey = std::function<bool(const ScenarioKey &key)>;

    ScenarioRunner(PreviewSession &session, const Scenario &scenario, const SimulationReport &report, QEventLoop &loop,
                   int drainTimeoutMs, PressKey pressKey)
        : m_session(session)
        , m_scenario(scenario)
        , m_report(report)
        , m_loop(loop)
        , m_drainTimeoutMs(drainTimeoutMs)
        , m_pressKey(std::move(pressKey))
    {
        connect(session.contactedHosts(), &ContactedHosts::requestSeen, this, [this](const PreviewRequest &request) {
            write(request.toJson());
            m_sinceRequest.start();
        });
        connect(&session, &PreviewSession::eventObserved, this, [this](const PreviewEvent &event) {
            write(event.toJson());
            if (event.place == EventPlace::ParentPage)
                m_seenEvents.append(event.name());
        });
        connect(&session, &PreviewSession::consoleMessage, this, [this](const ConsoleMessage &message) {
            write(message.toJson());
            if (message.isCustomCodeError())
                m_customCodeThrew = true;
        });
        connect(&session, &PreviewSession::messageDropped, this, [this](const QString &from, const QString &reason) {
            write({{QStringLiteral("type"), QStringLiteral("dropped")},
                   {QStringLiteral("from"), from},
                   {QStringLiteral("reason"), reason}});
        });
        connect(&session, &PreviewSession::widgetStateChanged, this, [this](const QString &state) {
            write({{QStringLiteral("type"), QStringLiteral("state")}, {QStringLiteral("state"), state}});
        });
        connect(&session, &PreviewSession::rendererProblem, this, [this](const QString &message) {
            write({{QStringLiteral("type"), QStringLiteral("renderer")}, {QStringLiteral("message"), message}});
            finish(SimulationOutcome::Incomplete, message);
        });
        connect(&session, &PreviewSession::commandAcknowledged, this, [this](const QString &type, bool ok) {
            if (m_expectedAck.isEmpty() || type != m_expectedAck)
                return;
            m_expectedAck.clear();
            if (!ok) {
                finish(SimulationOutcome::Incomplete, QStringLiteral("step %1 could not be applied in state \"%2\"")
                                                          .arg(m_index)
                                                          .arg(m_session.widgetState()));
                return;
            }
            next();
        });
        connect(&session, &PreviewSession::ready, this, [this] {
            if (m_index < 0)
                next();
        });
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, &ScenarioRunner::tryCurrentStep);
        m_drainPoll.setInterval(50);
        connect(&m_drainPoll, &QTimer::timeout, this, &ScenarioRunner::checkDrained);
    }

    SimulationOutcome outcome() const { return m_outcome; }

    void finish(SimulationOutcome::Kind kind, const QString &why = {})
    {
        if (m_done)
            return;
        m_done = true;
        m_poll.stop();
        m_outcome = {kind, why};
        m_loop.quit();
    }

private:
    void write(const QJsonObject &line) { m_report(line); }

    void next()
    {
        if (m_done)
            return;
        ++m_index;
        if (m_index >= m_scenario.steps.size()) {
            // The visitor stays a moment after the last step, as the last handlers' timers expect.
            QTimer::singleShot(kLastStepDwellMs, this, &ScenarioRunner::endVisit);
            return;
        }
        m_stepClock.start();
        write({{QStringLiteral("type"), QStringLiteral("step")},
               {QStringLiteral("index"), m_index},
               {QStringLiteral("step"), m_scenario.steps.at(m_index)}});
        m_poll.start();
        tryCurrentStep();
    }

    // The visit ends as a real one does: the visitor leaves (unless a step did), then the
    // requests sent on leaving get their time, until the network is quiet or the drain
    // timeout is reached.
    void endVisit()
    {
        if (!m_left) {
            m_left = true;
            write({{QStringLiteral("type"), QStringLiteral("leave")},
                   {QStringLiteral("reason"), QStringLiteral("end of scenario")}});
            m_session.leavePage();
        }
        m_drainClock.start();
        m_sinceRequest.start();
        m_drainPoll.start();
    }

    void checkDrained()
    {
        const bool quiet = m_sinceRequest.elapsed() >= kNetworkQuietMs;
        if (!quiet && m_drainClock.elapsed() < m_drainTimeoutMs)
            return;
        m_drainPoll.stop();
        if (!quiet)
            write({{QStringLiteral("type"), QStringLiteral("drain")},
                   {QStringLiteral("message"),
                    QStringLiteral("requests were still leaving when the drain timeout was reached")}});
        finish(m_customCodeThrew ? SimulationOutcome::CustomCodeThrew : SimulationOutcome::Finished);
    }

    bool stateIn(std::initializer_list<const char *> states) const
    {
        for (const char *state : states)
            if (m_session.widgetState() == QLatin1String(state))
                return true;
        return false;
    }

    // Runs the current step once its precondition holds; keeps polling otherwise.
    void tryCurrentStep()
    {
        if (m_done || !m_expectedAck.isEmpty() || m_index < 0 || m_index >= m_scenario.steps.size())
            return;
        const QJsonObject step = m_scenario.steps.at(m_index);
        if (step.contains(QStringLiteral("wait"))) {
            if (m_stepClock.elapsed() >= qint64(step.value(QStringLiteral("wait")).toDouble()))
                advance();
            return;
        }
        if (step.contains(QStringLiteral("key"))) {
            pressKeys({*keyNamed(step.value(QStringLiteral("key")).toString())});
            return;
        }
        if (step.contains(QStringLiteral("text"))) {
            QList<ScenarioKey> typed;
            for (const QChar c : step.value(QStringLiteral("text")).toString())
                typed.append({QString(c), Qt::Key_unknown, Qt::NoModifier, QString(c)});
            pressKeys(typed);
            return;
        }
        if (step.contains(QStringLiteral("wait_for"))) {
            if (m_seenEvents.contains(step.value(QStringLiteral("wait_for")).toString()))
                advance();
            return;
        }
        if (step.contains(QStringLiteral("wait_for_state"))) {
            if (m_session.widgetState() == step.value(QStringLiteral("wait_for_state")).toString())
                advance();
            return;
        }
        const QString action = step.value(QStringLiteral("do")).toString();
        if (action == QLatin1String("allow_mic") || action == QLatin1String("block_mic")) {
            const bool allow = action == QLatin1String("allow_mic");
            if (m_session.micGate()->hasPendingRequest()) {
                m_session.micGate()->decide(allow);
                advance();
            } else if (m_session.micGate()->requestCount() > 0 || stateIn({"connecting", "in_call", "error"})) {
                // Already answered by the policy or a remembered decision.
                advance();
            }
            return;
        }
        if (action == QLatin1String("tap_call") && stateIn({"closed"})) {
            finish(SimulationOutcome::Incomplete, QStringLiteral("the widget is closed (outside business hours); "
                                                                 "set \"now\" in the scenario to run inside them"));
            return;
        }
        if (action == QLatin1String("tap_call") && !stateIn({"idle"}))
            return;
        if ((action == QLatin1String("accept") || action == QLatin1String("answer")) && !stateIn({"connecting"}))
            return;
        if ((action == QLatin1String("agent_hangup") || action == QLatin1String("hang_up")
             || action == QLatin1String("fail"))
            && !stateIn({"connecting", "in_call"}))
            return;
        if (action == QLatin1String("mute") && !stateIn({"in_call"}))
            return;
        if (action == QLatin1String("submit_survey") && !stateIn({"ended"}))
            return;
        if (action == QLatin1String("leave"))
            m_left = true;
        m_poll.stop();
        m_expectedAck = commandTypeOf(action);
        send(action, step);
    }

    // The keys go to the page once; the step ends when they have had their time.
    void pressKeys(const QList<ScenarioKey> &keys)
    {
        if (m_keyPressed) {
            if (m_stepClock.elapsed() >= kKeySettleMs) {
                m_keyPressed = false;
                advance();
            }
            return;
        }
        const bool pressed = std::all_of(keys.begin(), keys.end(),
                                         [this](const ScenarioKey &key) { return m_pressKey && m_pressKey(key); });
        if (!pressed) {
            finish(SimulationOutcome::Incomplete,
                   QStringLiteral("step %1: keys need the page shown in a view").arg(m_index));
            return;
        }
        m_keyPressed = true;
        m_stepClock.start();
    }

    void advance()
    {
        m_poll.stop();
        next();
    }

    void send(const QString &action, const QJsonObject &step)
    {
        if (action == QLatin1String("tap_call"))
            m_session.tapCall();
        else if (action == QLatin1String("accept"))
            m_session.acceptCall();
        else if (action == QLatin1String("answer"))
            m_session.answerCall();
        else if (action == QLatin1String("agent_hangup"))
            m_session.agentHangUp();
        else if (action == QLatin1String("hang_up"))
            m_session.visitorHangUp();
        else if (action == QLatin1String("mute"))
            m_session.toggleMute();
        else if (action == QLatin1String("fail"))
            m_session.failCall(*callErrorCodeFromName(step.value(QStringLiteral("code")).toString().toStdString()));
        else if (action == QLatin1String("fill_form"))
            m_session.fillForm(step.contains(QStringLiteral("values")) ? step.value(QStringLiteral("values")).toObject()
                                                                       : automaticFormValues(m_session.design()));
        else if (action == QLatin1String("submit_survey"))
            m_session.submitSurvey(step.value(QStringLiteral("rating")).toInt(),
                                   step.value(QStringLiteral("comment")).toString());
        else if (action == QLatin1String("inject"))
            m_session.injectEvent(step.value(QStringLiteral("event")).toString(),
                                  step.value(QStringLiteral("data")).toObject());
        else if (action == QLatin1String("force_state"))
            m_session.forceState(*stateFromName(step.value(QStringLiteral("state")).toString().toStdString()));
        else if (action == QLatin1String("set_locale"))
            m_session.setLocale(step.value(QStringLiteral("locale")).toString());
        else if (action == QLatin1String("leave"))
            m_session.leavePage();
    }

    PreviewSession &m_session;
    Scenario m_scenario;
    const SimulationReport &m_report;
    QEventLoop &m_loop;
    QTimer m_poll;
    QElapsedTimer m_stepClock;
    QStringList m_seenEvents;
    int m_index = -1;
    QString m_expectedAck; // command type whose acknowledgement ends the current step
    bool m_customCodeThrew = false;
    bool m_done = false;
    SimulationOutcome m_outcome;
    int m_drainTimeoutMs;
    PressKey m_pressKey;
    bool m_keyPressed = false; // the current key step has pressed its key
    bool m_left = false;
    QTimer m_drainPoll;
    QElapsedTimer m_drainClock;
    QElapsedTimer m_sinceRequest;
};

} // namespace

const QList<ScenarioKey> &scenarioKeys()
{
    static const QList<ScenarioKey> keys{
        {QStringLiteral("Tab"), Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t")},
        {QStringLiteral("Shift+Tab"), Qt::Key_Backtab, Qt::ShiftModifier, QString()},
        {QStringLiteral("Enter"), Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")},
        {QStringLiteral("Space"), Qt::Key_Space, Qt::NoModifier, QStringLiteral(" ")},
        {QStringLiteral("Escape"), Qt::Key_Escape, Qt::NoModifier, QString()},
        {QStringLiteral("ArrowUp"), Qt::Key_Up, Qt::NoModifier, QString()},
        {QStringLiteral("ArrowDown"), Qt::Key_Down, Qt::NoModifier, QString()},
    };
    return keys;
}

QJsonObject automaticFormValues(const WidgetDesign &design)
{
    QJsonObject values;
    for (const Block &block : design.state(WidgetState::Idle).blocks) {
        if (block.kind != BlockKind::PreCallForm)
            continue;
        for (const FormField &field : block.form.fields) {
            const QString key = QString::fromStdString(field.key);
            switch (field.type) {
            case FieldType::Text:
                values.insert(key, QStringLiteral("Test visitor"));
                break;
            case FieldType::Email:
                values.insert(key, QStringLiteral("visitor@example.com"));
                break;
            case FieldType::Tel:
                values.insert(key, QStringLiteral("+15555550100"));
                break;
            case FieldType::Select:
                values.insert(key,
                              field.options.empty() ? QString() : QString::fromStdString(field.options.front().value));
                break;
            case FieldType::Checkbox:
                values.insert(key, true);
                break;
            }
        }
        if (block.form.consent)
            values.insert(QStringLiteral("__consent"), true);
    }
    return values;
}

std::optional<Scenario> parseScenario(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("scenario is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    Scenario scenario;
    QJsonArray steps;
    if (doc.isArray()) {
        steps = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        steps = root.value(QStringLiteral("steps")).toArray();
        const QString policy = root.value(QStringLiteral("micPolicy")).toString(QStringLiteral("ask"));
        if (policy == QLatin1String("allow"))
            scenario.micPolicy = MicPolicy::AlwaysAllow;
        else if (policy == QLatin1String("block"))
            scenario.micPolicy = MicPolicy::AlwaysBlock;
        else if (policy != QLatin1String("ask")) {
            *error = QStringLiteral("\"micPolicy\" must be \"ask\", \"allow\" or \"block\"");
            return std::nullopt;
        }
        const QString microphone = root.value(QStringLiteral("microphone")).toString(QStringLiteral("fake"));
        if (microphone != QLatin1String("fake") && microphone != QLatin1String("none")) {
            *error = QStringLiteral("\"microphone\" must be \"fake\" or \"none\"");
            return std::nullopt;
        }
        scenario.microphone = microphone == QLatin1String("fake");
        scenario.locale = root.value(QStringLiteral("locale")).toString();
        if (root.contains(QStringLiteral("now"))) {
            const QDateTime now = QDateTime::fromString(root.value(QStringLiteral("now")).toString(), Qt::ISODate);
            if (!now.isValid()) {
                *error = QStringLiteral("\"now\" must be an ISO-8601 date and time");
                return std::nullopt;
            }
            scenario.now = now;
        }
    } else {
        *error = QStringLiteral("a scenario is a list of steps or an object with \"steps\"");
        return std::nullopt;
    }
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject()) {
            *error = QStringLiteral("step %1 is not an object").arg(i);
            return std::nullopt;
        }
        const QString problem = checkStep(steps.at(i).toObject());
        if (!problem.isEmpty()) {
            *error = QStringLiteral("step %1: %2").arg(i).arg(problem);
            return std::nullopt;
        }
        scenario.steps.append(steps.at(i).toObject());
    }
    return scenario;
}

Scenario defaultScenario(const WidgetDesign &design)
{
    Scenario scenario;
    // A scripted call needs the widget open: outside business hours, play it at the next
    // opening instead of stopping at `closed`.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto open = nextOpening(design.businessHours, now); open && *open != now)
        scenario.now = *open;
    if (hasBlock(design, WidgetState::Idle, BlockKind::PreCallForm))
        scenario.steps.append({{QStringLiteral("do"), QStringLiteral("fill_form")}});
    scenario.steps.append({{QStringLiteral("do"), QStringLiteral("tap_call")}});
    scenario.steps.append({{QStringLiteral("do"), QStringLiteral("allow_mic")}});
    scenario.steps.append({{QStringLiteral("do"), QStringLiteral("answer")}});
    scenario.steps.append({{QStringLiteral("wait"), 1000}});
    scenario.steps.append({{QStringLiteral("do"), QStringLiteral("agent_hangup")}});
    if (hasBlock(design, WidgetState::Ended, BlockKind::Survey))
        scenario.steps.append({{QStringLiteral("do"), QStringLiteral("submit_survey")}, {QStringLiteral("rating"), 4}});
    return scenario;
}

void prepareHeadlessPreview()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    // Chromium refuses to start as root with its own sandbox on.
    if (geteuid() == 0 && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    registerPreviewUrlSchemes();
}

SimulationOutcome runScenario(const WidgetDesign &design, const Scenario &scenario, const SimulationOptions &options,
                              const SimulationReport &report)
{
    // The capture device is chosen when the web engine starts, i.e. with the first session.
    if (scenario.microphone && !qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--use-fake-device-for-media-stream"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --use-fake-device-for-media-stream");

    QEventLoop loop;
    PreviewSession session;
    session.micGate()->setPolicy(scenario.micPolicy);
    session.setClockOverride(scenario.now);
    session.contactedHosts()->setOffline(options.offline);
    // Declared after the session: destroyed before its page.
    const std::unique_ptr<QObject> pageView = options.showPage ? options.showPage(session.page()) : nullptr;
    auto pressKey = [&options, &pageView](const ScenarioKey &key) {
        if (!options.pressKey || !pageView)
            return false;
        options.pressKey(pageView.get(), key);
        return true;
    };
    ScenarioRunner runner(session, scenario, report, loop, options.drainTimeoutMs, pressKey);
    const int timeoutSeconds = options.timeoutSeconds;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &runner, [&runner, timeoutSeconds] {
        runner.finish(SimulationOutcome::Incomplete,
                      QStringLiteral("the run did not finish within %1 s").arg(timeoutSeconds));
    });
    deadline.start(timeoutSeconds * 1000);
    session.setDesign(design);
    if (!scenario.locale.isEmpty())
        session.setLocale(scenario.locale);
    loop.exec();
    return runner.outcome();
}

} // namespace callstudio
