// Rules a design must follow beyond its file format: the layout rules of the product,
// texts in every locale, safe link targets, well-formed business hours.
#pragma once

#include "Problem.h"
#include "model/WidgetDesign.h"

#include <vector>

namespace callstudio {

// Every problem of `design`, grouped by rule. Pointers address the design's JSON file;
// line and column are left at 0 (the caller locates them in a source text if it has one).
std::vector<Problem> checkDesign(const WidgetDesign &design);

// JSON Pointer of a block ("/states/idle/blocks/2").
std::string blockPointer(WidgetState state, size_t index);

} // namespace callstudio
