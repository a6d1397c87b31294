// The headless run behind `callstudio simulate`: a design, a scripted call, and one JSON
// object per line for everything the preview observed. Format: preview/README.md.
#pragma once

#include "MicPermission.h"
#include "model/WidgetDesign.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QTextStream;

namespace callstudio {

struct Scenario
{
    QList<QJsonObject> steps;
    MicPolicy micPolicy = MicPolicy::Ask; // "ask": allow_mic / block_mic steps answer
    bool microphone = true;               // false: run with no capture device at all
    QString locale;                       // empty: the design's default
    std::optional<QDateTime> now;         // business hours evaluated at this instant
};

enum SimulationExit {
    SimulationFinished = 0,        // every step ran, no uncaught custom-code error
    SimulationCustomCodeThrew = 1, // custom code had an uncaught error or rejection
    SimulationBadInput = 2,        // design or scenario unreadable or invalid
    SimulationIncomplete = 3,      // a step could not run, or the run hit its timeout
};

// A plausible value for every field of the design's pre-call forms (and its consent
// box as "__consent"), as the `fill_form` step and the standalone preview's autoplay use.
QJsonObject automaticFormValues(const WidgetDesign &design);

// Parses a scenario file's text; on failure returns nullopt and says why in `error`.
std::optional<Scenario> parseScenario(const QByteArray &json, QString *error);

// The first instant at or after `from` when `hours` lets the widget take calls (looking
// two weeks ahead); `from` itself when open then; nullopt when never open in that time.
std::optional<QDateTime> openInstantFrom(const BusinessHours &hours, const QDateTime &from);

// Load, (fill the pre-call form,) tap call, allow mic, answer, wait, agent hangs up,
// (submit the survey): the form and survey steps only when the design has them; outside
// business hours the call is played at the next opening ("now" set to it).
Scenario defaultScenario(const WidgetDesign &design);

// Call before the QApplication exists: headless platform, Chromium flags, OpenGL sharing
// and the callstudio scheme.
void prepareHeadlessPreview();

// Runs `scenarioPath` (empty: the default scenario) against the design at `designPath`.
// Needs a QApplication; runs its own event loop. Returns a SimulationExit.
int runSimulation(const QString &designPath, const QString &scenarioPath, int timeoutSeconds, QTextStream &out,
                  QTextStream &err);

} // namespace callstudio
