// The widget config: what the widget on the website reads at run time, as File ▸ Export
// Widget Config and `callstudio export` write it, in its own format
// (resources/schema/widget-config.schema.json). It carries the design's identity, locales,
// theme, states and blocks, error messages, business hours, custom code and routing, and
// the URL context's keys; none of the design-only data (the samples' values, the design
// file's `$schema` and version). The one conversion both ways.
#pragma once

#include "io/DesignFile.h"
#include "model/WidgetDesign.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

inline constexpr const char *kWidgetConfigSchemaId = "https://schemas.callstudio.example/widget-config/1.json";
inline constexpr int kWidgetConfigVersion = 1;

// The schema text compiled into the library.
const std::string &widgetConfigSchemaText();

// The config of `design`, in the design file's key order.
nlohmann::ordered_json widgetConfigFromDesign(const WidgetDesign &design);

// Canonical text of the config: two-space indent, UTF-8 as is, trailing newline.
std::string widgetConfigText(const WidgetDesign &design);

// Problems (pointer and message; no line/column) for every way `config` departs from the
// widget config schema. Empty when it is valid.
std::vector<Problem> validateWidgetConfig(const nlohmann::json &config);

// The design a config describes, its URL context keys with empty sample values. Problems
// are placed in `text`; the same guards as a design file's (size, nesting, syntax).
LoadResult loadWidgetConfigFromText(std::string_view text);
LoadResult loadWidgetConfigFromFile(const std::string &path);

// A file name for the config, from the widget's name ("Acme — Order help" becomes
// "acme-order-help.widget.json"), else from its app id; never a path.
std::string suggestedWidgetConfigFileName(const WidgetDesign &design);

// `design` as far as a widget config carries it: what a round trip through the config gives.
WidgetDesign withoutDesignOnlyData(WidgetDesign design);

} // namespace callstudio
