// One running preview: a page on its own off-the-record profile showing the host page,
// the widget and the custom-code sandbox, plus the agent side of the call. Widgets and
// the headless `simulate` run drive the same object.
#pragma once

#include "MicPermission.h"
#include "PreviewTypes.h"
#include "model/WidgetDesign.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QWebChannel;
class QWebEngineProfile;

namespace callstudio {

class ContactedHosts;
class PreviewPage;
class PreviewSchemeHandler;

// The host page's isolated-world script calls fromPage(); nothing else can reach it.
class PreviewBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
public slots:
    void fromPage(const QString &json);
signals:
    void message(const QJsonObject &message);
};

class PreviewSession : public QObject
{
    Q_OBJECT
public:
    explicit PreviewSession(QObject *parent = nullptr);
    ~PreviewSession() override;

    QWebEnginePage *page() const;
    // The web hosts this preview's page has requested (custom code and widget content).
    ContactedHosts *contactedHosts() const { return m_contactedHosts; }
    MicPermissionGate *micGate() const { return m_micGate; }

    // Loads the design from scratch (host page, widget, sandbox).
    void setDesign(const WidgetDesign &design);
    // Brings the running preview up to `design`, as `kind` says it changed (the session
    // does not compare designs): text/layout/theme/locale are patched in place, a
    // placement reloads the host page, custom code re-creates only the sandbox
    // (debounced), anything else reloads.
    // blockId: the block a text edit changed; the widget then re-renders that block alone.
    // frameAck: the widget also acknowledges the next animation frame after a patch (as
    // command type "patch_frame"), for the benchmark.
    void applyChange(PreviewChange kind, const WidgetDesign &design, const QString &blockId = {},
                     bool frameAck = false);
    const WidgetDesign &design() const { return m_design; }

    void setLocale(const QString &locale);
    QString locale() const { return m_locale; }
    void forceState(WidgetState state);
    // The state the widget is held in, or nullopt when it runs live.
    std::optional<WidgetState> forcedState() const { return m_forcedState; }
    // Both keep the state the operator chose (forceState()): the page starts there again.
    void reload();
    void reloadWithoutCustomCode();
    // Starts the widget over from its real first state, with custom code.
    void reloadLive();
    bool customCodeEnabled() const { return m_customCodeEnabled; }
    void setHostLook(bool dark, bool mobile);
    bool hostDark() const { return m_hostDark; }
    bool hostMobile() const { return m_hostMobile; }
    // Business hours are evaluated at this instant instead of now (for tests and scenarios).
    void setClockOverride(const std::optional<QDateTime> &instant) { m_clock = instant; }
    void setCustomCodeDebounce(int milliseconds) { m_customCodeDebounce.setInterval(milliseconds); }

    // The visitor.
    void tapCall();
    void visitorHangUp();
    void toggleMute();
    void fillForm(const QJsonObject &values);
    void submitSurvey(int rating, const QString &comment = {});
    // The visitor leaves the page: visibilitychange (hidden), then pagehide and unload in
    // the sandbox; acknowledged as command "leave". The widget takes no visitor step after.
    void leavePage();
    // The agent.
    void acceptCall();
    void answerCall();
    void agentHangUp();
    void failCall(CallErrorCode code);
    // Automatic agent: accept as soon as the mic is granted, answer after `delay` ms.
    void setAutoAnswer(bool enabled, int delayMilliseconds);
    bool autoAnswer() const { return m_autoAnswer; }
    // Plays the visitor's microphone back during the call so the operator hears the path work.
    void setMicLoopback(bool enabled);
    bool micLoopback() const { return m_micLoopback; }
    int autoAnswerDelay() const { return m_autoAnswerDelay; }

    // Delivers an event (catalogue or custom) to the sandbox only.
    void injectEvent(const QString &name, const QJsonObject &data);
    // Sends a command of the protocol (resources/preview/protocol.json) to the widget
    // frame; one that is not in it is dropped (messageDropped from "studio").
    void sendCommand(const QJsonObject &command);
    // The runtime -> host message types this host handles (one handler each).
    static QStringList handledMessageTypes();

    bool isReady() const { return m_ready; }
    QString widgetState() const { return m_widgetState; }
    int loadCount() const { return m_loadCount; }

    // A renderer that does not answer within `milliseconds` is considered hung.
    void setHangTimeout(int milliseconds) { m_hangTimeout = milliseconds; }

signals:
    void ready();
    void eventObserved(const callstudio::PreviewEvent &event);
    void consoleMessage(const callstudio::ConsoleMessage &message);
    void messageDropped(const QString &from, const QString &reason);
    void widgetStateChanged(const QString &state);
    void sandboxReady();
    void micRequested();
    void callRequested();
    void micUnavailable(const QString &detail);
    // The visitor tapped call with the pre-call form incomplete ("missing") or a bad address ("email").
    void formInvalid(const QString &problem);
    void commandAcknowledged(const QString &type, bool ok);
    // The widget's answer to a probe command, or a benchmark or audit harness's result.
    void probeResult(const QJsonObject &result);
    // The renderer crashed or hung; the preview reloads itself (custom code off after a hang).
    void rendererProblem(const QString &message);

private:
    void load();
    void onBridgeMessage(const QJsonObject &message);
    using MessageHandler = std::function<void(PreviewSession *, const QJsonObject &)>;
    static const QHash<QString, MessageHandler> &messageHandlers();
    void onReady(const QJsonObject &message);
    void onState(const QJsonObject &message);
    void onEvent(const QJsonObject &message);
    void onConsole(const QJsonObject &message);
    void onDropped(const QJsonObject &message);
    void onCallRequested(const QJsonObject &message);
    void onFormInvalid(const QJsonObject &message);
    void onPong(const QJsonObject &message);
    void onAck(const QJsonObject &message);
    QJsonObject contractJson() const;
    void onHeartbeat();
    void onRendererTerminated(int status, int exitCode);
    void recoverFromHang();
    QByteArray hostConfigJson() const;
    QByteArray widgetBootJson() const;
    QJsonObject designJson() const;
    void runInBridge(const QString &script);

    QWebEngineProfile *m_profile = nullptr;
    ContactedHosts *m_contactedHosts = nullptr;
    PreviewSchemeHandler *m_schemeHandler = nullptr;
    PreviewPage *m_page = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;
    MicPermissionGate *m_micGate = nullptr;

    WidgetDesign m_design;
    QString m_locale;
    std::optional<WidgetState> m_forcedState;
    bool m_customCodeEnabled = true;
    bool m_hostDark = false;
    bool m_hostMobile = false;
    std::optional<QDateTime> m_clock;

    bool m_ready = false;
    int m_loadCount = 0;
    QString m_widgetState;
    QList<QJsonObject> m_queuedCommands;
    QTimer m_customCodeDebounce;

    bool m_autoAnswer = false;
    bool m_micLoopback = false;
    int m_autoAnswerDelay = 1500;
    QTimer m_autoAnswerTimer;

    QTimer m_heartbeat;
    QElapsedTimer m_sincePing;
    bool m_awaitingPong = false;
    int m_pingId = 0;
    int m_hangTimeout = 5000;
    bool m_recovering = false;
    // When the renderer last died, to stop reloading a page that keeps crashing.
    QList<qint64> m_crashTimes;
    QElapsedTimer m_sinceStart;
};

} // namespace callstudio
