// Which addresses a design may link to, per use. The schemes come from the compiled
// JSON Schema (the "x-callstudio-schemes" keyword of each block kind's url), so the
// file format, the checks and the editors follow one list.
#pragma once

#include "model/WidgetDesign.h"

#include <optional>
#include <string>
#include <vector>

namespace callstudio {

// Link: a link block's target. Image: an image's source. PrivacyNotice: a disclosure's
// privacy-notice link.
enum class UrlUse { Link, Image, PrivacyNotice };

// The use of a block kind's url, nullopt for a kind without one.
std::optional<UrlUse> urlUseOf(BlockKind kind);

// Allowed schemes, lower case without ':' ("https", "mailto", "tel").
const std::vector<std::string> &allowedUrlSchemes(UrlUse use);

// Whether `url` is a well-formed address with an allowed scheme: https with a host,
// other schemes with a non-empty path.
bool isAllowedUrl(const std::string &url, UrlUse use);

} // namespace callstudio
