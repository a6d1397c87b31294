// B2: a custom-code edit until `c2c:ready` in the new sandbox, against a bare page
// creating a sandbox="allow-scripts" srcdoc iframe that posts one message.
#pragma once

namespace callstudio::bench {

class BenchReport;
void benchCustomCodeRerun(BenchReport &report, int repetitions);

} // namespace callstudio::bench

namespace callstudio::bench {

// B1: a design edit until the widget's DOM is patched, laid out and acknowledged (text,
// theme, block move), the same until the next animation frame, and the same edits
// through a full reload; floor: the same DOM change in a bare page.
void benchEditToPreview(BenchReport &report, int repetitions);

} // namespace callstudio::bench

namespace callstudio::bench {

// B3: widget event → sandbox handler → c2c.emit back → widget, one at a time (latency),
// and B3b: 10,000 events to the sandbox as fast as possible (all received, in order?);
// floor: a bare page echoing over a MessagePort with a sandboxed iframe.
void benchBridge(BenchReport &report, int latencyRuns, int burstCount);

} // namespace callstudio::bench
