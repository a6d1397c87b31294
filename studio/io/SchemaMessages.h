// How the schema check words a failure for a person: valijson's leaf failures turned
// into messages that name the value (its key, a block by kind and id, an item by its
// position), what was found and what the schema expects. Internal to io/.
#pragma once

#include "checks/Problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace callstudio {

// One failure as valijson reports it: where (tokens of the value's pointer) and what.
struct SchemaFailure
{
    std::vector<std::string> tokens;
    std::string description;
};

bool startsWith(const std::string &s, const std::string &prefix);
// The text after `prefix` up to the next single quote.
std::string quotedBetween(const std::string &s, const std::string &prefix);
std::string pointerOf(const std::vector<std::string> &tokens);
// The tokens of a valijson error's context: "<root>" dropped, "[key]" unwrapped.
std::vector<std::string> tokensOfContext(const std::vector<std::string> &context);
// The value at `tokens` of `doc`, nullptr when there is none.
const nlohmann::json *valueAt(const nlohmann::json &doc, const std::vector<std::string> &tokens);
// A value as the file has it, cut short for a message.
std::string shortValue(const nlohmann::json &v);
// The values of a schema node's "enum", as a message lists them.
std::string enumList(const nlohmann::json &node);
// How a message names the value at `tokens`.
std::string nameOf(const nlohmann::json &doc, const std::vector<std::string> &tokens);

// Whether a failure says what is wrong (a leaf), rather than that something below failed.
bool isLeafFailure(const std::string &description);

// Words one leaf failure as a problem; false for the failures that only say something
// further down failed.
bool describeSchemaFailure(const nlohmann::json &doc, SchemaFailure failure, Problem &out);

} // namespace callstudio
