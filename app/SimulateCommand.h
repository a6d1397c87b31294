// `callstudio simulate`: reads the design and the scenario, plays it in a headless preview
// (preview/PreviewSimulation) and prints one JSON object per line, then a `result` line.
#pragma once

#include "PreviewSimulation.h"

#include <QObject>
#include <QString>

#include <memory>

class QTextStream;
class QWebEnginePage;

namespace callstudio {

// The exit codes of `simulate`, as the README documents them.
enum SimulationExit {
    SimulationFinished = 0,        // every step ran, no uncaught custom-code error
    SimulationCustomCodeThrew = 1, // custom code had an uncaught error or rejection
    SimulationBadInput = 2,        // design or scenario unreadable or invalid
    SimulationIncomplete = 3,      // a step could not run, the renderer failed, or the timeout
};

// A view for a headless run's page on the (offscreen) screen, at a desktop visitor's size:
// Chromium lays out and runs animation frames only for a page shown somewhere.
std::unique_ptr<QObject> showPageInView(QWebEnginePage *page);

// Presses a scenario's key on a view showPageInView made.
void pressKeyInView(QObject *shown, const ScenarioKey &key);

// Runs `scenarioPath` (empty: the default scenario) against the design at `designPath`.
// Needs a QApplication; runs its own event loop. Returns a SimulationExit.
int runSimulation(const QString &designPath, const QString &scenarioPath, const SimulationOptions &options,
                  QTextStream &out, QTextStream &err);

} // namespace callstudio
