// Preview fidelity under `simulate`: the custom code sees a visible page with timers and
// animation frames at full rate, a visit that ends (hidden, pagehide, unload) with the
// requests sent on leaving delivered, no pre-defined analytics globals, errors attributed
// to the script that raised them, and one `request` line per request.
#include "LocalHttpServer.h"
#include "PreviewTestSupport.h"
#include "SimulationRun.h"

#include <QTemporaryDir>

using namespace callstudio;
using simulationtest::Run;
using simulationtest::run;
using testsupport::LocalHttpServer;

class TestPreviewFidelity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QString writeDesign(const std::string &head, const std::string &bodyEnd) const
    {
        return previewtest::writeDesignWithCode(m_dir, head, bodyEnd);
    }

    std::string url(const char *path) const { return (m_server.base() + QLatin1String(path)).toStdString(); }

    static QList<QJsonObject> linesWith(const Run &result, const QString &type, const QString &needle)
    {
        QList<QJsonObject> found;
        for (const QJsonObject &line : result.ofType(type))
            if (QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)).contains(needle))
                found << line;
        return found;
    }

    static int indexOf(const Run &result, const QString &needle)
    {
        for (int i = 0; i < result.lines.size(); ++i)
            if (QString::fromUtf8(QJsonDocument(result.lines.at(i)).toJson(QJsonDocument::Compact)).contains(needle))
                return i;
        return -1;
    }

    static QString dump(const Run &result) { return simulationtest::transcript(result); }

    // Head code that logs the lifecycle events and sends a beacon and a keepalive fetch on leaving.
    std::string lifecycleLogger() const
    {
        return "<script>\n"
               "document.addEventListener('visibilitychange', function () {\n"
               "  console.log('leave visibilitychange ' + document.visibilityState); });\n"
               "window.addEventListener('pagehide', function () { console.log('leave pagehide');\n"
               "  navigator.sendBeacon('"
               + url("/beacon")
               + "', 'bye'); });\n"
                 "window.addEventListener('unload', function () { console.log('leave unload');\n"
                 "  fetch('"
               + url("/keepalive")
               + "', {method: 'POST', body: 'last', keepalive: true, mode: 'no-cors'}); });\n"
                 "</script>";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        QByteArray throwing;
        for (int i = 1; i < 400; ++i)
            throwing += "// line " + QByteArray::number(i) + "\n";
        throwing += "  throw new Error('boom at 400');\n";
        m_server.serve("/lib.js", "text/javascript", throwing);
        m_server.serve("/masked.js", "text/javascript", throwing);
        m_server.serve("/fbevents.js", "text/javascript", "window.__fbeventsLoaded = true;\n");
    }

    void thePageIsVisibleAndTimersRunAtFullRate()
    {
        const std::string head =
            "<script>\n"
            "var t0 = performance.now(), ticks = 0, frames = 0;\n"
            "requestAnimationFrame(function f() { if (++frames < 5) requestAnimationFrame(f); });\n"
            "var id = setInterval(function () { if (++ticks < 10) return; clearInterval(id);\n"
            "  console.log('fidelity ' + document.visibilityState + ' ' +\n"
            "    Math.round(performance.now() - t0) + ' ' + frames); }, 50);\n"
            "</script>";
        const Run result = run(writeDesign(head, ""), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        const auto lines = linesWith(result, QStringLiteral("console"), QStringLiteral("fidelity "));
        QVERIFY2(lines.size() == 1, qPrintable(dump(result)));
        const QStringList parts = lines.first().value(QStringLiteral("message")).toString().split(QLatin1Char(' '));
        QCOMPARE(parts.value(1), QStringLiteral("visible"));
        // Ten 50 ms ticks: about half a second on a visitor's page, seconds when throttled.
        QVERIFY2(parts.value(2).toInt() < 1000, qPrintable(parts.join(QLatin1Char(' '))));
        QVERIFY2(parts.value(3).toInt() >= 1, "requestAnimationFrame never fired");
    }

    void theVisitEndsAndLeavingRequestsAreDelivered()
    {
        const std::string head = lifecycleLogger();
        const Run result = run(writeDesign(head, ""), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        const int leave = indexOf(result, QStringLiteral("\"type\":\"leave\""));
        const int hidden = indexOf(result, QStringLiteral("leave visibilitychange hidden"));
        const int pagehide = indexOf(result, QStringLiteral("leave pagehide"));
        const int unload = indexOf(result, QStringLiteral("leave unload"));
        QVERIFY2(leave > 0 && leave < hidden && hidden < pagehide && pagehide < unload, qPrintable(dump(result)));
        QVERIFY(indexOf(result, QStringLiteral("leave visibilitychange visible")) < 0);
        // Delivered before the result line, and recorded.
        QVERIFY2(m_server.receivedPath("/beacon") && m_server.receivedPath("/keepalive"), qPrintable(dump(result)));
        for (const auto &r : m_server.received())
            if (r.path == "/beacon")
                QCOMPARE(r.body, QByteArray("bye"));
        const auto beacon = linesWith(result, QStringLiteral("request"), QStringLiteral("/beacon"));
        QCOMPARE(beacon.size(), 1);
        QCOMPARE(beacon.first().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(beacon.first().value(QStringLiteral("initiator")).toString(), QStringLiteral("custom_code"));
        QCOMPARE(beacon.first().value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(linesWith(result, QStringLiteral("request"), QStringLiteral("/keepalive")).size(), 1);
        QCOMPARE(result.lines.last().value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    }

    void aLeaveStepEndsTheVisitWhereItStands()
    {
        const QString scenario = m_dir.filePath(QStringLiteral("leave.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"do":"leave"},{"wait":300}])");
        file.close();
        const Run result = run(writeDesign(lifecycleLogger(), ""), scenario);
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        const int step = indexOf(result, QStringLiteral("{\"do\":\"leave\"}"));
        QVERIFY2(step > 0 && step < indexOf(result, QStringLiteral("leave unload")), qPrintable(dump(result)));
        // No call was placed, and the visitor does not leave twice.
        QVERIFY(result.namesAt(QStringLiteral("parent_page"))
                == QStringList{previewtest::eventName(callstudio::kEventWidgetLoaded)});
        QCOMPARE(result.ofType(QStringLiteral("leave")).size(), 0);
        QCOMPARE(linesWith(result, QStringLiteral("console"), QStringLiteral("leave pagehide")).size(), 1);
    }

    void nothingIsPredefinedAndMetasBootstrapRequestsItsLibrary()
    {
        const std::string head = "<script>\nconsole.log('globals', typeof fbq, typeof _fbq, typeof gtag, typeof "
                                 "dataLayer, typeof posthog, typeof mixpanel);\n</script>";
        std::string meta = previewtest::readSnippet("meta-pixel.html");
        const std::string official = "https://connect.facebook.net/en_US/fbevents.js";
        meta.replace(meta.find(official), official.size(), url("/fbevents.js"));
        const Run result = run(writeDesign(head, meta), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        QVERIFY2(indexOf(result, QStringLiteral("globals undefined undefined undefined undefined undefined undefined"))
                     > 0,
                 qPrintable(dump(result)));
        QVERIFY2(m_server.receivedPath("/fbevents.js"), qPrintable(dump(result)));
        const auto library = linesWith(result, QStringLiteral("request"), QStringLiteral("/fbevents.js"));
        QCOMPARE(library.size(), 1);
        QCOMPARE(library.first().value(QStringLiteral("kind")).toString(), QStringLiteral("script"));
        QCOMPARE(library.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    }

    void anExternalScriptsErrorIsItsOwn()
    {
        const Run result = run(writeDesign("", "<script src=\"" + url("/lib.js") + "\" crossorigin></script>"), {});
        QCOMPARE(result.exit, 1);
        const auto errors = result.ofType(QStringLiteral("error"));
        QVERIFY2(errors.size() == 1, qPrintable(dump(result)));
        QCOMPARE(errors.first().value(QStringLiteral("area")).toString(), QStringLiteral("external"));
        QCOMPARE(errors.first().value(QStringLiteral("url")).toString(), m_server.base() + QLatin1String("/lib.js"));
        QCOMPARE(errors.first().value(QStringLiteral("line")).toInt(), 400);
        QCOMPARE(errors.first().value(QStringLiteral("column")).toInt(), 3);
        QVERIFY(errors.first().value(QStringLiteral("message")).toString().contains(QLatin1String("boom at 400")));
    }

    void aMaskedErrorIsSaidToBeMasked()
    {
        const Run result = run(writeDesign("", "<script src=\"" + url("/masked.js") + "\"></script>"), {});
        QCOMPARE(result.exit, 1);
        const auto errors = result.ofType(QStringLiteral("error"));
        QVERIFY2(errors.size() == 1, qPrintable(dump(result)));
        QCOMPARE(errors.first().value(QStringLiteral("area")).toString(), QStringLiteral("external"));
        QCOMPARE(errors.first().value(QStringLiteral("masked")).toBool(), true);
        QCOMPARE(errors.first().value(QStringLiteral("message")).toString(), QStringLiteral("Script error."));
        // The page is told nothing more; the engine saw which script it was.
        QCOMPARE(errors.first().value(QStringLiteral("url")).toString(), m_server.base() + QLatin1String("/masked.js"));
    }

    void opaqueOriginLimitsAreExplained()
    {
        const Run result = run(writeDesign("", "<script>\nvar id = document.cookie;\n</script>"), {});
        QCOMPARE(result.exit, 1);
        const auto errors = result.ofType(QStringLiteral("error"));
        QVERIFY2(errors.size() == 1, qPrintable(dump(result)));
        QCOMPARE(errors.first().value(QStringLiteral("area")).toString(), QStringLiteral("body_end"));
        QCOMPARE(errors.first().value(QStringLiteral("line")).toInt(), 2);
        const QString message = errors.first().value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QLatin1String("SecurityError"))
                     && message.contains(QLatin1String("no cookies or storage")),
                 qPrintable(message));
    }

    void offlineEveryOutsideRequestFailsAndIsRecorded()
    {
        const int before = m_server.received().size();
        SimulationOptions options;
        options.timeoutSeconds = 30;
        options.offline = true;
        const Run result =
            run(writeDesign("", "<script src=\"" + url("/lib.js") + "?offline\" crossorigin></script>"), {}, options);
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        const auto requests = linesWith(result, QStringLiteral("request"), QStringLiteral("/lib.js?offline"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed: offline"));
        QCOMPARE(m_server.received().size(), before);
    }
};

PREVIEW_TEST_MAIN(TestPreviewFidelity, true)
#include "test_preview_fidelity.moc"
