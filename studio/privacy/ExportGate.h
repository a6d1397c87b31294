// What stops a design from leaving Call Studio. Every path that writes something for the
// outside world (File ▸ Export Widget Config, File ▸ Export Shareable Preview, `callstudio
// export` and `callstudio share`) asks this one question, so they refuse the same designs.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <vector>

namespace callstudio {

// The error-severity entries of the whole problems list (design checks, custom-code lint,
// privacy assistant), in its order; empty when the design may be exported.
std::vector<Problem> exportBlockers(const WidgetDesign &design);

// The same, from a problems list already computed for this design by reviewDesign().
std::vector<Problem> exportBlockers(const std::vector<Problem> &review);

} // namespace callstudio
