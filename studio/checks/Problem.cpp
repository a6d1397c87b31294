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

void capProblems(std::vector<Problem> &problems, size_t unlisted)
{
    if (problems.size() <= kMaxProblemsPerFile && unlisted == 0)
        return;
    const size_t kept = std::min(problems.size(), kMaxProblemsPerFile);
    const size_t more = problems.size() - kept + unlisted;
    // The summary is as grave as the gravest problem it stands for (unworded ones are errors).
    Severity worst = unlisted > 0 ? Severity::Error : Severity::Info;
    for (size_t i = kept; i < problems.size(); ++i)
        worst = std::max(worst, problems[i].severity);
    problems.resize(kept);
    Problem summary;
    summary.severity = worst;
    summary.code = "problems.more";
    summary.message = problemText(
        QCoreApplication::translate("Problems", "%1 more problems are not listed (at most %2 are listed per file)"),
        {std::to_string(more), std::to_string(kMaxProblemsPerFile)});
    problems.push_back(std::move(summary));
}

} // namespace callstudio
