// `callstudio simulate`: reads the design and the scenario, plays it in a headless preview
// (preview/PreviewSimulation) and prints one JSON object per line, then a `result` line.
#pragma once

#include "PreviewSimulation.h"

#include <QString>

class QTextStream;

namespace callstudio {

// The exit codes of `simulate`, as the README documents them.
enum SimulationExit {
    SimulationFinished = 0,        // every step ran, no uncaught custom-code error
    SimulationCustomCodeThrew = 1, // custom code had an uncaught error or rejection
    SimulationBadInput = 2,        // design or scenario unreadable or invalid
    SimulationIncomplete = 3,      // a step could not run, the renderer failed, or the timeout
};

// Runs `scenarioPath` (empty: the default scenario) against the design at `designPath`.
// Needs a QApplication; runs its own event loop. Returns a SimulationExit.
int runSimulation(const QString &designPath, const QString &scenarioPath, const SimulationOptions &options,
                  QTextStream &out, QTextStream &err);

} // namespace callstudio
