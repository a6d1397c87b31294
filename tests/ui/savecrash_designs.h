// The two large designs save_loop_helper alternates between, shared with the test that
// checks the file always holds one of them complete.
#pragma once

#include "model/WidgetDesign.h"

callstudio::WidgetDesign saveCrashDesign(int which);
