// The custom-code sandbox: the window.c2c bridge, the seed's five examples, console
// attribution, isolation probes, forged messages and emit limits.
#include "PreviewTestSupport.h"

#include <QSignalSpy>
#include <QWebEnginePage>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewSandbox : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign designWith(const std::string &head, const std::string &bodyEnd)
    {
        WidgetDesign design = previewtest::loadExample("order-help.design.json");
        design.businessHours.alwaysOpen = true;
        // No pre-call form, so a tap goes straight to the microphone.
        auto &idle = design.state(WidgetState::Idle).blocks;
        idle.erase(
            std::remove_if(idle.begin(), idle.end(), [](const Block &b) { return b.kind == BlockKind::PreCallForm; }),
            idle.end());
        design.customCode.headHtml = head;
        design.customCode.bodyEndHtml = bodyEnd;
        return design;
    }

    static bool start(PreviewSession &session, const WidgetDesign &design)
    {
        QSignalSpy sandbox(&session, &PreviewSession::sandboxReady);
        session.setDesign(design);
        return sandbox.wait(20000);
    }

    // Plays a whole call: tap, mic allowed by policy, answer, agent hangs up, survey.
    static void playCall(PreviewSession &session, Recorder &rec)
    {
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        session.tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("connecting"), 10000);
        session.answerCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("in_call"), 10000);
        session.agentHangUp();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("ended"), 10000);
        session.submitSurvey(5);
        QTRY_COMPARE_WITH_TIMEOUT(
            rec.count(EventPlace::Sandbox, previewtest::eventName(callstudio::kEventSurveySubmitted)), 1, 10000);
    }

    static bool hasUncaughtCustomError(const Recorder &rec)
    {
        for (const auto &m : rec.console)
            if (m.isCustomCodeError())
                return true;
        return false;
    }

private slots:
    void bridgeApi()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string head =
            "<script>\n"
            "window.addEventListener('c2c:ready', function () { console.log('ready event'); });\n"
            "console.log('defined', typeof window.c2c.on, typeof window.c2c.off, typeof window.c2c.emit);\n"
            "console.log('appId', window.c2c.appId, 'order', window.c2c.context.orderId);\n"
            "</script>\n";
        const std::string body =
            "<script>\n"
            "var count = 0;\n"
            "var unsubscribe = window.c2c.on('ping_test', function (e) { count++; console.log('got', e.n, "
            "e.context.customerTier); });\n"
            "console.log('unsubscribe is', typeof unsubscribe);\n"
            "function second(e) { console.log('second', e.n); }\n"
            "window.c2c.on('ping_test', second);\n"
            "window.c2c.on('unsub_now', function () { unsubscribe(); window.c2c.off('ping_test', second); "
            "console.log('unsubscribed'); });\n"
            "(function () { 'use strict'; try { window.c2c.context.orderId = 'changed'; } catch (e) { "
            "console.log('write threw', e.name); } })();\n"
            "console.log('frozen', Object.isFrozen(window.c2c.context), window.c2c.context.orderId);\n"
            "try { window.c2c = null; } catch (e) {}\n"
            "console.log('still there', typeof window.c2c.emit);\n"
            "window.c2c.emit('chat_opened', { source: 'widget' });\n"
            "</script>\n";
        QVERIFY(start(session, designWith(head, body)));
        QTRY_VERIFY_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("custom:chat_opened")) == 1, 10000);
        QVERIFY2(rec.hasConsole(QStringLiteral("defined function function function")), qPrintable(rec.dump()));
        QVERIFY(rec.hasConsole(QStringLiteral("appId app_acme_order_help order A-10023")));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("ready event")), 10000);
        QVERIFY(rec.hasConsole(QStringLiteral("unsubscribe is function")));
        QVERIFY(rec.hasConsole(QStringLiteral("write threw TypeError")));
        QVERIFY(rec.hasConsole(QStringLiteral("frozen true A-10023")));
        QVERIFY(rec.hasConsole(QStringLiteral("still there function")));

        const QJsonObject custom =
            rec.at(EventPlace::ParentPage, QStringLiteral("custom:chat_opened")).first().envelope;
        QCOMPARE(custom.value(QStringLiteral("data")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("widget"));
        QCOMPARE(custom.value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("context"))
                     .toObject()
                     .value(QStringLiteral("orderId"))
                     .toString(),
                 QStringLiteral("A-10023"));
        QCOMPARE(rec.count(EventPlace::Integrations, QStringLiteral("custom:chat_opened")), 1);
        QCOMPARE(rec.count(EventPlace::Sandbox, QStringLiteral("custom:chat_opened")), 0);

        session.injectEvent(QStringLiteral("ping_test"), {{QStringLiteral("n"), 1}});
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("second 1")), 10000);
        QVERIFY(rec.hasConsole(QStringLiteral("got 1 gold")));
        session.injectEvent(QStringLiteral("unsub_now"), {});
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("unsubscribed")), 10000);
        session.injectEvent(QStringLiteral("ping_test"), {{QStringLiteral("n"), 2}});
        session.injectEvent(QStringLiteral("unsub_now"), {});
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::Sandbox, QStringLiteral("unsub_now")), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rec.console.size() > 0 && rec.console.last().text == QLatin1String("unsubscribed"),
                                 10000);
        QVERIFY(!rec.hasConsole(QStringLiteral("got 2")));
        QVERIFY(!rec.hasConsole(QStringLiteral("second 2")));
        QVERIFY(!hasUncaughtCustomError(rec));
    }

    void seedExamplesRunUnchanged_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("observer");
        QTest::addColumn<QString>("expected");
        const QString dump =
            QStringLiteral("<script>window.c2c.on('survey_submitted', function () { setTimeout(function () {"
                           " console.log('observed', %1); }, 0); });</script>");
        QTest::newRow("ga4")
            << "ga4.html"
            << dump.arg(QStringLiteral(
                   "JSON.stringify(window.dataLayer.map(function (a) { return Array.prototype.slice.call(a); }))"))
            << "[\"event\",\"call_ended\",{\"duration\":";
        QTest::newRow("meta-pixel")
            << "meta-pixel.html"
            << dump.arg(QStringLiteral(
                   "JSON.stringify(window.fbq.queue.map(function (a) { return Array.prototype.slice.call(a); }))"))
            << "[\"track\",\"Lead\"]";
        QTest::newRow("google-tag-manager")
            << "google-tag-manager.html" << dump.arg(QStringLiteral("JSON.stringify(window.dataLayer)"))
            << "{\"event\":\"c2c_call_ended\",\"duration\":";
        QTest::newRow("custom-event")
            << "custom-event.html"
            << QStringLiteral("<script>window.c2c.on('call_started', function () { onChatOpened(); });</script>") << "";
        QTest::newRow("conditional-tracking")
            << "conditional-tracking.html" << dump.arg(QStringLiteral("'done'")) << "observed done";
    }

    void seedExamplesRunUnchanged()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, observer);
        QFETCH(QString, expected);
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session,
                      designWith("", previewtest::readSnippet(qPrintable(snippet)) + "\n" + observer.toStdString())));
        playCall(session, rec);
        if (snippet == QLatin1String("custom-event.html")) {
            QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("custom:chat_opened")), 1,
                                      10000);
            QCOMPARE(rec.dataOf(EventPlace::ParentPage, QStringLiteral("custom:chat_opened"))
                         .value(QStringLiteral("source"))
                         .toString(),
                     QStringLiteral("widget"));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("observed")), 10000);
            QVERIFY2(rec.findConsole(QStringLiteral("observed"))->text.contains(expected), qPrintable(rec.dump()));
        }
        QVERIFY2(!hasUncaughtCustomError(rec), qPrintable(rec.dump()));
    }

    void errorsAreAttributedToTheirArea()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string head =
            "<meta name=\"x\" content=\"y\">\n<script>\nconsole.warn('head warning');\n</script>\n";
        const std::string body =
            "<p>nothing</p>\n\n<script>\nwindow.c2c.on('boom', function () {\n  undefinedFunction();\n});\n"
            "Promise.reject(new Error('nobody caught me'));\n</script>\n<script>\nthrow new Error('top "
            "level');\n</script>\n";
        QVERIFY(start(session, designWith(head, body)));
        session.injectEvent(QStringLiteral("boom"), {});
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("undefinedFunction")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("nobody caught me")), 10000);
        const auto *warning = rec.findConsole(QStringLiteral("head warning"));
        QVERIFY(warning);
        QCOMPARE(warning->area, ConsoleArea::Head);
        QCOMPARE(warning->line, 3);
        QCOMPARE(warning->level, QStringLiteral("warn"));
        const auto *topLevel = rec.findConsole(QStringLiteral("top level"));
        QVERIFY2(topLevel, qPrintable(rec.dump()));
        QVERIFY(topLevel->uncaught);
        QCOMPARE(topLevel->area, ConsoleArea::BodyEnd);
        QCOMPARE(topLevel->line, 10);
        const auto *inHandler = rec.findConsole(QStringLiteral("undefinedFunction"));
        QVERIFY(inHandler->uncaught);
        QCOMPARE(inHandler->area, ConsoleArea::BodyEnd);
        QCOMPARE(inHandler->line, 5);
        const auto *rejection = rec.findConsole(QStringLiteral("nobody caught me"));
        QVERIFY(rejection->uncaught);
        QCOMPARE(rejection->area, ConsoleArea::BodyEnd);
        QCOMPARE(rejection->line, 7);
    }

    void offlineExternalScriptIsReportedNotFatal()
    {
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(
            start(session,
                  designWith("<script src=\"https://cdn.invalid.example/sdk.js\"></script>\n<script>console.log('after "
                             "sdk');</script>",
                             "")));
        QTRY_VERIFY_WITH_TIMEOUT(
            rec.hasConsole(QStringLiteral("Could not load script https://cdn.invalid.example/sdk.js")), 15000);
        QVERIFY(rec.hasConsole(QStringLiteral("after sdk")));
        QVERIFY(!hasUncaughtCustomError(rec));
    }

    void isolationProbesFail()
    {
        PreviewSession session;
        Recorder rec(session);
        QSignalSpy micRequests(session.micGate(), &MicPermissionGate::decisionNeeded);
        const std::string body = R"(<script>
function probe(name, attempt) {
  try { var r = attempt(); console.log('probe', name, 'result', String(r)); }
  catch (e) { console.log('probe', name, 'blocked', e.name); }
}
probe('parent-dom', function () { return window.parent.document.body.innerHTML; });
probe('top-dom', function () { return window.top.document.title; });
probe('cookie', function () { return document.cookie; });
probe('localStorage', function () { return window.localStorage.length; });
probe('sessionStorage', function () { return window.sessionStorage.length; });
probe('open', function () { var w = window.open('https://example.com/'); return w === null ? 'null-window' : 'opened'; });
probe('alert', function () { return alert('hi'); });
probe('top-navigation', function () { window.top.location.href = 'https://example.com/'; return 'navigated'; });
console.log('origin', window.origin);
console.log('probe bridge', typeof window.qt, typeof window.__callstudioBridge);
navigator.mediaDevices.getUserMedia({ audio: true }).then(
  function () { console.log('probe mic result granted'); },
  function (e) { console.log('probe mic blocked', e.name); });
window.parent.postMessage({ __callstudio: 'command', type: 'force_state', state: 'ended' }, '*');
window.top.postMessage({ name: 'call_started', data: { context: {} }, timestamp: new Date().toISOString() }, '*');
window.top.postMessage({ __callstudio: 'diag', kind: 'event', place: 'parent_page', envelope: { name: 'call_ended', data: {}, timestamp: 'x' } }, '*');
</script>)";
        QVERIFY(start(session, designWith("", body)));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("probe mic")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rec.dropped.size() >= 3, 10000);
        for (const char *name : {"parent-dom", "top-dom", "cookie", "localStorage", "sessionStorage"}) {
            const auto *line = rec.findConsole(QStringLiteral("probe %1 ").arg(QLatin1String(name)));
            QVERIFY2(line && line->text.contains(QLatin1String("blocked")), qPrintable(rec.dump()));
        }
        QVERIFY2(rec.hasConsole(QStringLiteral("probe open result null-window")), qPrintable(rec.dump()));
        QVERIFY2(rec.hasConsole(QStringLiteral("probe mic blocked")), qPrintable(rec.dump()));
        QVERIFY(rec.hasConsole(QStringLiteral("probe top-navigation blocked")));
        // The engine's own refusals are reported in the console too.
        QVERIFY(rec.hasConsole(QStringLiteral("'allow-popups' permission is not set")));
        QVERIFY(rec.hasConsole(QStringLiteral("'allow-modals' keyword is not set")));
        QVERIFY(rec.hasConsole(QStringLiteral("'allow-top-navigation'")));
        QVERIFY(rec.hasConsole(QStringLiteral("origin null")));
        QVERIFY(rec.hasConsole(QStringLiteral("probe bridge undefined undefined")));
        QCOMPARE(session.page()->url().host(), QStringLiteral("site"));
        QCOMPARE(session.page()->url().scheme(), QStringLiteral("callstudio"));
        QCOMPARE(micRequests.size(), 0);
        QCOMPARE(session.micGate()->requestCount(), 0);
        QVERIFY(rec.hasDropped(QStringLiteral("sandbox: message posted to the widget window")));
        QVERIFY(rec.hasDropped(
            QStringLiteral("page: the parent page got an event envelope from a frame that is not the widget")));
        QCOMPARE(rec.count(EventPlace::ParentPage, previewtest::eventName(callstudio::kEventCallStarted)), 0);
        QCOMPARE(rec.count(EventPlace::ParentPage, previewtest::eventName(callstudio::kEventCallEnded)), 0);
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
    }

    // Custom code asks for the preview's own pages every way a page can: nothing it gets
    // back is readable, so the boot data (the whole design) never reaches it.
    void ownPagesAnswerOnlyTheirOwnFrames()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string body = R"(<script>
var urls = ['callstudio://widget/widget.html?load=1', 'callstudio://site/index.html?load=1',
  'callstudio://site/host.js', 'callstudio://widget/runtime-shared.js', 'callstudio://widget/widget.css'];
var pending = urls.length * 6;
function said(kind, url, result) {
  console.log('probe ' + kind + ' ' + url + ' ' + result);
  if (--pending === 0) { console.log('probes done'); }
}
function leak(text) { return text.length + (text.indexOf('customCode') >= 0 ? ' with-design' : ''); }
urls.forEach(function (url) {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', url);
  xhr.onload = function () { said('xhr', url, 'status ' + xhr.status + ' read ' + leak(xhr.responseText)); };
  xhr.onerror = function () { said('xhr', url, 'refused'); };
  xhr.send();
  fetch(url, { mode: 'no-cors' }).then(function (r) { return r.text().then(function (t) {
    said('fetch', url, 'status ' + r.status + ' read ' + leak(t)); }); },
    function () { said('fetch', url, 'refused'); });
  var img = new Image();
  img.onload = function () { said('img', url, 'loaded ' + img.naturalWidth); };
  img.onerror = function () { said('img', url, 'refused'); };
  img.src = url;
  var script = document.createElement('script');
  script.onload = function () { said('script', url, 'loaded'); };
  script.onerror = function () { said('script', url, 'refused'); };
  script.src = url;
  document.head.appendChild(script);
  var link = document.createElement('link');
  link.rel = 'stylesheet';
  link.onload = function () { said('css', url, 'loaded ' + document.styleSheets.length); };
  link.onerror = function () { said('css', url, 'refused'); };
  link.href = url;
  document.head.appendChild(link);
  var frame = document.createElement('iframe');
  frame.onload = function () { said('iframe', url, 'frames ' + frame.contentWindow.length); };
  frame.src = url;
  document.body.appendChild(frame);
});
</script>)";
        QVERIFY(start(session, designWith("", body)));
        QTRY_VERIFY2_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("probes done")), qPrintable(rec.dump()), 20000);
        int probes = 0;
        QStringList readable;
        for (const ConsoleMessage &line : std::as_const(rec.console)) {
            if (!line.text.startsWith(QLatin1String("probe ")))
                continue;
            ++probes;
            if (!line.text.endsWith(QLatin1String(" refused")) && !line.text.endsWith(QLatin1String(" read 0"))
                && !line.text.endsWith(QLatin1String(" frames 0")))
                readable << line.text;
        }
        QVERIFY2(readable.isEmpty(), qPrintable(readable.join(QLatin1Char('\n'))));
        QCOMPARE(probes, 5 * 6);
        // The widget itself still loaded everything it needs.
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
    }

    // One snippet replaces the built-ins the bridge could rely on and tries to steal its
    // port; another handler mutates the event: every other handler still gets it intact.
    void replacedBuiltinsChangeNothingForOtherHandlers()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string head = R"(<script>
var realPorts = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports').get;
var realApply = Reflect.apply;
window.addEventListener('message', function (e) {
  var ports = realApply(realPorts, e, []);
  if (ports && ports.length) { window.stolen = 'port from a message listener'; }
}, true);
Object.freeze = function (o) { return o; };
Object.isFrozen = function () { return true; };
Object.keys = function () { return []; };
Array.prototype.slice = function () { return []; };
Array.prototype.forEach = function () {};
Array.prototype.push = function () { window.stolen = 'an array the bridge pushed to'; return 0; };
Object.defineProperty(Array.prototype, '0', { configurable: true, set: function () { window.stolen = 'an item the bridge stored'; } });
JSON.parse = function () { return { forged: true }; };
JSON.stringify = function () { return '{"forged":true}'; };
Reflect.apply = function () { window.stolen = 'a call the bridge made'; };
Function.prototype.call = function () { window.stolen = 'a call the bridge made'; };
Function.prototype.apply = function () { window.stolen = 'a call the bridge made'; };
Error = function () { return { stack: '' }; };
MessagePort.prototype.postMessage = function () { window.stolen = 'the bridge port'; };
Object.defineProperty(MessagePort.prototype, 'onmessage', { set: function () { window.stolen = 'the bridge port'; } });
Object.defineProperty(MessageEvent.prototype, 'data', { get: function () { window.stolen = 'a bridge message'; return null; } });
Object.defineProperty(MessageEvent.prototype, 'ports', { get: function () { window.stolen = 'a bridge message'; return []; } });
Event.prototype.stopImmediatePropagation = function () {};
EventTarget.prototype.dispatchEvent = function () { return true; };
</script>)";
        const std::string body = R"(<script>
window.c2c.on('call_ended', function (e) {
  try { e.duration = 999; } catch (x) {}
  try { e.reason = 'forged'; } catch (x) {}
  try { e.context.orderId = 'forged'; } catch (x) {}
  try { delete e.context; } catch (x) {}
  try { Object.defineProperty(e, 'reason', { value: 'forged' }); } catch (x) {}
});
window.c2c.on('call_ended', function (e) {
  console.log('B got ' + e.duration + ' ' + e.reason + ' ' + e.context.orderId + ' frozen ' + Object.getOwnPropertyDescriptor(e, 'reason').writable);
  console.log('stolen: ' + window.stolen);
});
window.c2c.emit('after_tamper', { n: 1 });
</script>)";
        QVERIFY(start(session, designWith(head, body)));
        playCall(session, rec);
        QTRY_VERIFY2_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("B got")), qPrintable(rec.dump()), 10000);
        const QJsonObject ended =
            rec.dataOf(EventPlace::ParentPage, previewtest::eventName(callstudio::kEventCallEnded));
        const QString expected =
            QStringLiteral("B got %1 %2 %3 frozen false")
                .arg(ended.value(QStringLiteral("duration")).toInt())
                .arg(ended.value(QStringLiteral("reason")).toString(),
                     ended.value(QStringLiteral("context")).toObject().value(QStringLiteral("orderId")).toString());
        QCOMPARE(rec.findConsole(QStringLiteral("B got"))->text, expected);
        QVERIFY(expected.contains(QLatin1String("remote_hangup A-10023")));
        QVERIFY2(rec.hasConsole(QStringLiteral("stolen: undefined")), qPrintable(rec.dump()));
        QCOMPARE(rec.dataOf(EventPlace::ParentPage, QStringLiteral("custom:after_tamper")).value(QStringLiteral("n")),
                 QJsonValue(1));
        QVERIFY2(!hasUncaughtCustomError(rec), qPrintable(rec.dump()));
    }

    // Rewriting the sandbox document (document.open) with a listener of its own does not
    // hand that listener the bridge port: the shim keeps it, and nothing can be forged.
    void rewrittenDocumentDoesNotGetTheBridge()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string body = R"(<script>
document.open();
document.write('<scr' + 'ipt>window.addEventListener("message", function (e) { var p = e.ports;'
  + ' if (p && p.length) { p[0].postMessage({ type: "emit", name: "forged", payload: {} }); } }, true);'
  + ' window.c2c.on("call_started", function () { window.c2c.emit("bridge_kept", {}); });</scr' + 'ipt>');
document.close();
</script>)";
        QVERIFY(start(session, designWith("", body)));
        playCall(session, rec);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("custom:bridge_kept")), 1, 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("custom:forged")), 0);
    }

    // Nor does a sandbox that navigates itself to a document of its own making.
    void navigatedSandboxDoesNotGetTheBridge()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string body = R"(<script>
location.href = 'data:text/html,' + encodeURIComponent('<script>onmessage = function (e) { if (e.ports.length) {'
  + ' e.ports[0].postMessage({ type: "emit", name: "forged", payload: {} });'
  + ' e.ports[0].postMessage({ type: "console", level: "log", text: "forged line", line: 0 }); } };<' + '/script>');
</script>)";
        session.setDesign(designWith("", body));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("Navigation to data:text/html")), 20000);
        // Long enough for a handed-over port to carry the forged messages.
        QTest::qWait(1500);
        session.injectEvent(QStringLiteral("anything"), {});
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::Sandbox, QStringLiteral("anything")), 1, 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("custom:forged")), 0);
        for (const ConsoleMessage &line : std::as_const(rec.console))
            QVERIFY2(line.text != QLatin1String("forged line"), qPrintable(rec.dump()));
    }

    void emitsAreCappedInSizeAndRate()
    {
        PreviewSession session;
        Recorder rec(session);
        const std::string body = "<script>\n"
                                 "window.c2c.emit('big', { blob: new Array(20000).join('x') });\n"
                                 "for (var i = 0; i < 50; ++i) window.c2c.emit('burst', { i: i });\n"
                                 "window.c2c.emit('bad name!', {});\n"
                                 "</script>\n";
        QVERIFY(start(session, designWith("", body)));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("emits dropped: over 20 a second")), 10000);
        QCOMPARE(rec.findConsole(QStringLiteral("emits dropped"))->area, ConsoleArea::Runtime);
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("exceeds the 16384-byte limit")), 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("custom:big")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("custom:burst")) >= 1, 10000);
        QVERIFY(rec.count(EventPlace::ParentPage, QStringLiteral("custom:burst")) < 50);
    }
};

PREVIEW_TEST_MAIN(TestPreviewSandbox, true)
#include "test_preview_sandbox.moc"
