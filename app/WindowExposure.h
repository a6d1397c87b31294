// Runs work once a window has been shown on screen for the first time: what the operator
// does not need to see the window (the live preview's web engine) starts after it.
#pragma once

#include <functional>

class QWidget;

namespace callstudio {

// Calls `work` once, when `window` is first exposed by the window system.
void afterFirstExposure(QWidget *window, std::function<void()> work);

} // namespace callstudio
