#include "SimulateCommand.h"

#include "PreviewSimulation.h"
#include "io/DesignFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QTextStream>
#include <QWebEngineView>

namespace callstudio {

namespace {

void printLine(QTextStream &out, const QJsonObject &line)
{
    out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

int exitCodeOf(SimulationOutcome::Kind kind)
{
    switch (kind) {
    case SimulationOutcome::Finished:
        return SimulationFinished;
    case SimulationOutcome::CustomCodeThrew:
        return SimulationCustomCodeThrew;
    case SimulationOutcome::Incomplete:
        return SimulationIncomplete;
    }
    return SimulationIncomplete;
}

// The scenario file's, or the design's default; nullopt (with the reason printed) when unreadable.
std::optional<Scenario> readScenario(const QString &scenarioPath, const WidgetDesign &design, QTextStream &err)
{
    if (scenarioPath.isEmpty())
        return defaultScenario(design);
    QFile file(scenarioPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "simulate: cannot read scenario " << scenarioPath << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    QString error;
    auto parsed = parseScenario(file.readAll(), &error);
    if (!parsed)
        err << "simulate: " << scenarioPath << ": " << error << '\n';
    return parsed;
}

} // namespace

std::unique_ptr<QObject> showPageInView(QWebEnginePage *page)
{
    auto view = std::make_unique<QWebEngineView>();
    view->setPage(page);
    view->resize(1280, 800);
    view->show();
    return view;
}

void pressKeyInView(QObject *shown, const ScenarioKey &key)
{
    auto *view = qobject_cast<QWebEngineView *>(shown);
    if (!view)
        return;
    // Chromium takes the keyboard through the view's focus proxy, as from a real keyboard.
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    target->setFocus();
    QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key.key, key.modifiers, key.text);
    QCoreApplication::sendEvent(target, &release);
}

int runSimulation(const QString &designPath, const QString &scenarioPath, const SimulationOptions &options,
                  QTextStream &out, QTextStream &err)
{
    if (options.timeoutSeconds <= 0) {
        err << "simulate: --timeout must be a positive number of seconds\n";
        return SimulationBadInput;
    }
    if (options.drainTimeoutMs < 0) {
        err << "simulate: --drain-timeout must be 0 or more seconds\n";
        return SimulationBadInput;
    }
    const LoadResult loaded = loadDesignFromFile(designPath.toStdString());
    if (!loaded.ok()) {
        err << "simulate: " << designPath << " is not a valid design\n";
        for (const Problem &problem : loaded.problems)
            err << "  " << QString::fromStdString(problem.message) << '\n';
        return SimulationBadInput;
    }
    const auto scenario = readScenario(scenarioPath, *loaded.design, err);
    if (!scenario)
        return SimulationBadInput;

    SimulationOptions run = options;
    if (!run.showPage)
        run.showPage = showPageInView;
    if (!run.pressKey)
        run.pressKey = pressKeyInView;
    const SimulationOutcome outcome =
        runScenario(*loaded.design, *scenario, run, [&out](const QJsonObject &line) { printLine(out, line); });
    const int exit = exitCodeOf(outcome.kind);
    QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")}, {QStringLiteral("exitCode"), exit}};
    if (!outcome.failure.isEmpty()) {
        result.insert(QStringLiteral("problem"), outcome.failure);
        err << "simulate: " << outcome.failure << '\n';
    }
    if (exit == SimulationCustomCodeThrew)
        err << "simulate: custom code or a script it loaded had an uncaught error (see the \"error\" lines)\n";
    printLine(out, result);
    err.flush();
    return exit;
}

} // namespace callstudio
