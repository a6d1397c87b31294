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
