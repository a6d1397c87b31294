// B2: a custom-code edit until `c2c:ready` in the new sandbox, against a bare page
// creating a sandbox="allow-scripts" srcdoc iframe that posts one message.
#pragma once

namespace callstudio::bench {

class BenchReport;
void benchCustomCodeRerun(BenchReport &report, int repetitions);

} // namespace callstudio::bench
