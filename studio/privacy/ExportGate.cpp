#include "ExportGate.h"

#include "DesignReview.h"

#include <algorithm>
#include <iterator>

namespace callstudio {

std::vector<Problem> exportBlockers(const std::vector<Problem> &review)
{
    std::vector<Problem> blockers;
    std::copy_if(review.begin(), review.end(), std::back_inserter(blockers),
                 [](const Problem &p) { return p.severity == Severity::Error; });
    return blockers;
}

std::vector<Problem> exportBlockers(const WidgetDesign &design)
{
    return exportBlockers(reviewDesign(design));
}

} // namespace callstudio
