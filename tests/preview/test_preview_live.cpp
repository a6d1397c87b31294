// Live updates without reload, custom-code re-creation, and staying alive when the
// renderer hangs or dies.
#include "PreviewPatch.h"
#include "PreviewTestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <csignal>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewLive : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign design() { return previewtest::alwaysOpenOrderHelp(); }

    static bool start(PreviewSession &session, const WidgetDesign &d)
    {
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(d);
        return ready.wait(20000);
    }

    static QJsonObject probe(PreviewSession &session, Recorder &rec)
    {
        const int before = int(rec.probes.size());
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        if (!QTest::qWaitFor([&] { return rec.probes.size() > before; }, 10000))
            return {};
        return rec.probes.last();
    }

private slots:
    void textLayoutThemeAndLocalePatchWithoutReload()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        QVERIFY(start(session, d));
        // The widget document's instance changes only when it reloads.
        const QString instance = probe(session, rec).value(QStringLiteral("instance")).toString();
        QVERIFY(!instance.isEmpty());
        const int loads = session.loadCount();

        d.state(WidgetState::Idle).blocks[0].text.set("en", "Edited heading");
        session.applyChange(PreviewChange::Text, d);
        QJsonObject result = probe(session, rec);
        QCOMPARE(result.value(QStringLiteral("instance")).toString(), instance);
        QVERIFY(result.value(QStringLiteral("html")).toString().contains(QLatin1String("Edited heading")));

        d.state(WidgetState::Idle).blocks.erase(d.state(WidgetState::Idle).blocks.begin() + 1);
        d.theme.colors.primary = "#aa0000";
        session.applyChange(PreviewChange::Layout, d);
        session.applyChange(PreviewChange::Theme, d);
        result = probe(session, rec);
        QVERIFY(!result.value(QStringLiteral("html")).toString().contains(QLatin1String("Call us from your browser")));
        QCOMPARE(result.value(QStringLiteral("instance")).toString(), instance);

        session.setLocale(QStringLiteral("es"));
        result = probe(session, rec);
        QVERIFY(result.value(QStringLiteral("html")).toString().contains(QLatin1String("Llamar")));
        QCOMPARE(result.value(QStringLiteral("instance")).toString(), instance);
        QCOMPARE(session.loadCount(), loads);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("widget_loaded")), 1);
    }

    void textEditSendsTheBlockAndRerendersOnlyIt()
    {
        WidgetDesign d = design();
        WidgetDesign shown = d;
        Block &heading = d.state(WidgetState::Idle).blocks[0];
        heading.text.set("en", "Where is my parcel?");
        const QString headingId = QString::fromStdString(heading.id);
        // What goes to the runtime: that block alone, and the session's copy takes it.
        const QJsonObject patch = patchCommand(PreviewChange::Text, d, headingId, shown);
        QVERIFY(!patch.contains(QStringLiteral("design")));
        QCOMPARE(patch.value(QStringLiteral("block")).toObject().value(QStringLiteral("id")).toString(), headingId);
        QVERIFY(shown == d);
        QVERIFY(patchCommand(PreviewChange::Theme, d, {}, shown).contains(QStringLiteral("theme")));
        QVERIFY(patchCommand(PreviewChange::Layout, d, headingId, shown).contains(QStringLiteral("design")));

        // In the widget: the form's "fill in the required fields" note (what a whole
        // re-render clears) stays next to the new heading text.
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign running = design();
        QVERIFY(start(session, running));
        QSignalSpy invalid(&session, &PreviewSession::formInvalid);
        session.tapCall();
        QVERIFY(invalid.wait(10000));
        const QString note = QStringLiteral("Please fill in the required fields.");
        QVERIFY(probe(session, rec).value(QStringLiteral("html")).toString().contains(note));
        QList<bool> patchAcks;
        connect(&session, &PreviewSession::commandAcknowledged, this, [&](const QString &type, bool ok) {
            if (type == QLatin1String("patch"))
                patchAcks << ok;
        });
        session.applyChange(PreviewChange::Text, d, headingId);
        QTRY_VERIFY_WITH_TIMEOUT(!patchAcks.isEmpty(), 10000);
        QCOMPARE(patchAcks, QList<bool>{true});
        QString html = probe(session, rec).value(QStringLiteral("html")).toString();
        QVERIFY(html.contains(QLatin1String("Where is my parcel?")));
        QVERIFY(html.contains(note));
        // A structural edit renders the whole widget again: the note goes.
        session.applyChange(PreviewChange::Layout, d);
        html = probe(session, rec).value(QStringLiteral("html")).toString();
        QVERIFY(html.contains(QLatin1String("Where is my parcel?")));
        QVERIFY(!html.contains(note));
    }

    void customCodeEditRecreatesOnlyTheSandbox()
    {
        PreviewSession session;
        session.setCustomCodeDebounce(50);
        Recorder rec(session);
        WidgetDesign d = design();
        d.customCode.bodyEndHtml = "<script>console.log('version one');</script>";
        QVERIFY(start(session, d));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("version one")), 10000);
        const QString instance = probe(session, rec).value(QStringLiteral("instance")).toString();
        const int loads = session.loadCount();
        // Typing: several edits in a row produce one sandbox.
        QSignalSpy sandboxes(&session, &PreviewSession::sandboxReady);
        for (const char *version : {"two", "three", "four"}) {
            d.customCode.bodyEndHtml = std::string("<script>console.log('version ") + version + "');</script>";
            session.applyChange(PreviewChange::CustomCode, d);
        }
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("version four")), 10000);
        QVERIFY(!rec.hasConsole(QStringLiteral("version two")));
        QCOMPARE(sandboxes.size(), 1);
        QCOMPARE(probe(session, rec).value(QStringLiteral("instance")).toString(), instance);
        QCOMPARE(session.loadCount(), loads);
    }

    void placementReloadsTheHostPageAndTheCallerDecides()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        QVERIFY(start(session, d));
        const int loads = session.loadCount();
        // A colour edit is patched in place.
        d.theme.colors.primary = "#113355";
        session.applyChange(PreviewChange::Theme, d);
        QVERIFY(!probe(session, rec).value(QStringLiteral("instance")).toString().isEmpty());
        QCOMPARE(session.loadCount(), loads);
        // Moving the launcher needs the host page again.
        d.theme.position = LauncherPosition::BottomLeft;
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.applyChange(PreviewChange::Placement, d);
        QVERIFY(ready.wait(20000));
        QCOMPARE(session.loadCount(), loads + 1);
    }

    void otherChangesReload()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        QVERIFY(start(session, d));
        const int loads = session.loadCount();
        d.theme.width = 300;
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.applyChange(PreviewChange::Other, d);
        QVERIFY(ready.wait(20000));
        QCOMPARE(session.loadCount(), loads + 1);
    }

    void bridgeOpensOneChannelPerDocument()
    {
        // Qt's qwebchannel.js and our bridge against a transport that, like a busy designer,
        // answers only once the page has parsed (a second channel would take the first
        // one's replies), and then passes on a reply meant for the previous document. Either
        // used to fail with "execCallbacks[message.id] is not a function".
        QFile channelJs(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
        QVERIFY(channelJs.open(QIODevice::ReadOnly));
        const QString slowTransport = QStringLiteral(
            "window.__inits = 0; window.__errors = [];"
            "window.addEventListener('error', (e) => window.__errors.push(e.message));"
            "const objects = { previewBridge: { methods: [], properties: [], signals: [], enums: {} } };"
            "window.qt = { webChannelTransport: { onmessage: null, send(text) {"
            "  const m = JSON.parse(text);"
            "  if (m.type !== 3) return;"
            "  window.__inits += 1;"
            "  const reply = () => setTimeout(() => this.onmessage({ data: JSON.stringify("
            "      { type: 10, id: m.id, data: objects }) }), 20);"
            "  const stray = () => setTimeout(() => this.onmessage({ data: JSON.stringify("
            "      { type: 10, id: 41, data: true }) }), 40);"
            "  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', reply);"
            "  else reply();"
            "  stray();"
            "} } };");
        const QString html =
            QStringLiteral("<!doctype html><html><head><script>%1\n%2\n%3</script></head>"
                           "<body><p>page</p></body></html>")
                .arg(slowTransport, QString::fromUtf8(channelJs.readAll()),
                     QString::fromUtf8(PreviewSchemeHandler::resourceText(QStringLiteral("bridge.js"))));
        QWebEnginePage page;
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(html, QUrl(QStringLiteral("https://bridge.test/")));
        QVERIFY(loaded.wait(20000));
        QTest::qWait(300);
        QVariant inits, errors;
        page.runJavaScript(QStringLiteral("window.__inits"), [&](const QVariant &v) { inits = v; });
        page.runJavaScript(QStringLiteral("window.__errors.join('; ')"), [&](const QVariant &v) { errors = v; });
        QTRY_VERIFY_WITH_TIMEOUT(errors.isValid(), 10000);
        QCOMPARE(errors.toString(), QString());
        QCOMPARE(inits.toInt(), 1);
    }

    void quickReloadsLeaveNoInternalErrorInTheConsole()
    {
        // The bridge's own errors go to the developer log, never to the operator's Console.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("bridge\\.js")));
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session, design()));
        // Bursts of reloads, as an operator typing into a field that reloads.
        QSignalSpy ready(&session, &PreviewSession::ready);
        for (int burst = 0; burst < 2; ++burst) {
            ready.clear();
            for (int i = 0; i < 6; ++i) {
                session.reload();
                QTest::qWait(15 * i);
            }
            QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty(); }, 20000));
        }
        QTest::qWait(1000);
        for (const ConsoleMessage &line : rec.console)
            QVERIFY2(line.area != ConsoleArea::Browser && line.area != ConsoleArea::Runtime,
                     qPrintable(QStringLiteral("internal line reached the Console: ") + line.text));
        QVERIFY(!probe(session, rec).value(QStringLiteral("instance")).toString().isEmpty());
    }

    void forcedStateIsShown()
    {
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session, design()));
        session.forceState(WidgetState::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("ended"), 10000);
        QVERIFY(probe(session, rec).value(QStringLiteral("html")).toString().contains(QLatin1String("How did we do?")));
        session.forceState(WidgetState::Closed);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("closed"), 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 0);
    }

    void theCardIsAsTallAsItsContent()
    {
        PreviewSession session;
        Recorder rec(session);
        QWebEngineView view; // a page is laid out only in a view with a size
        view.setPage(session.page());
        view.resize(1000, 800);
        view.show();
        QVERIFY(start(session, design()));
        // The widget frame's height on the integrator's page, as a visitor sees it.
        const auto frameHeight = [&session] {
            QVariant height;
            session.page()->runJavaScript(
                QStringLiteral("document.getElementById('cs-frame').getBoundingClientRect().height"),
                [&height](const QVariant &v) { height = v; });
            if (!QTest::qWaitFor([&height] { return height.isValid(); }, 10000))
                return -1.0;
            return height.toDouble();
        };
        session.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("idle"), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(frameHeight() > 300, qPrintable(QString::number(frameHeight())), 10000);
        const double idle = frameHeight();
        // Connecting shows one line and a Cancel button: no tall white card under them.
        session.forceState(WidgetState::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("connecting"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(frameHeight() < 200, 10000);
        QVERIFY2(frameHeight() > 60, qPrintable(QString::number(frameHeight())));
        // And back: the form's state grows the card again.
        session.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(frameHeight(), idle, 10000);
        QVERIFY(rec.dropped.isEmpty());
    }

    void editsKeepTheStateTheDesignerHolds()
    {
        // Outside business hours the widget would be closed; the designer holds it in idle
        // while the operator edits idle's texts.
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        d.businessHours.alwaysOpen = false;
        for (auto &day : d.businessHours.weekly)
            day.clear();
        session.forceState(WidgetState::Idle);
        QVERIFY(start(session, d));
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
        d.state(WidgetState::Idle).blocks[0].text.set("en", "Where is my order?");
        session.applyChange(PreviewChange::Text, d);
        const QJsonObject result = probe(session, rec);
        QVERIFY(result.value(QStringLiteral("html")).toString().contains(QLatin1String("Where is my order?")));
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
    }

    void hungRendererIsRecoveredWithCustomCodeOff()
    {
        PreviewSession session;
        session.setHangTimeout(1500);
        Recorder rec(session);
        WidgetDesign d = design();
        d.customCode.bodyEndHtml = "<script>window.c2c.on('spin', function () { for (;;) {} });</script>";
        QVERIFY(start(session, d));
        QSignalSpy problems(&session, &PreviewSession::rendererProblem);
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.injectEvent(QStringLiteral("spin"), {});
        QVERIFY(problems.wait(20000));
        QVERIFY(problems.first().first().toString().contains(QLatin1String("stopped responding")));
        QVERIFY(ready.wait(20000));
        QVERIFY(!session.customCodeEnabled());
        QVERIFY(rec.hasConsole(QStringLiteral("Custom code is disabled")));
        // The recovered preview works.
        session.forceState(WidgetState::Ended);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("ended"), 10000);
        // And custom code comes back on an ordinary reload.
        session.reload();
        QVERIFY(ready.wait(20000));
        QVERIFY(session.customCodeEnabled());
    }

    void crashedRendererIsReloaded()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        d.customCode = {};
        QVERIFY(start(session, d));
        QSignalSpy problems(&session, &PreviewSession::rendererProblem);
        QSignalSpy ready(&session, &PreviewSession::ready);
        ::kill(pid_t(session.page()->renderProcessPid()), SIGKILL);
        QVERIFY(problems.wait(20000));
        QVERIFY(problems.first().first().toString().contains(QLatin1String("was reloaded")));
        QVERIFY(ready.wait(20000));
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
    }

    // A crash while custom code runs (a worker that eats memory, say) must not become a
    // reload loop: the preview comes back without custom code, as after a hang.
    void crashWithCustomCodeReloadsWithoutIt()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        d.customCode.bodyEndHtml = "<script>console.log('custom code ran');</script>";
        QVERIFY(start(session, d));
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("custom code ran")), 10000);
        QSignalSpy problems(&session, &PreviewSession::rendererProblem);
        QSignalSpy ready(&session, &PreviewSession::ready);
        ::kill(pid_t(session.page()->renderProcessPid()), SIGKILL);
        QVERIFY(problems.wait(20000));
        QVERIFY(problems.first().first().toString().contains(QLatin1String("custom code disabled")));
        QVERIFY(ready.wait(20000));
        QVERIFY(!session.customCodeEnabled());
        // An ordinary reload runs the custom code again.
        session.reload();
        QVERIFY(ready.wait(20000));
        QVERIFY(session.customCodeEnabled());
    }

    // Without custom code to blame, a page that keeps crashing is reloaded twice, then left
    // for the operator.
    void aPageThatKeepsCrashingIsNotReloadedForever()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign d = design();
        d.customCode = {};
        QVERIFY(start(session, d));
        QSignalSpy problems(&session, &PreviewSession::rendererProblem);
        for (int crash = 1; crash <= 3; ++crash) {
            QSignalSpy ready(&session, &PreviewSession::ready);
            const int loads = session.loadCount();
            ::kill(pid_t(session.page()->renderProcessPid()), SIGKILL);
            QTRY_COMPARE_WITH_TIMEOUT(problems.size(), crash, 20000);
            if (crash < 3) {
                QVERIFY(ready.wait(20000));
                QCOMPARE(session.loadCount(), loads + 1);
            } else {
                QTest::qWait(1000);
                QCOMPARE(session.loadCount(), loads);
                QVERIFY(problems.last().first().toString().contains(QLatin1String("not reloaded again")));
            }
        }
    }
};

PREVIEW_TEST_MAIN(TestPreviewLive, true)
#include "test_preview_live.moc"
