// The host <-> runtime protocol is one table (resources/preview/protocol.json): the
// designer's host handles exactly its messages, every message the runtime scripts send is
// in it, preview/README.md shows it as it is, the runtime refuses what is not in it, and
// neither the served runtime nor the shareable page carries benchmark code.
#include "PreviewProtocol.h"
#include "PreviewTestSupport.h"
#include "StandalonePreview.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>

using namespace callstudio;
using previewtest::Recorder;

namespace {

QString sourceText(const QString &relative)
{
    QFile file(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The README's table, row by row, as the protocol gives it.
QString markdownTable(const QJsonObject &table)
{
    QStringList lines{QStringLiteral("| type | direction | sent by | handled by | fields | what it says |"),
                      QStringLiteral("|---|---|---|---|---|---|")};
    for (const QJsonValue &value : table.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        QStringList fields;
        const QJsonObject spec = message.value(QStringLiteral("fields")).toObject();
        for (auto it = spec.begin(); it != spec.end(); ++it)
            fields << QStringLiteral("`%1`: %2")
                          .arg(it.key(), it.value().toString().replace(QLatin1Char('|'), QLatin1String("\\|")));
        QStringList handlers;
        for (const QJsonValue &handler : message.value(QStringLiteral("handledBy")).toArray())
            handlers << handler.toString();
        lines << QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |")
                     .arg(message.value(QStringLiteral("type")).toString(),
                          message.value(QStringLiteral("direction")).toString(),
                          message.value(QStringLiteral("from")).toString(), handlers.join(QLatin1String(", ")),
                          fields.isEmpty() ? QStringLiteral("—") : fields.join(QLatin1String(", ")),
                          message.value(QStringLiteral("about")).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

// The message kinds a script sends with report('kind', …) or as a diag literal.
QStringList sentKinds(const QString &script)
{
    static const QRegularExpression sent(QStringLiteral("(?:report\\('|kind: ')([a-z_]+)'"),
                                         QRegularExpression::MultilineOption);
    QStringList kinds;
    for (auto it = sent.globalMatch(script); it.hasNext();)
        kinds << it.next().captured(1);
    return kinds;
}

} // namespace

class TestPreviewProtocol : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign design() { return previewtest::alwaysOpenOrderHelp(); }

    // Posts a raw command to the widget as the host page's bridge does, past sendCommand's own check.
    static void postToWidget(PreviewSession &session, const QString &commandJson)
    {
        session.page()->runJavaScript(QStringLiteral("window.__callstudioBridge.toWidget(%1)").arg(commandJson),
                                      QWebEngineScript::ApplicationWorld);
    }

private slots:
    void designerHandlesEveryMessageTheTableGivesIt()
    {
        const QStringList expected =
            PreviewProtocol::instance().typesFor(ProtocolDirection::RuntimeToHost, QStringLiteral("designer"));
        QVERIFY(expected.contains(QLatin1String("form_invalid")));
        QCOMPARE(sorted(PreviewSession::handledMessageTypes()), sorted(expected));
    }

    void everyMessageTheScriptsSendIsInTheTable()
    {
        const QDir dir(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/preview"));
        QStringList scripts;
        // shim.js speaks to the runtime over the sandbox's port, not to a host.
        for (const QString &name : dir.entryList({QStringLiteral("*.js")}))
            if (name != QLatin1String("shim.js"))
                scripts << QStringLiteral("resources/preview/") + name;
        QVERIFY(scripts.contains(QLatin1String("resources/preview/widget.js")));
        scripts << QStringLiteral("tests/bench/bench-bridge.js");
        const QStringList runtimeToHost =
            PreviewProtocol::instance().typesFor(ProtocolDirection::RuntimeToHost, QStringLiteral("designer"))
            + PreviewProtocol::instance().typesFor(ProtocolDirection::RuntimeToHost, QStringLiteral("standalone"));
        int seen = 0;
        for (const QString &name : scripts) {
            for (const QString &kind : sentKinds(sourceText(name))) {
                QVERIFY2(runtimeToHost.contains(kind), qPrintable(name + QLatin1String(" sends ") + kind));
                ++seen;
            }
        }
        QVERIFY2(seen >= 15, qPrintable(QString::number(seen)));
    }

    void readmeShowsTheTable()
    {
        const QString readme = sourceText(QStringLiteral("preview/README.md"));
        const QString begin = QStringLiteral("<!-- protocol-table:begin (test_preview_protocol checks it) -->\n");
        const QString end = QStringLiteral("\n<!-- protocol-table:end -->");
        const int from = int(readme.indexOf(begin));
        const int to = int(readme.indexOf(end));
        QVERIFY2(from >= 0 && to > from, "preview/README.md has no protocol table markers");
        const QString shown = readme.mid(from + begin.size(), to - from - begin.size());
        const QString expected = markdownTable(PreviewProtocol::instance().table());
        QVERIFY2(shown == expected, qPrintable(QLatin1String("preview/README.md should show:\n") + expected));
    }

    void runtimeRefusesWhatIsNotInTheTable()
    {
        PreviewSession session;
        Recorder rec(session);
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(design());
        QVERIFY(ready.wait(20000));
        // Call Studio itself sends nothing outside the table.
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("self_destruct")}});
        QVERIFY(rec.hasDropped(QStringLiteral("studio: \"self_destruct\" is not a host→runtime message")));
        // The runtime refuses an unknown type, a wrong field and a harness command without its harness.
        QSignalSpy acks(&session, &PreviewSession::commandAcknowledged);
        postToWidget(session, QStringLiteral("{\"type\": \"self_destruct\"}"));
        postToWidget(session, QStringLiteral("{\"type\": \"force_state\", \"state\": 5}"));
        postToWidget(session, QStringLiteral("{\"type\": \"bench_bridge\", \"mode\": \"latency\", \"count\": 3}"));
        QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 3, 10000);
        for (const auto &ack : acks)
            QCOMPARE(ack.at(1).toBool(), false);
        QVERIFY2(rec.hasDropped(QStringLiteral("parent: \"self_destruct\" is not a host→runtime message")),
                 qPrintable(rec.dump()));
        QVERIFY(rec.hasDropped(QStringLiteral("parent: force_state: field \"state\" is not string")));
        QVERIFY(rec.hasDropped(QStringLiteral("parent: no handler here for \"bench_bridge\"")));
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
        // The runtime found a handler for each of its commands at start.
        QVERIFY2(!rec.hasConsole(QStringLiteral("protocol:")), qPrintable(rec.dump()));
    }

    void noBenchmarkCodeShips()
    {
        QString served;
        for (const QString &name : runtimeScriptNames())
            served += QString::fromUtf8(PreviewSchemeHandler::resourceText(name));
        QVERIFY(served.contains(QLatin1String("report('probe'")));
        const QString page = QString::fromStdString(standalonePreviewHtml(design()));
        const QString harness = sourceText(QStringLiteral("tests/bench/bench-bridge.js"));
        for (const char *hook : {"bench_ping", "bench_pong", "bench_burst", "benchRun", "runBridgeBench",
                                 "performance.now", "__previewMarker"}) {
            QVERIFY2(!served.contains(QLatin1String(hook)), hook);
            QVERIFY2(!page.contains(QLatin1String(hook)), hook);
        }
        QVERIFY(harness.contains(QLatin1String("bench_ping")));
    }
};

PREVIEW_TEST_MAIN(TestPreviewProtocol, false)
#include "test_preview_protocol.moc"
