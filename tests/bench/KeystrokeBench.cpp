#include "KeystrokeBench.h"

#include "BenchReport.h"
#include "DesignGenerator.h"
#include "SpinUntil.h"

#include "PreviewDocks.h"
#include "PreviewSession.h"
#include "PreviewWidget.h"
#include "document/DesignDocument.h"
#include "document/DocumentController.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "ui/MainWindow.h"
#include "ui/ProblemsDock.h"
#include "ui/PropertiesDock.h"
#include "ui/StatesDock.h"

#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace callstudio::bench {

namespace {

double g_longestStallMs = 0;
// A 1 MB design opens and reviews slowly on a busy machine.
constexpr qint64 kWaitMs = 60000;

// The heading the operator edits: the first one of Idle (the state the preview shows at
// start), else the first one anywhere.
QString headingToEdit(const WidgetDesign &design)
{
    for (WidgetState state : kAllStates)
        for (const Block &b : design.state(state).blocks)
            if (b.kind == BlockKind::Heading)
                return QString::fromStdString(b.id);
    return {};
}

// The full designer on one design file, its preview running, the heading's text field
// at hand.
struct Designer
{
    MainWindow window;
    std::unique_ptr<PreviewDocks> docks;
    QLineEdit *headingField = nullptr;
    int patchAcks = 0;

    explicit Designer(const QString &path)
    {
        // Autosave writes the whole design every 30 s: not a keystroke's cost.
        window.documentController()->setAutosaveInterval(24 * 3600 * 1000);
        if (!window.openFile(path))
            qFatal("B6: %s does not open", qPrintable(path));
        window.resize(1400, 900);
        window.show();
        docks = std::make_unique<PreviewDocks>(&window);
        PreviewSession *session = docks->preview()->session();
        QObject::connect(session, &PreviewSession::commandAcknowledged, &window, [this](const QString &type, bool) {
            if (type == QLatin1String("patch"))
                ++patchAcks;
        });
        const QString heading = headingToEdit(window.document()->design());
        window.statesDock()->selectBlock(heading);
        headingField = qobject_cast<QLineEdit *>(window.propertiesDock()->editorFor("/text"));
        if (heading.isEmpty() || !headingField)
            qFatal("B6: no heading text field in %s", qPrintable(path));
        if (!spinUntil([&] { return session->isReady() && window.problemsDock()->isCurrent(); }, kWaitMs))
            qFatal("B6: the preview of %s did not start", qPrintable(path));
    }

    // One key into the heading's field: the time until the preview acknowledged its patch,
    // and the longest event the GUI thread handled until the Problems dock caught up too.
    std::pair<double, double> type(int key, const QString &text)
    {
        const int acksBefore = patchAcks;
        StallClockApplication::resetLongestStall();
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(headingField, &press);
        QApplication::sendEvent(headingField, &release);
        if (!spinUntil([&] { return patchAcks > acksBefore; }, kWaitMs))
            qFatal("B6: the preview never acknowledged the patch");
        const double patchedMs = t.nsecsElapsed() / 1e6;
        if (!spinUntil([&] { return window.problemsDock()->isCurrent(); }, kWaitMs))
            qFatal("B6: the Problems dock never caught up");
        return {patchedMs, StallClockApplication::longestStallMs()};
    }
};

struct KeystrokeTimes
{
    std::vector<double> patched;
    std::vector<double> longestStall;
};

// Types a letter and takes it back, `pairs` times after three warm-up pairs.
KeystrokeTimes timeKeystrokes(const QString &path, int pairs)
{
    Designer designer(path);
    KeystrokeTimes times;
    const int warmUp = 3;
    for (int i = 0; i < pairs + warmUp; ++i) {
        const auto typed = designer.type(Qt::Key_X, QStringLiteral("x"));
        const auto erased = designer.type(Qt::Key_Backspace, QString());
        if (i < warmUp)
            continue;
        for (const auto &[patched, stall] : {typed, erased}) {
            times.patched.push_back(patched);
            times.longestStall.push_back(stall);
        }
    }
    return times;
}

QString writeDesign(const QTemporaryDir &dir, const char *name, const WidgetDesign &design)
{
    const QString path = dir.filePath(QLatin1String(name));
    if (!writeFileAtomically(path.toStdString(), designToCanonicalText(design)).ok)
        qFatal("B6: cannot write %s", qPrintable(path));
    return path;
}

} // namespace

bool StallClockApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_depth > 0)
        return QApplication::notify(receiver, event);
    ++m_depth;
    QElapsedTimer t;
    t.start();
    const bool handled = QApplication::notify(receiver, event);
    g_longestStallMs = std::max(g_longestStallMs, t.nsecsElapsed() / 1e6);
    --m_depth;
    return handled;
}

void StallClockApplication::resetLongestStall()
{
    g_longestStallMs = 0;
}

double StallClockApplication::longestStallMs()
{
    return g_longestStallMs;
}

void benchKeystroke(BenchReport &report, int repetitions)
{
    // The designer's settings (layout, recent files) go to a throw-away place.
    QTemporaryDir settings;
    QTemporaryDir designs;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    struct Case
    {
        const char *name;
        QString path;
    };
    const Case cases[] = {
        {"example", QStringLiteral(CALLSTUDIO_EXAMPLE_DESIGN)},
        {"100 KB", writeDesign(designs, "100k.design.json", generateLargeDesign(100 * 1024))},
        {"1 MB", writeDesign(designs, "1m.design.json", generateLargeDesign(1024 * 1024))},
    };
    double exampleP95 = 0;
    for (const Case &c : cases) {
        const KeystrokeTimes times = timeKeystrokes(c.path, repetitions);
        const std::string suffix = std::string(" (") + c.name + ")";
        const bool large = std::string(c.name) == "1 MB";
        const double p95 = percentilesOf(times.patched).p95;
        if (std::string(c.name) == "example")
            exampleP95 = p95;
        report.addTiming("B6", "keystroke -> preview patched" + suffix, times.patched, {}, "ms",
                         large ? std::optional<double>(2 * exampleP95) : std::nullopt);
        report.addTiming("B6", "keystroke: longest GUI-thread stall" + suffix, times.longestStall, {}, "ms",
                         large ? std::optional<double>(16.0) : std::nullopt);
    }
}

} // namespace callstudio::bench
