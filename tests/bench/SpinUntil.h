// Runs the event loop until a condition holds, as the benchmarks wait for the preview.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>

namespace callstudio::bench {

// Runs the event loop until `done` turns true (checked on every event and every 1 ms),
// or `timeoutMs` pass; false on time-out.
template <typename Done> bool spinUntil(Done done, qint64 timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        loop.processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace callstudio::bench
