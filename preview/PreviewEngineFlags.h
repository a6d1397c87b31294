// Chromium flags every preview mode needs (designer, `simulate`, benchmark): a preview
// that is offscreen, headless or behind another window still runs its timers and
// animation frames at a visitor's rates.
#pragma once

namespace callstudio {

// Adds the flags to QTWEBENGINE_CHROMIUM_FLAGS (once); call before the web engine starts.
void addPreviewChromiumFlags();

} // namespace callstudio
