#include "PreviewBench.h"

#include "BenchReport.h"
#include "SpinUntil.h"

#include "PreviewSession.h"

#include "io/DesignFile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>

namespace callstudio::bench {

namespace {

std::vector<double> timeSandboxRecreation(int runs)
{
    PreviewSession session;
    // The typing debounce (300 ms) is the designer's choice, not the engine's cost: off here.
    session.setCustomCodeDebounce(0);
    WidgetDesign design = makeStarterDesign();
    design.customCode.bodyEndHtml = "<script>window.version = 0;</script>";
    bool ready = false;
    QObject::connect(&session, &PreviewSession::ready, [&] { ready = true; });
    int sandboxes = 0;
    QObject::connect(&session, &PreviewSession::sandboxReady, [&] { ++sandboxes; });
    session.setDesign(design);
    if (!spinUntil([&] { return ready && sandboxes > 0; }))
        qFatal("B2: the preview did not start");
    std::vector<double> samples;
    for (int i = 1; i <= runs; ++i) {
        design.customCode.bodyEndHtml = "<script>window.version = " + std::to_string(i) + ";</script>";
        const int before = sandboxes;
        QElapsedTimer t;
        t.start();
        session.applyChange(PreviewChange::CustomCode, design);
        if (!spinUntil([&] { return sandboxes > before; }))
            qFatal("B2: no c2c:ready after edit %d", i);
        samples.push_back(t.nsecsElapsed() / 1e6);
    }
    return samples;
}

std::vector<double> timeBareSandbox(int runs)
{
    QWebEnginePage page;
    bool loaded = false;
    QObject::connect(&page, &QWebEnginePage::loadFinished, [&] { loaded = true; });
    QString title;
    QObject::connect(&page, &QWebEnginePage::titleChanged, [&](const QString &t) { title = t; });
    page.setHtml(
        QStringLiteral("<!doctype html><title>-</title><body><script>"
                       "window.addEventListener('message', function (e) { document.title = 'ready ' + e.data; });"
                       "</script></body>"));
    if (!spinUntil([&] { return loaded; }))
        qFatal("B2 floor: the bare page did not load");
    std::vector<double> samples;
    for (int i = 1; i <= runs; ++i) {
        const QString expected = QStringLiteral("ready %1").arg(i);
        QElapsedTimer t;
        t.start();
        page.runJavaScript(QStringLiteral("if (window.sandbox) window.sandbox.remove();"
                                          "window.sandbox = document.createElement('iframe');"
                                          "window.sandbox.setAttribute('sandbox', 'allow-scripts');"
                                          "window.sandbox.srcdoc = '<script>parent.postMessage(%1, \"*\")<\\/script>';"
                                          "document.body.appendChild(window.sandbox);")
                               .arg(i));
        if (!spinUntil([&] { return title == expected; }))
            qFatal("B2 floor: no message from the bare sandbox %d", i);
        samples.push_back(t.nsecsElapsed() / 1e6);
    }
    return samples;
}

// A running preview of the order-help example (open hours, no custom code), ready.
struct RunningPreview
{
    PreviewSession session;
    // Shown, as in the designer: a page nobody shows gets no animation frames.
    QWebEngineView view;
    WidgetDesign design;
    bool ready = false;
    QString lastAck;

    RunningPreview()
    {
        const LoadResult loaded = loadDesignFromFile(CALLSTUDIO_EXAMPLE_DESIGN);
        if (!loaded.ok())
            qFatal("B1: the example does not load");
        design = *loaded.design;
        design.businessHours.alwaysOpen = true;
        design.customCode = {};
        QObject::connect(&session, &PreviewSession::ready, [this] { ready = true; });
        QObject::connect(&session, &PreviewSession::commandAcknowledged,
                         [this](const QString &type, bool) { lastAck = type; });
        view.setPage(session.page());
        view.resize(1200, 800);
        view.show();
        session.setDesign(design);
        if (!spinUntil([this] { return ready; }))
            qFatal("B1: the preview did not start");
    }

    // Applies `edit` to the design, sends it as `kind`, and times it until `ack` arrives.
    template <typename Edit> double timeEdit(PreviewChange kind, Edit edit, const char *ack = "patch")
    {
        edit(design);
        lastAck.clear();
        QElapsedTimer t;
        t.start();
        const std::string &heading = design.state(WidgetState::Idle).blocks[0].id;
        session.applyChange(kind, design, QString::fromStdString(heading),
                            QLatin1String(ack) == QLatin1String("patch_frame"));
        if (!spinUntil([&] { return lastAck == QLatin1String(ack); }))
            qFatal("B1: no %s acknowledgement", ack);
        return t.nsecsElapsed() / 1e6;
    }

    double timeReload()
    {
        ready = false;
        QElapsedTimer t;
        t.start();
        session.setDesign(design);
        if (!spinUntil([this] { return ready; }))
            qFatal("B1: the reload did not finish");
        return t.nsecsElapsed() / 1e6;
    }
};

void editHeading(WidgetDesign &d, int i)
{
    d.state(WidgetState::Idle).blocks[0].text.set("en", "Edited heading " + std::to_string(i));
}

void editTheme(WidgetDesign &d, int i)
{
    d.theme.colors.primary = i % 2 ? "#0b5cad" : "#7a1fa2";
}

void moveBlock(WidgetDesign &d, int)
{
    auto &blocks = d.state(WidgetState::Idle).blocks;
    std::rotate(blocks.begin(), blocks.begin() + 1, blocks.end() - 1); // the call button stays last
}

// The floor: the same text change in a bare page, laid out, answered to C++.
std::vector<double> timeBarePatch(int runs)
{
    QWebEnginePage page;
    bool loaded = false;
    QObject::connect(&page, &QWebEnginePage::loadFinished, [&] { loaded = true; });
    page.setHtml(QStringLiteral("<!doctype html><body><main id=w><h2 id=h>Questions?</h2><p>Call us.</p>"
                                "<button>Call us</button></main></body>"));
    if (!spinUntil([&] { return loaded; }))
        qFatal("B1 floor: the bare page did not load");
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        bool answered = false;
        QElapsedTimer t;
        t.start();
        page.runJavaScript(QStringLiteral("document.getElementById('h').textContent = 'Edited heading %1';"
                                          "document.getElementById('w').getBoundingClientRect().height")
                               .arg(i),
                           [&](const QVariant &) { answered = true; });
        if (!spinUntil([&] { return answered; }))
            qFatal("B1 floor: no answer");
        samples.push_back(t.nsecsElapsed() / 1e6);
    }
    return samples;
}

std::vector<double> withoutWarmUp(std::vector<double> v, size_t warmUp)
{
    return std::vector<double>(v.begin() + static_cast<long>(std::min(warmUp, v.size())), v.end());
}

const char kBenchCustomCode[] = R"(<script>
  window.c2c.on('bench_ping', function (e) { window.c2c.emit('bench_pong', { i: e.i }); });
  var expected = 0;
  var inOrder = true;
  window.c2c.on('bench_burst', function (e) {
    if (e.i !== expected) { inOrder = false; }
    expected += 1;
    if (e.last) {
      window.c2c.emit('bench_burst_done', { received: expected, inOrder: inOrder });
      expected = 0;
      inOrder = true;
    }
  });
</script>
)";

// The same echo with no Call Studio code: a page, a sandboxed srcdoc iframe, a MessagePort.
const char kBareBridgePage[] = R"(<!doctype html><body><script>
  var frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = '<script>onmessage = function (e) { var port = e.ports[0]; var expected = 0, inOrder = true;'
    + ' port.onmessage = function (m) { var d = m.data;'
    + '  if (d.type === "ping") { port.postMessage({ type: "pong", i: d.i }); return; }'
    + '  if (d.i !== expected) { inOrder = false; } expected += 1;'
    + '  if (d.last) { port.postMessage({ type: "done", received: expected, inOrder: inOrder }); expected = 0; inOrder = true; } }; };'
    + '<\/script>';
  var channel = new MessageChannel();
  frame.onload = function () { frame.contentWindow.postMessage('port', '*', [channel.port2]); window.bridgeReady = true; };
  document.body.appendChild(frame);
  window.runLatency = function (count) {
    var latencies = [], sentAt = 0, started = performance.now();
    channel.port1.onmessage = function (m) {
      latencies.push(performance.now() - sentAt);
      if (latencies.length >= count) {
        window.benchResult = JSON.stringify({ latencies: latencies, totalMs: performance.now() - started });
        return;
      }
      sentAt = performance.now(); channel.port1.postMessage({ type: 'ping', i: latencies.length });
    };
    sentAt = performance.now(); channel.port1.postMessage({ type: 'ping', i: 0 });
  };
  window.runBurst = function (count) {
    var started = performance.now();
    channel.port1.onmessage = function (m) {
      window.benchResult = JSON.stringify({ received: m.data.received, inOrder: m.data.inOrder, elapsedMs: performance.now() - started });
    };
    for (var i = 0; i < count; i += 1) { channel.port1.postMessage({ type: 'burst', i: i, last: i === count - 1 }); }
  };
</script></body>)";

// The harness that answers bench_bridge inside the widget frame (tests/bench/bench-bridge.js).
QWebEngineScript benchBridgeScript()
{
    QFile file(QStringLiteral(":/callstudio/bench/bench-bridge.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("B3: the bench harness is not compiled in");
    QWebEngineScript script;
    script.setName(QStringLiteral("callstudio-bench-bridge"));
    script.setSourceCode(QString::fromUtf8(file.readAll()));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::MainWorld);
    script.setRunsOnSubFrames(true);
    return script;
}

QJsonObject runBareBridge(QWebEnginePage &page, const QString &call)
{
    page.runJavaScript(QStringLiteral("window.benchResult = null; ") + call);
    QJsonObject result;
    if (!spinUntil([&] {
            bool answered = false;
            page.runJavaScript(QStringLiteral("window.benchResult"), [&](const QVariant &v) {
                if (v.isValid() && !v.isNull())
                    result = QJsonDocument::fromJson(v.toString().toUtf8()).object();
                answered = true;
            });
            spinUntil([&] { return answered; });
            return !result.isEmpty();
        }))
        qFatal("B3 floor: no result");
    return result;
}

std::vector<double> latenciesOf(const QJsonObject &result)
{
    std::vector<double> out;
    for (const auto &v : result.value(QStringLiteral("latencies")).toArray())
        out.push_back(v.toDouble());
    return out;
}

} // namespace

void benchBridge(BenchReport &report, int latencyRuns, int burstCount)
{
    PreviewSession session;
    session.page()->scripts().insert(benchBridgeScript());
    QWebEngineView view;
    view.setPage(session.page());
    view.show();
    WidgetDesign design = makeStarterDesign();
    design.customCode.bodyEndHtml = kBenchCustomCode;
    bool sandboxUp = false;
    QJsonObject bench;
    QObject::connect(&session, &PreviewSession::sandboxReady, [&] { sandboxUp = true; });
    QObject::connect(&session, &PreviewSession::probeResult, [&](const QJsonObject &probe) {
        if (probe.contains(QStringLiteral("bench")))
            bench = probe.value(QStringLiteral("bench")).toObject();
    });
    session.setDesign(design);
    if (!spinUntil([&] { return sandboxUp; }))
        qFatal("B3: the sandbox did not start");
    auto run = [&](const QString &mode, int count) {
        bench = {};
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("bench_bridge")},
                             {QStringLiteral("mode"), mode},
                             {QStringLiteral("count"), count}});
        if (!spinUntil([&] { return !bench.isEmpty(); }))
            qFatal("B3: no %s result", qPrintable(mode));
        return bench;
    };

    QWebEnginePage bare;
    bool bareReady = false;
    QObject::connect(&bare, &QWebEnginePage::loadFinished, [&] { bareReady = true; });
    bare.setHtml(QString::fromUtf8(kBareBridgePage));
    if (!spinUntil([&] { return bareReady; }))
        qFatal("B3 floor: the bare page did not load");
    spinUntil([&] {
        bool ok = false, answered = false;
        bare.runJavaScript(QStringLiteral("window.bridgeReady === true"), [&](const QVariant &v) {
            ok = v.toBool();
            answered = true;
        });
        spinUntil([&] { return answered; });
        return ok;
    });

    run(QStringLiteral("latency"), 50); // warm-up
    runBareBridge(bare, QStringLiteral("runLatency(50)"));
    const QJsonObject oursRun = run(QStringLiteral("latency"), latencyRuns);
    const QJsonObject floorRun = runBareBridge(bare, QStringLiteral("runLatency(%1)").arg(latencyRuns));
    // Chromium rounds performance.now() to 0.1 ms here, so single round trips read as 0.0
    // or 0.1: the mean over the whole sequence is the finer figure.
    report.addTiming("B3", "widget event -> sandbox handler -> emit -> widget (0.1 ms clock)", latenciesOf(oursRun),
                     latenciesOf(floorRun), "ms", 1.0);
    report.addValue("B3", "round trip, mean over the sequence",
                    oursRun.value(QStringLiteral("totalMs")).toDouble() / latencyRuns, "ms");
    report.addValue("B3", "round trip of the bare MessagePort floor, mean",
                    floorRun.value(QStringLiteral("totalMs")).toDouble() / latencyRuns, "ms");

    const QJsonObject burst = run(QStringLiteral("burst"), burstCount);
    const QJsonObject bareBurst = runBareBridge(bare, QStringLiteral("runBurst(%1)").arg(burstCount));
    const double received = burst.value(QStringLiteral("received")).toDouble();
    report.addValue("B3b", "burst: events lost of " + std::to_string(burstCount), burstCount - received, "events", 0.0);
    report.addValue("B3b", "burst: all received in order (1 = yes)",
                    burst.value(QStringLiteral("inOrder")).toBool() ? 1 : 0, "");
    const double ourRate = received / (burst.value(QStringLiteral("elapsedMs")).toDouble() / 1000.0);
    const double floorRate = bareBurst.value(QStringLiteral("received")).toDouble()
                             / (bareBurst.value(QStringLiteral("elapsedMs")).toDouble() / 1000.0);
    report.addValue("B3b", "burst throughput (events/s)", ourRate, "1/s");
    report.addValue("B3b", "burst throughput of the bare MessagePort floor (events/s)", floorRate, "1/s");
    report.addValue("B3b", "burst throughput / floor", ourRate / floorRate, "x", 0.5);
}

void benchEditToPreview(BenchReport &report, int repetitions)
{
    const size_t warmUp = 5;
    RunningPreview preview;
    std::vector<double> text, theme, move, frame;
    for (int i = 0; i < repetitions + int(warmUp); ++i) {
        text.push_back(preview.timeEdit(PreviewChange::Text, [i](WidgetDesign &d) { editHeading(d, i); }));
        theme.push_back(preview.timeEdit(PreviewChange::Theme, [i](WidgetDesign &d) { editTheme(d, i); }));
        move.push_back(preview.timeEdit(PreviewChange::Layout, [i](WidgetDesign &d) { moveBlock(d, i); }));
        frame.push_back(preview.timeEdit(
            PreviewChange::Text, [i](WidgetDesign &d) { editHeading(d, i + 100000); }, "patch_frame"));
    }
    std::vector<double> reload;
    const int reloads = std::max(3, repetitions / 10);
    for (int i = 0; i < reloads + 1; ++i)
        reload.push_back(preview.timeReload());
    const std::vector<double> floor = withoutWarmUp(timeBarePatch(repetitions + int(warmUp)), warmUp);

    report.addTiming("B1", "text edit -> DOM patched, laid out, acknowledged", withoutWarmUp(text, warmUp), floor, "ms",
                     8.0);
    report.addTiming("B1", "theme edit -> DOM patched, laid out, acknowledged", withoutWarmUp(theme, warmUp), floor,
                     "ms", 8.0);
    report.addTiming("B1", "block move -> DOM patched, laid out, acknowledged", withoutWarmUp(move, warmUp), floor,
                     "ms", 8.0);
    report.addTiming("B1", "text edit -> next requestAnimationFrame", withoutWarmUp(frame, warmUp), {}, "ms");
    report.addTiming("B1", "text edit through a full reload (baseline)", withoutWarmUp(reload, 1), {}, "ms");
    report.addValue("B1", "reload median / text patch median",
                    percentilesOf(withoutWarmUp(reload, 1)).median / percentilesOf(withoutWarmUp(text, warmUp)).median,
                    "x", 10.0);
}

void benchCustomCodeRerun(BenchReport &report, int repetitions)
{
    const int warmUp = 3;
    auto drop = [warmUp](std::vector<double> v) { return std::vector<double>(v.begin() + warmUp, v.end()); };
    // Alternating halves, so drift on a busy machine hits both.
    std::vector<double> ours = drop(timeSandboxRecreation(repetitions / 2 + warmUp));
    std::vector<double> floor = drop(timeBareSandbox(repetitions / 2 + warmUp));
    for (double v : drop(timeSandboxRecreation(repetitions / 2 + warmUp)))
        ours.push_back(v);
    for (double v : drop(timeBareSandbox(repetitions / 2 + warmUp)))
        floor.push_back(v);
    report.addTiming("B2", "custom-code edit -> c2c:ready in the new sandbox", ours, floor, "ms");
    const double ratio = percentilesOf(ours).p95 / percentilesOf(floor).p95;
    report.addValue("B2", "custom-code re-run p95 / floor p95", ratio, "x", 3.0);
}

} // namespace callstudio::bench
