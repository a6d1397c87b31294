#include "ProblemText.h"

namespace callstudio {

std::string problemText(const QString &pattern, std::initializer_list<std::string_view> values)
{
    const std::string text = pattern.toStdString();
    std::string out;
    out.reserve(text.size() + 32);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const size_t n = static_cast<size_t>(text[i + 1] - '1');
            if (n < values.size()) {
                out += *(values.begin() + n);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace callstudio
