#include "PreviewBench.h"

#include "BenchReport.h"

#include "PreviewSession.h"

#include "io/DesignFile.h"
#include "io/DesignJson.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QEventLoop>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>

namespace callstudio::bench {

namespace {

// Runs the event loop until `done` turns true (checked on every event and every 1 ms),
// or 10 s pass; false on time-out.
template<typename Done>
bool spinUntil(Done done)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    while (!done()) {
        if (clock.elapsed() > 10000)
            return false;
        loop.processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

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
    page.setHtml(QStringLiteral("<!doctype html><title>-</title><body><script>"
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
    template<typename Edit>
    double timeEdit(PreviewChange kind, Edit edit, const char *ack = "patch")
    {
        edit(design);
        lastAck.clear();
        QElapsedTimer t;
        t.start();
        if (QLatin1String(ack) == QLatin1String("patch_frame"))
            session.sendCommand({{QStringLiteral("type"), QStringLiteral("patch")},
                                 {QStringLiteral("design"), QJsonDocument::fromJson(QByteArray::fromStdString(
                                                                                        designToJson(design).dump()))
                                                                .object()},
                                 {QStringLiteral("frameAck"), true}});
        else
            session.applyChange(kind, design);
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

} // namespace

void benchEditToPreview(BenchReport &report, int repetitions)
{
    const size_t warmUp = 5;
    RunningPreview preview;
    std::vector<double> text, theme, move, frame;
    for (int i = 0; i < repetitions + int(warmUp); ++i) {
        text.push_back(preview.timeEdit(PreviewChange::Text, [i](WidgetDesign &d) { editHeading(d, i); }));
        theme.push_back(preview.timeEdit(PreviewChange::Theme, [i](WidgetDesign &d) { editTheme(d, i); }));
        move.push_back(preview.timeEdit(PreviewChange::Layout, [i](WidgetDesign &d) { moveBlock(d, i); }));
        frame.push_back(
            preview.timeEdit(PreviewChange::Text, [i](WidgetDesign &d) { editHeading(d, i + 100000); }, "patch_frame"));
    }
    std::vector<double> reload;
    const int reloads = std::max(3, repetitions / 10);
    for (int i = 0; i < reloads + 1; ++i)
        reload.push_back(preview.timeReload());
    const std::vector<double> floor = withoutWarmUp(timeBarePatch(repetitions + int(warmUp)), warmUp);

    report.addTiming("B1", "text edit -> DOM patched, laid out, acknowledged", withoutWarmUp(text, warmUp), floor, "ms", 8.0);
    report.addTiming("B1", "theme edit -> DOM patched, laid out, acknowledged", withoutWarmUp(theme, warmUp), floor, "ms",
                     8.0);
    report.addTiming("B1", "block move -> DOM patched, laid out, acknowledged", withoutWarmUp(move, warmUp), floor, "ms",
                     8.0);
    report.addTiming("B1", "text edit -> next requestAnimationFrame", withoutWarmUp(frame, warmUp), {}, "ms");
    report.addTiming("B1", "text edit through a full reload (baseline)", withoutWarmUp(reload, 1), {}, "ms");
    report.addValue("B1", "reload median / text patch median",
                    percentilesOf(withoutWarmUp(reload, 1)).median / percentilesOf(withoutWarmUp(text, warmUp)).median, "x",
                    10.0);
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
