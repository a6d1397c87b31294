// Shared by the preview tests: the headless QtWebEngine setup and a recorder of
// everything a PreviewSession reports.
#pragma once

#include "PreviewSchemes.h"
#include "PreviewSession.h"
#include "contract/ProductContract.h"
#include "io/DesignFile.h"

#include <QApplication>
#include <QJsonArray>
#include <QList>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace previewtest {

// An event's name as the contract spells it (kEventCallEnded → "call_ended").
inline QString eventName(std::string_view name)
{
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

// Chromium flags must be set before the first web engine object exists.
inline void prepareWebEngine(bool fakeMicrophone)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (geteuid() == 0 && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    if (fakeMicrophone)
        flags += " --use-fake-device-for-media-stream";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    callstudio::registerPreviewUrlSchemes();
}

inline callstudio::WidgetDesign loadExample(const char *name)
{
    const auto result =
        callstudio::loadDesignFromFile(std::string(CALLSTUDIO_SOURCE_DIR) + "/resources/examples/" + name);
    if (!result.ok())
        qFatal("example %s does not load", name);
    return *result.design;
}

// The order-help example open around the clock, without custom code.
inline callstudio::WidgetDesign alwaysOpenOrderHelp()
{
    callstudio::WidgetDesign design = loadExample("order-help.design.json");
    design.businessHours.alwaysOpen = true;
    design.customCode = {};
    return design;
}

// The order-help example, always open, with this custom code, as a new design file in `dir`.
inline QString writeDesignWithCode(const QTemporaryDir &dir, const std::string &head, const std::string &bodyEnd)
{
    static int written = 0;
    callstudio::WidgetDesign design = alwaysOpenOrderHelp();
    design.customCode.headHtml = head;
    design.customCode.bodyEndHtml = bodyEnd;
    const QString path = dir.filePath(QStringLiteral("d%1.design.json").arg(++written));
    if (!callstudio::saveDesignToFile(design, path.toStdString()).ok)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline std::string readSnippet(const char *name)
{
    QFile file(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/snippets/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("snippet %s missing", name);
    return file.readAll().toStdString();
}

// Everything a session reported, in order.
struct Recorder
{
    QList<callstudio::PreviewEvent> events;
    QList<callstudio::ConsoleMessage> console;
    QStringList dropped;
    QList<QJsonObject> probes;
    QStringList problems;
    int micUnavailable = 0;

    explicit Recorder(callstudio::PreviewSession &session)
    {
        QObject::connect(&session, &callstudio::PreviewSession::eventObserved, &session,
                         [this](const callstudio::PreviewEvent &e) { events.append(e); });
        QObject::connect(&session, &callstudio::PreviewSession::consoleMessage, &session,
                         [this](const callstudio::ConsoleMessage &m) { console.append(m); });
        QObject::connect(&session, &callstudio::PreviewSession::messageDropped, &session,
                         [this](const QString &from, const QString &reason) {
                             dropped.append(from + QLatin1String(": ") + reason);
                         });
        QObject::connect(&session, &callstudio::PreviewSession::probeResult, &session,
                         [this](const QJsonObject &p) { probes.append(p); });
        QObject::connect(&session, &callstudio::PreviewSession::rendererProblem, &session,
                         [this](const QString &m) { problems.append(m); });
        QObject::connect(&session, &callstudio::PreviewSession::micUnavailable, &session,
                         [this](const QString &) { ++micUnavailable; });
    }

    QList<callstudio::PreviewEvent> at(callstudio::EventPlace place, const QString &name = {}) const
    {
        QList<callstudio::PreviewEvent> found;
        for (const auto &e : events)
            if (e.place == place && (name.isEmpty() || e.name() == name))
                found.append(e);
        return found;
    }
    int count(callstudio::EventPlace place, const QString &name) const { return at(place, name).size(); }
    // The data object of the first `name` event seen at `place` (empty when none).
    QJsonObject dataOf(callstudio::EventPlace place, const QString &name) const
    {
        const auto found = at(place, name);
        return found.isEmpty() ? QJsonObject() : found.first().envelope.value(QStringLiteral("data")).toObject();
    }
    bool hasConsole(const QString &needle) const
    {
        for (const auto &m : console)
            if (m.text.contains(needle))
                return true;
        return false;
    }
    const callstudio::ConsoleMessage *findConsole(const QString &needle) const
    {
        for (const auto &m : console)
            if (m.text.contains(needle))
                return &m;
        return nullptr;
    }
    bool hasDropped(const QString &needle) const
    {
        for (const auto &d : dropped)
            if (d.contains(needle))
                return true;
        return false;
    }
    QStringList namesAt(callstudio::EventPlace place) const
    {
        QStringList names;
        for (const auto &e : events)
            if (e.place == place)
                names.append(e.name());
        return names;
    }
    QString dump() const
    {
        QStringList lines;
        for (const auto &e : events)
            lines << callstudio::eventPlaceName(e.place) + QLatin1Char(' ') + e.name();
        for (const auto &m : console)
            lines << QStringLiteral("console %1 %2:%3 %4")
                         .arg(m.level, callstudio::consoleAreaName(m.area))
                         .arg(m.line)
                         .arg(m.text);
        for (const auto &d : dropped)
            lines << QStringLiteral("dropped ") + d;
        return lines.join(QLatin1Char('\n'));
    }
};

} // namespace previewtest

#define PREVIEW_TEST_MAIN(TestClass, fakeMicrophone)                                                                   \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        previewtest::prepareWebEngine(fakeMicrophone);                                                                 \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
