#include "StartupBench.h"

#include "BenchReport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

namespace callstudio::bench {

namespace {

struct StartupTimes
{
    double windowShownMs = -1;
    double readyMs = -1;
};

// Runs `program` until it prints "preview-ready" (or 60 s pass); times both markers from
// the moment the process is started, as the operator waits for them.
StartupTimes timeStartup(const QString &program, const QStringList &args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLSTUDIO_STARTUP_REPORT"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    StartupTimes times;
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    QByteArray pending;
    while (times.readyMs < 0 && clock.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        pending += p.readAllStandardOutput();
        for (int nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line == "window-shown" && times.windowShownMs < 0)
                times.windowShownMs = clock.nsecsElapsed() / 1e6;
            else if (line == "preview-ready")
                times.readyMs = clock.nsecsElapsed() / 1e6;
        }
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    return times;
}

} // namespace

void benchStartup(BenchReport &report, int repetitions)
{
    std::vector<double> appShown, appReady, floorShown, floorReady;
    const QStringList appArgs{QStringLiteral(CALLSTUDIO_EXAMPLE_DESIGN)};
    // One warm-up each fills the page cache; then the two alternate so drift hits both.
    timeStartup(QStringLiteral(CALLSTUDIO_FLOOR_WEBENGINE), {});
    timeStartup(QStringLiteral(CALLSTUDIO_EXECUTABLE), appArgs);
    for (int i = 0; i < repetitions; ++i) {
        const auto floor = timeStartup(QStringLiteral(CALLSTUDIO_FLOOR_WEBENGINE), {});
        const auto app = timeStartup(QStringLiteral(CALLSTUDIO_EXECUTABLE), appArgs);
        if (floor.windowShownMs >= 0)
            floorShown.push_back(floor.windowShownMs);
        if (floor.readyMs >= 0)
            floorReady.push_back(floor.readyMs);
        if (app.windowShownMs >= 0)
            appShown.push_back(app.windowShownMs);
        if (app.readyMs >= 0)
            appReady.push_back(app.readyMs);
    }
    if (appShown.size() < static_cast<size_t>(repetitions) || appReady.size() < static_cast<size_t>(repetitions))
        std::fprintf(stderr, "B5: callstudio reported window %zu and preview %zu times of %d\n", appShown.size(),
                     appReady.size(), repetitions);
    report.addTiming("B5", "start-up: process start to main window shown", appShown, floorShown, "ms");
    report.addTiming("B5", "start-up: process start to preview ready", appReady, floorReady, "ms");
    if (!appShown.empty() && !floorShown.empty())
        report.addValue("B5", "start-up: window shown / floor (medians)",
                        percentilesOf(appShown).median / percentilesOf(floorShown).median, "x", 1.3);
}

} // namespace callstudio::bench
