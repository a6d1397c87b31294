// The whole problems list of a design, as the designer's Problems dock and
// `callstudio validate` show it: the design checks, the custom-code lint and the
// privacy assistant, with the custom code parsed once.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <vector>

namespace callstudio {

// Design checks first, then custom-code lint (line/column inside its HTML area), then
// the privacy assistant.
std::vector<Problem> reviewDesign(const WidgetDesign &design);

} // namespace callstudio
