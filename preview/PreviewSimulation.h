// The headless run behind `callstudio simulate`: a design, a scripted call, and one JSON
// object per line for everything the preview observed. Format: preview/README.md.
#pragma once

#include "MicPermission.h"
#include "model/WidgetDesign.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWebEnginePage;

namespace callstudio {

struct Scenario
{
    QList<QJsonObject> steps;
    MicPolicy micPolicy = MicPolicy::Ask; // "ask": allow_mic / block_mic steps answer
    bool microphone = true;               // false: run with no capture device at all
    QString locale;                       // empty: the design's default
    std::optional<QDateTime> now;         // business hours evaluated at this instant
};

// How a scenario run ended; the command line turns it into its exit code.
struct SimulationOutcome
{
    enum Kind {
        Finished,        // every step ran, no uncaught custom-code error
        CustomCodeThrew, // every step ran; custom code had an uncaught error or rejection
        Incomplete,      // a step could not run, the renderer failed, or the run hit its timeout
    };
    Kind kind = Incomplete;
    QString failure; // why, when Incomplete
};

// A key a scenario's {"key": NAME} step presses and releases on the page, as a visitor's
// keyboard does (Chromium then moves focus, activates the focused button …).
struct ScenarioKey
{
    QString name; // "Tab", "Shift+Tab", "Enter", "Space", "Escape", "ArrowUp", "ArrowDown"
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
    QString text;
};
// Every key a step may name: the one list, which the README documents.
const QList<ScenarioKey> &scenarioKeys();

// How `simulate` runs besides the scenario (its command-line options).
struct SimulationOptions
{
    int timeoutSeconds = 60;
    // After the visitor left, the run waits for the network to go quiet at most this long.
    int drainTimeoutMs = 5000;
    bool offline = false; // --network offline: every outside request fails as with no network
    // Puts the run's page on a screen (a view on the offscreen platform) and returns what to
    // destroy before the page: Chromium runs animation frames only for a page shown somewhere.
    std::function<std::unique_ptr<QObject>(QWebEnginePage *)> showPage;
    // Presses `key` on what showPage returned; without it a scenario with key steps cannot run.
    std::function<void(QObject *shown, const ScenarioKey &key)> pressKey;
};

// One line of the run's record, as `simulate` prints it: a step, a state change, an
// event at a place, a console line, an uncaught error, a dropped message, a renderer fault.
using SimulationReport = std::function<void(const QJsonObject &line)>;

// A plausible value for every field of the design's pre-call forms (and its consent
// box as "__consent"), as the `fill_form` step and the standalone preview's autoplay use.
QJsonObject automaticFormValues(const WidgetDesign &design);

// Parses a scenario file's text; on failure returns nullopt and says why in `error`.
std::optional<Scenario> parseScenario(const QByteArray &json, QString *error);

// Load, (fill the pre-call form,) tap call, allow mic, answer, wait, agent hangs up,
// (submit the survey): the form and survey steps only when the design has them; outside
// business hours the call is played at the next opening ("now" set to it).
Scenario defaultScenario(const WidgetDesign &design);

// Call before the QApplication exists: headless platform, Chromium flags, OpenGL sharing
// and the callstudio scheme.
void prepareHeadlessPreview();

// Plays `scenario` against `design` in a headless preview, reporting every line as it
// happens; at its end the visitor leaves the page and the run waits for the network to go
// quiet. Needs a QApplication (see prepareHeadlessPreview); runs its own event loop.
SimulationOutcome runScenario(const WidgetDesign &design, const Scenario &scenario, const SimulationOptions &options,
                              const SimulationReport &report);

} // namespace callstudio
