#include "Problem.h"

#include "ProblemText.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

const char *severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "";
}

bool hasErrors(const std::vector<Problem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Severity::Error; });
}

void capProblems(std::vector<Problem> &problems, UnlistedProblems unlisted)
{
    if (problems.size() <= kMaxProblemsPerFile && unlisted.count == 0 && !unlisted.checkingStopped)
        return;
    const size_t kept = std::min(problems.size(), kMaxProblemsPerFile);
    const std::string more = std::to_string(problems.size() - kept + unlisted.count);
    const std::string listed = std::to_string(kMaxProblemsPerFile);
    // The summary is as grave as the gravest problem it stands for (unworded ones are errors).
    Severity worst = unlisted.count > 0 || unlisted.checkingStopped ? Severity::Error : Severity::Info;
    for (size_t i = kept; i < problems.size(); ++i)
        worst = std::max(worst, problems[i].severity);
    problems.resize(kept);
    Problem summary;
    summary.severity = worst;
    summary.code = "problems.more";
    summary.message =
        unlisted.checkingStopped
            //: Checking a hostile file stops after a few thousand problems, so the count is a minimum.
            ? problemText(QCoreApplication::translate(
                              "Problems",
                              "at least %1 more problems are not listed (at most %2 are listed per file; checking "
                              "stopped early)"),
                          {more, listed})
            : problemText(QCoreApplication::translate(
                              "Problems", "%1 more problems are not listed (at most %2 are listed per file)"),
                          {more, listed});
    problems.push_back(std::move(summary));
}

} // namespace callstudio
