// Loading and saving design files: size and encoding guards, JSON syntax, schema
// version and migrations, the JSON Schema, then the model. Saves are atomic.
#pragma once

#include "checks/Problem.h"
#include "model/WidgetDesign.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace callstudio {

inline constexpr size_t kMaxDesignFileBytes = 32u * 1024u * 1024u;

struct LoadResult
{
    enum class Status {
        Loaded,     // `design` holds the file's content
        Invalid,    // the file was read but its content is not a valid design: see problems
        Unreadable, // the file could not be read at all: see problems
    };
    Status status = Status::Invalid;
    std::optional<WidgetDesign> design;
    std::vector<Problem> problems;                    // located syntax/schema errors; never semantic checks
    int sourceVersion = WidgetDesign::kSchemaVersion; // what the file declared (migrated when lower)

    bool ok() const { return status == Status::Loaded; }
};

// Parses and validates a design held in memory.
LoadResult loadDesignFromText(std::string_view text);

// Reads `path` once and loads it. Directories, FIFOs, sockets, devices, symlink loops,
// missing or unreadable files and files over kMaxDesignFileBytes are Unreadable. When
// `bytesRead` is given, it receives the bytes that were validated (to place later
// problems in the same text).
LoadResult loadDesignFromFile(const std::string &path, std::string *bytesRead = nullptr);

// The guards of loadDesignFromFile (missing, directory, too large, unreadable), then
// `load` on the file's text: for the other formats that become a design (widget config).
LoadResult loadFileWith(const std::string &path, LoadResult (*load)(std::string_view),
                        std::string *bytesRead = nullptr);

// The first stage of loadDesignFromText for any JSON document: the text as a JSON object
// in `doc`, or the failure (too large, nested too deep, not JSON, not an object).
std::optional<LoadResult> parseJsonObject(std::string_view text, nlohmann::json &doc);

// Gives each problem the line and column of its pointer in `text` (or of its nearest
// ancestor there) and puts them in reading order.
void placeProblemsInText(std::string_view text, std::vector<Problem> &problems);

struct SaveResult
{
    bool ok = false;
    std::string error; // human sentence naming the file when !ok
};

// Writes `text` to `path` all or nothing (a flushed temp file renamed over it): a crash
// or failure leaves the old file as it was, and the next save clears the temp file.
SaveResult writeFileAtomically(const std::string &path, const std::string &text);

// Canonical JSON of `design`, written atomically.
SaveResult saveDesignToFile(const WidgetDesign &design, const std::string &path);

} // namespace callstudio
