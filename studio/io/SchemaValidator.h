// Checks a parsed design document against resources/schema/widget-design.schema.json
// (draft-07, with valijson) and words each failure for a person.
#pragma once

#include "checks/Problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace callstudio {

// The schema text compiled into the library.
const std::string &designSchemaText();

// Problems (pointer and message; no line/column) for every leaf failure, in document
// order of their pointers. Empty when the document is valid.
std::vector<Problem> validateAgainstSchema(const nlohmann::json &doc);

} // namespace callstudio
