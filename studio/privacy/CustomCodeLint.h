// Lint of the custom code (Head HTML / Body end HTML) for what breaks inside the
// widget's sandbox: markup errors, mixed content, APIs an opaque origin refuses, and
// c2c event handlers that subscribe to unknown events or read fields an event lacks.
#pragma once

#include "CustomCodeDocument.h"
#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <vector>

namespace callstudio {

// Problems of both areas. `pointer` names the area ("/customCode/headHtml" or
// "/customCode/bodyEndHtml"); line and column are positions inside that area.
std::vector<Problem> lintCustomCode(const CustomCode &code);
std::vector<Problem> lintCustomCode(const ParsedCustomCode &parsed);

// Problems reported per area before the rest are summed up in one info entry.
inline constexpr size_t kMaxLintProblemsPerArea = 200;

} // namespace callstudio
