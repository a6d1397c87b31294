#include "EventCatalogue.h"

#include <algorithm>
#include <cctype>

namespace callstudio {

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            const char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i - 1])));
            const char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j - 1])));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (ca == cb ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string_view closestEventName(std::string_view name)
{
    // Names far longer than any event are not typos of one; skip the quadratic work.
    if (name.size() > 64)
        return {};
    std::string_view best;
    size_t bestDistance = 0;
    for (const auto &e : eventCatalogue()) {
        const size_t d = editDistance(name, e.name);
        if (best.empty() || d < bestDistance) {
            best = e.name;
            bestDistance = d;
        }
    }
    // A third of the name may be mistyped ("call_start", "callEnded", "survey_submited").
    return bestDistance <= std::max<size_t>(2, best.size() / 3) ? best : std::string_view();
}

} // namespace callstudio
