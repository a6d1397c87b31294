// The whole problems list of a design, as the designer's Problems dock and
// `callstudio validate` show it: the design checks, the custom-code lint and the
// privacy assistant, with the custom code parsed once.
#pragma once

#include "CustomCodeDocument.h"
#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace callstudio {

// Design checks first, then custom-code lint (line/column inside its HTML area), then
// the privacy assistant.
std::vector<Problem> reviewDesign(const WidgetDesign &design);

// The same review for a designer that asks again after every edit: the custom code is
// parsed and linted again only when it changed, so a text edit costs the design and
// privacy checks alone. One review at a time (calls from other threads wait).
class DesignReviewer
{
public:
    std::vector<Problem> review(const WidgetDesign &design);
    // How many times the custom code was parsed and linted so far.
    int customCodeReadings() const { return m_readings; }

private:
    std::mutex m_mutex;
    CustomCode m_code;
    std::unique_ptr<ParsedCustomCode> m_parsed;
    std::vector<Problem> m_lint;
    std::atomic<int> m_readings{0};
};

} // namespace callstudio
