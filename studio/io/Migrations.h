// Schema versions and the steps that bring an older design file up to the current one.
//
// Version 0 is the pre-release format (files without "schemaVersion"): locales were a
// plain list whose first entry was the default, and the theme's brand colour pair was
// called "accent" / "onAccent". Version 1 is the current format.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace callstudio {

// The version a document declares: its integer "schemaVersion", 0 when absent, -1 when
// present but not a non-negative integer.
int declaredSchemaVersion(const nlohmann::json &doc);

struct MigrationError
{
    std::string message;
    std::string pointer; // JSON Pointer of the value a step could not make sense of
};

// Rewrites `doc` from `fromVersion` to the current version in place, one step at a time.
// Returns false with `error` set when a step cannot make sense of the document.
bool migrateToCurrent(nlohmann::json &doc, int fromVersion, MigrationError &error);

} // namespace callstudio
