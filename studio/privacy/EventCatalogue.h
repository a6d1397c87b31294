// The product's event catalogue as custom code sees it: each event name and the fields
// of the data object a `window.c2c.on` handler receives (every event also carries
// `context`). Source: docs/product-reference.md, "Events".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

struct CatalogueEvent
{
    std::string_view name;
    std::vector<std::string_view> fields; // without `context`
};

const std::vector<CatalogueEvent> &eventCatalogue();
const CatalogueEvent *findCatalogueEvent(std::string_view name);

// Events custom code emits itself arrive as "custom:<name>" with its own payload.
inline constexpr std::string_view kCustomEventPrefix = "custom:";

// Levenshtein distance in bytes; names are ASCII.
size_t editDistance(std::string_view a, std::string_view b);

// The catalogue event closest to a mistyped `name`, or "" when none is close enough
// to be a likely typo.
std::string_view closestEventName(std::string_view name);

} // namespace callstudio
