// The shareable preview: one self-contained HTML file with the widget runtime, the
// design, the custom-code sandbox, simulated agent buttons and an event log, for a
// reviewer who has no Call Studio. It runs offline in any current browser, file:// included.
#pragma once

#include "model/WidgetDesign.h"

#include <string>

namespace callstudio {

// The page, built from the preview's own resources (resources/preview). Every design
// string travels as JSON data that cannot end its <script>; nothing is spliced into markup.
std::string standalonePreviewHtml(const WidgetDesign &design);

} // namespace callstudio
