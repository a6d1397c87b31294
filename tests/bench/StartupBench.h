// B5: process start to main window shown, and to preview ready, against a bare
// QWebEngineView application doing the same.
#pragma once

namespace callstudio::bench {

class BenchReport;
void benchStartup(BenchReport &report, int repetitions);

} // namespace callstudio::bench
