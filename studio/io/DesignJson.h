// The widget design <-> JSON, in the file format described by
// resources/schema/widget-design.schema.json.
#pragma once

#include "model/WidgetDesign.h"

#include <nlohmann/json.hpp>

#include <string>

namespace callstudio {

inline constexpr const char *kSchemaId = "https://schemas.callstudio.example/widget-design/1.json";

// The design as JSON in canonical key order (the order a person reads it in).
nlohmann::ordered_json designToJson(const WidgetDesign &design);

// Canonical text: two-space indent, UTF-8 as is, trailing newline.
std::string designToCanonicalText(const WidgetDesign &design);

// Reads a document that already passed the schema (taken by value: its strings are
// moved into the design). Throws nlohmann::json::exception on content the schema should
// have refused.
WidgetDesign designFromJson(nlohmann::json doc);

nlohmann::ordered_json textToJson(const LocalizedText &text);
// Parts of the design as they appear in its JSON (a live preview patches with them).
nlohmann::ordered_json blockToJson(const Block &block);
nlohmann::ordered_json themeToJson(const Theme &theme);

} // namespace callstudio
