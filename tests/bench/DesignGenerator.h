// A large, valid, realistic design for the file-path benchmark: many blocks in every
// state, many locales, long custom code.
#pragma once

#include "model/WidgetDesign.h"

#include <cstddef>

namespace callstudio::bench {

// A design whose canonical text is at least `targetBytes` long (within one block's size).
WidgetDesign generateLargeDesign(size_t targetBytes);

} // namespace callstudio::bench
