// Checks a parsed design document against resources/schema/widget-design.schema.json
// (draft-07, with valijson) and words each failure for a person.
#pragma once

#include "checks/Problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace callstudio {

// The schema text compiled into the library, and that text parsed.
const std::string &designSchemaText();
const nlohmann::json &designSchema();

// The schema node that governs the value at `tokens` of a design file, following
// properties, additionalProperties, items and $ref; nullptr when it cannot be told
// statically.
const nlohmann::json *designSchemaNodeFor(const std::vector<std::string> &tokens);

// How many schema failures are worded at most; the rest are counted in `unlisted`.
inline constexpr size_t kMaxFailuresDescribed = 5 * kMaxProblemsPerFile;

// Problems (pointer and message; no line/column) for the leaf failures, in document
// order of their pointers. Empty when the document is valid. Validation stops after a few
// thousand failures (`unlisted` then says checking stopped), so its time is bounded by the
// size of the document, never by the number of its failures.
std::vector<Problem> validateAgainstSchema(const nlohmann::json &doc, UnlistedProblems *unlisted = nullptr);

} // namespace callstudio
