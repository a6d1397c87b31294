#include "DesignReview.h"

#include "CustomCodeLint.h"
#include "PrivacyChecks.h"
#include "checks/DesignChecks.h"

namespace callstudio {

namespace {

std::vector<Problem> reviewWith(const WidgetDesign &design, const ParsedCustomCode &parsed,
                                const std::vector<Problem> &lint)
{
    std::vector<Problem> problems = checkDesign(design);
    problems.insert(problems.end(), lint.begin(), lint.end());
    std::vector<Problem> privacy = checkPrivacy(design, parsed);
    problems.insert(problems.end(), std::make_move_iterator(privacy.begin()), std::make_move_iterator(privacy.end()));
    return problems;
}

} // namespace

std::vector<Problem> reviewDesign(const WidgetDesign &design)
{
    const ParsedCustomCode parsed(design.customCode);
    return reviewWith(design, parsed, lintCustomCode(parsed));
}

std::vector<Problem> DesignReviewer::review(const WidgetDesign &design)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_parsed || !(m_code == design.customCode)) {
        m_code = design.customCode;
        m_parsed = std::make_unique<ParsedCustomCode>(design.customCode);
        m_lint = lintCustomCode(*m_parsed);
        ++m_readings;
    }
    return reviewWith(design, *m_parsed, m_lint);
}

} // namespace callstudio
