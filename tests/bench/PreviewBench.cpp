#include "PreviewBench.h"

#include "BenchReport.h"

#include "PreviewSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebEnginePage>

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

} // namespace

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
