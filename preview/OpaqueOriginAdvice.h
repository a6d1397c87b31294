// The sandbox has no cookies or storage (an opaque origin, as on the integrator's site):
// a console line of an SDK refused them says so, and names what the design's known SDKs
// need (privacy/SandboxSdks, from resources/trackers/known-sdks.json).
#pragma once

#include "PreviewTypes.h"
#include "model/WidgetDesign.h"

namespace callstudio {

// Whether `text` is a SecurityError about cookies or storage.
bool isOpaqueOriginRefusal(const QString &text);

// Appends to `line`, when it (or, masked, what the engine saw of it) is such a refusal,
// the engine's words for a masked error and one sentence per SDK of `code` that needs a
// setting or cannot run there.
void addOpaqueOriginAdvice(ConsoleMessage &line, const CustomCode &code);

} // namespace callstudio
