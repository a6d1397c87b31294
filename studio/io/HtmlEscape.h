// Text placed in HTML (element content or a quoted attribute) that can never become markup.
#pragma once

#include <string>

namespace callstudio {

// & < > " ' as character references; everything else as is.
std::string htmlEscaped(const std::string &text);

} // namespace callstudio
