#include "DesignReview.h"

#include "CustomCodeDocument.h"
#include "CustomCodeLint.h"
#include "PrivacyChecks.h"
#include "checks/DesignChecks.h"

#include <iterator>

namespace callstudio {

std::vector<Problem> reviewDesign(const WidgetDesign &design)
{
    std::vector<Problem> problems = checkDesign(design);
    const ParsedCustomCode parsed(design.customCode);
    auto append = [&](std::vector<Problem> more) {
        problems.insert(problems.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    };
    append(lintCustomCode(parsed));
    append(checkPrivacy(design, parsed));
    return problems;
}

} // namespace callstudio
