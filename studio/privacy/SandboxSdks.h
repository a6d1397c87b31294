// Known SDKs in the custom code that fail in the sandbox's opaque origin (no cookies, no
// storage) as they are configured: the lint warns about each, and the preview's console
// names them when a SecurityError about cookies or storage arrives. What each needs comes
// from resources/trackers/known-sdks.json (TrackerDatabase).
#pragma once

#include "CustomCodeDocument.h"
#include "TrackerDatabase.h"
#include "checks/Problem.h"

#include <vector>

namespace callstudio {

struct SandboxSdkUse
{
    const KnownSdk *sdk = nullptr;
    CodeArea area = CodeArea::Head; // where the code first names it
    SourcePosition position;
};

// Each SDK once, in the order the code first names it (by its global or by its host);
// those whose setting the code already names (its key appears) are left out.
std::vector<SandboxSdkUse> sdksFailingInTheSandbox(const ParsedCustomCode &parsed);

// What happens to `sdk` in the sandbox and what to change, in the operator's words.
std::string sandboxSdkAdvice(const KnownSdk &sdk);

// One warning (code.sdk-opaque-origin) per SDK of sdksFailingInTheSandbox().
std::vector<Problem> checkSandboxSdks(const ParsedCustomCode &parsed);

} // namespace callstudio
