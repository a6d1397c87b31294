// Where a problem is, in the operator's words: "Idle › Disclosure, block 2",
// "Body-end HTML, line 3", "Call error messages › No microphone". The Problems dock and
// `validate`'s text output show this; the JSON output and navigation keep the pointer.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <QString>

namespace callstudio {

QString problemPlace(const Problem &problem, const WidgetDesign &design);

// Errors first, then warnings, then information; the checks' order within each.
void sortBySeverity(std::vector<Problem> &problems);

} // namespace callstudio
