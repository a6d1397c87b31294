// Looking up event names as custom code writes them: the catalogue itself is the product
// contract's (contract/ProductContract.h); this adds the typo suggestions of the lint.
#pragma once

#include "contract/ProductContract.h"

#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

// Levenshtein distance in bytes; names are ASCII.
size_t editDistance(std::string_view a, std::string_view b);

// The catalogue event closest to a mistyped `name`, or "" when none is close enough
// to be a likely typo.
std::string_view closestEventName(std::string_view name);

} // namespace callstudio
