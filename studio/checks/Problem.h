// One entry of the problems list: what is wrong, how bad, and where.
#pragma once

#include <string>
#include <vector>

namespace callstudio {

enum class Severity { Info, Warning, Error };

const char *severityName(Severity s); // "info", "warning", "error"

struct Problem
{
    Severity severity = Severity::Error;
    std::string code;    // stable identifier, e.g. "layout.call-button-count"
    std::string message; // one human sentence, no trailing period
    std::string pointer; // JSON Pointer of the culprit in the design file ("" = the whole file)
    int line = 0;        // 1-based position in the source text, 0 when unknown
    int column = 0;

    bool operator==(const Problem &o) const
    {
        return severity == o.severity && code == o.code && message == o.message && pointer == o.pointer
               && line == o.line && column == o.column;
    }
};

bool hasErrors(const std::vector<Problem> &problems);

// The most problems listed for one file: a hostile file can hold millions.
inline constexpr size_t kMaxProblemsPerFile = 200;

// Problems found but never worded: how many, and whether checking stopped early (then
// there are at least that many).
struct UnlistedProblems
{
    size_t count = 0;
    bool checkingStopped = false;
};

// Keeps the first kMaxProblemsPerFile problems and, when there were more (or unlisted
// ones), ends the list with one that says how many more there are.
void capProblems(std::vector<Problem> &problems, UnlistedProblems unlisted = {});

} // namespace callstudio
