// The shareable preview in a real browser: Debian's chromium, headless, opens the exported
// file from disk, plays a scripted call ("#autoplay") and the dumped page is read back: the
// events a website would receive, the custom code's own event, the microphone refusal
// explained, and a hostile context value that stays data. Also the `share` verb.
#include "StandalonePreview.h"
#include "io/DesignFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace callstudio;

namespace {

// Would add a marker element to the reviewer's page if it ever became markup.
const char kHostileValue[] =
    "</script><script>document.body.appendChild(document.createElement('hr')).id='pwned'</script><!--";

WidgetDesign loadExample(const char *name)
{
    const auto result = loadDesignFromFile(std::string(CALLSTUDIO_SOURCE_DIR) + "/resources/examples/" + name);
    if (!result.ok())
        qFatal("example %s does not load", name);
    return *result.design;
}

// The order-help example with a hostile name and context value, and custom code that
// answers call_started with an event of its own.
WidgetDesign reviewDesign()
{
    WidgetDesign d = loadExample("order-help.design.json");
    d.name = std::string("Order help </title></script><b id=\"pwned\">");
    d.urlContext["note"] = kHostileValue;
    d.customCode.bodyEndHtml += "<script>\n  c2c.on('call_started', function (e) {\n"
                                "    c2c.emit('review_seen', { orderId: e.context.orderId, note: e.context.note });\n"
                                "  });\n</script>\n";
    return d;
}

QString htmlUnescaped(QString text)
{
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

// The text of the element with this id in a dumped DOM (the element holds text only).
QString elementText(const QString &dom, const QString &tag, const QString &id)
{
    const QRegularExpression element(QStringLiteral("<%1 id=\"%2\"[^>]*>([^<]*)</%1>").arg(tag, id));
    const auto match = element.match(dom);
    return match.hasMatch() ? htmlUnescaped(match.captured(1)) : QString();
}

struct PageRun
{
    QString dom;
    QString problem; // why the browser gave no page, if it did not
};

// Opens the file in headless chromium with this fragment and returns the DOM at the end.
PageRun runInChromium(const QString &htmlPath, const QString &fragment)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        return {{}, QStringLiteral("chromium is not installed (./dev.sh installs it)")};
    QTemporaryDir profile;
    QUrl url = QUrl::fromLocalFile(htmlPath);
    url.setFragment(fragment);
    QProcess browser;
    browser.setProgram(chromium);
    browser.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                          QStringLiteral("--disable-background-networking"),
                          QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                          QStringLiteral("--user-data-dir=") + profile.path(),
                          // The sandbox frame in the page's renderer: virtual time then waits for
                          // the custom code too instead of running out while its own process works.
                          QStringLiteral("--disable-features=IsolateSandboxedIframes"),
                          // Offline for sure: the custom code's third parties fail as they would offline.
                          QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
                          QStringLiteral("--virtual-time-budget=20000"), QStringLiteral("--dump-dom"), url.toString()});
    browser.start();
    if (!browser.waitForFinished(45000)) {
        browser.kill();
        browser.waitForFinished();
        return {{}, QStringLiteral("chromium did not finish")};
    }
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    if (browser.exitCode() != 0 || dom.isEmpty())
        return {{},
                QStringLiteral("chromium failed: ") + QString::fromUtf8(browser.readAllStandardError()).right(2000)};
    return {dom, {}};
}

// The page's console list as dumped (markup included), empty when there is none.
QString consoleList(const QString &dom)
{
    const int at = int(dom.indexOf(QLatin1String("id=\"console-log\"")));
    return at < 0 ? QString() : dom.mid(at, dom.indexOf(QLatin1String("</ol>"), at) - at);
}

QList<QJsonObject> eventLog(const QString &dom)
{
    QList<QJsonObject> events;
    const QStringList lines = elementText(dom, QStringLiteral("pre"), QStringLiteral("event-log"))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        events.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return events;
}

int indexOfEvent(const QList<QJsonObject> &events, const QString &name)
{
    for (int i = 0; i < events.size(); ++i)
        if (events[i].value(QStringLiteral("name")).toString() == name)
            return i;
    return -1;
}

// The product's envelope: {name, data: {…, context}, timestamp} and nothing else.
bool isProductEnvelope(const QJsonObject &event)
{
    static const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QStringList keys = event.keys();
    std::sort(keys.begin(), keys.end());
    return keys == QStringList{QStringLiteral("data"), QStringLiteral("name"), QStringLiteral("timestamp")}
           && event.value(QStringLiteral("data")).toObject().value(QStringLiteral("context")).isObject()
           && isoTime.match(event.value(QStringLiteral("timestamp")).toString()).hasMatch();
}

int runCallStudio(const QStringList &arguments, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(CALLSTUDIO_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestStandalone : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writePage(const WidgetDesign &design, const char *fileName)
    {
        const QString path = m_dir.filePath(QLatin1String(fileName));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray::fromStdString(standalonePreviewHtml(design)));
        return path;
    }

private slots:
    void hostileTextStaysInsideItsScriptData()
    {
        const QString page = QString::fromStdString(standalonePreviewHtml(reviewDesign()));
        // One document: the runtime inline, nothing loaded from a server or a callstudio:// address.
        QVERIFY(page.startsWith(QLatin1String("<!doctype html>")));
        QVERIFY(!page.contains(QLatin1String("callstudio://")));
        QVERIFY(!page.contains(QLatin1String("src=\"widget.js\"")));
        QCOMPARE(page.count(QLatin1String("</script>"), Qt::CaseInsensitive), 2); // the data and the page's script
        QVERIFY(!page.contains(QLatin1String("<b id=\"pwned\">")));
    }

    void scriptedCallProducesTheProductEvents()
    {
        const QString path = writePage(reviewDesign(), "review.html");
        QVERIFY(!path.isEmpty());
        // Monday 10:00 in Madrid: inside the example's business hours.
        const PageRun run = runInChromium(path, QStringLiteral("autoplay&now=2026-11-23T09:00:00Z"));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.dom.contains(QLatin1String("data-autoplay=\"done\"")), qPrintable(run.dom.right(3000)));
        // The visitor called once the custom code had connected (the page's console says
        // nothing of calling without it).
        const QString console = consoleList(run.dom);
        QVERIFY(!console.isEmpty());
        QVERIFY2(console.contains(QLatin1String("Autoplay finished.")), qPrintable(console));
        QVERIFY2(!console.contains(QLatin1String("did not connect")), qPrintable(console));
        // The page handles every message the protocol gives it, and got none outside it.
        QVERIFY2(!console.contains(QLatin1String("protocol:")), qPrintable(console));
        QVERIFY2(!console.contains(QLatin1String("dropped (widget)")), qPrintable(console));
        QVERIFY2(!console.contains(QLatin1String("not sent:")), qPrintable(console));

        const QList<QJsonObject> events = eventLog(run.dom);
        for (const QJsonObject &event : events)
            QVERIFY2(isProductEnvelope(event), QJsonDocument(event).toJson().constData());
        const int loaded = indexOfEvent(events, QStringLiteral("widget_loaded"));
        const int started = indexOfEvent(events, QStringLiteral("call_started"));
        const int custom = indexOfEvent(events, QStringLiteral("custom:review_seen"));
        const int ended = indexOfEvent(events, QStringLiteral("call_ended"));
        QVERIFY2(loaded >= 0 && started > loaded && ended > started,
                 qPrintable(QString::number(events.size()) + " events"));
        QCOMPARE(indexOfEvent(events, QStringLiteral("call_error")), -1);

        const QJsonObject loadedData = events[loaded].value(QStringLiteral("data")).toObject();
        QCOMPARE(loadedData.value(QStringLiteral("isPreview")), QJsonValue(true));
        const QJsonObject context = loadedData.value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("orderId")).toString(), QStringLiteral("A-10023"));
        // The hostile value arrives intact, as data.
        QCOMPARE(context.value(QStringLiteral("note")).toString(), QString::fromUtf8(kHostileValue));

        const QJsonObject startedData = events[started].value(QStringLiteral("data")).toObject();
        QCOMPARE(startedData.value(QStringLiteral("destinationId")).toString(), QStringLiteral("orders-team"));
        QCOMPARE(startedData.value(QStringLiteral("routingKey")).toString(), QStringLiteral("order-help"));
        QCOMPARE(startedData.value(QStringLiteral("hasFormValues")), QJsonValue(true));
        QCOMPARE(startedData.value(QStringLiteral("context")).toObject(), context);

        const QJsonObject endedData = events[ended].value(QStringLiteral("data")).toObject();
        QCOMPARE(endedData.value(QStringLiteral("reason")).toString(), QStringLiteral("remote_hangup"));
        // The agent hung up after two seconds in the call.
        QVERIFY2(endedData.value(QStringLiteral("duration")).toInt(-1) >= 2,
                 QJsonDocument(endedData).toJson().constData());

        // The custom code ran in its sandbox and saw the context.
        QVERIFY2(custom > started,
                 qPrintable(elementText(run.dom, QStringLiteral("pre"), QStringLiteral("event-log"))));
        const QJsonObject customData = events[custom].value(QStringLiteral("data")).toObject();
        QCOMPARE(customData.value(QStringLiteral("orderId")).toString(), QStringLiteral("A-10023"));
        QCOMPARE(customData.value(QStringLiteral("note")).toString(), QString::fromUtf8(kHostileValue));

        // Nothing hostile ran in the page, and the design name is shown as text.
        QVERIFY(!run.dom.contains(QLatin1String("<hr id=\"pwned\"")));
        QVERIFY(!run.dom.contains(QLatin1String("<b id=\"pwned\"")));
        QCOMPARE(elementText(run.dom, QStringLiteral("span"), QStringLiteral("sa-design-name")),
                 QStringLiteral("Order help </title></script><b id=\"pwned\">"));
        // The analytics library cannot load offline: reported in the console list, not fatal.
        QVERIFY(run.dom.contains(QLatin1String("Could not load script https://www.googletagmanager.com/gtag/js")));
    }

    void reviewerClockFollowsTheBusinessHours()
    {
        const QString path = writePage(loadExample("order-help.design.json"), "hours.html");
        QVERIFY(!path.isEmpty());
        // The latest Sunday noon in Madrid before today: the example is closed all Sunday.
        QDate sunday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        while (sunday.dayOfWeek() != Qt::Sunday)
            sunday = sunday.addDays(-1);
        const QString now = sunday.toString(Qt::ISODate) + QStringLiteral("T11:00:00Z");
        const PageRun run = runInChromium(path, QStringLiteral("autoplay&now=") + now);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.dom.contains(QLatin1String("data-autoplay=\"failed\"")), qPrintable(run.dom.right(3000)));
        QCOMPARE(elementText(run.dom, QStringLiteral("strong"), QStringLiteral("sa-widget-state")),
                 QStringLiteral("closed"));
        const QString console = consoleList(run.dom);
        QVERIFY2(!console.isEmpty() && !console.contains(QLatin1String("treated as open")), qPrintable(console));
    }

    void microphoneRefusalIsExplained()
    {
        const QString path = writePage(loadExample("minimal.design.json"), "minimal.html");
        QVERIFY(!path.isEmpty());
        // The real microphone: headless chromium refuses it or leaves its prompt unanswered.
        const PageRun run = runInChromium(path, QStringLiteral("autoplay=real-mic"));
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
        QVERIFY2(run.dom.contains(QLatin1String("data-autoplay=\"done\"")), qPrintable(run.dom.right(3000)));
        const QList<QJsonObject> events = eventLog(run.dom);
        QCOMPARE(indexOfEvent(events, QStringLiteral("call_started")), -1);
        const QString status = elementText(run.dom, QStringLiteral("p"), QStringLiteral("sa-mic-status"));
        // Either way the reviewer is told what happened and how to go on.
        QVERIFY2(status.contains(QLatin1String("turn on \"Simulate microphone\""), Qt::CaseInsensitive),
                 qPrintable(status));
        const int error = indexOfEvent(events, QStringLiteral("call_error"));
        if (error >= 0) {
            const QString code =
                events[error].value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString();
            QVERIFY2(code == QLatin1String("mic_denied") || code == QLatin1String("mic_unavailable"), qPrintable(code));
            QVERIFY2(status.startsWith(code + QLatin1Char(':')), qPrintable(status));
        } else {
            QVERIFY2(status.startsWith(QLatin1String("Waiting for the browser")), qPrintable(status));
        }
    }

    void shareVerbWritesOrRefuses()
    {
        const QString example = QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
        const QString out = m_dir.filePath(QStringLiteral("shared.html"));
        QCOMPARE(runCallStudio({QStringLiteral("share"), example, QStringLiteral("-o"), out}), 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().toStdString(), standalonePreviewHtml(loadExample("order-help.design.json")));

        // A disclosure after the call button is an error: no preview for the reviewer.
        WidgetDesign broken = loadExample("order-help.design.json");
        auto &idle = broken.state(WidgetState::Idle).blocks;
        const auto disclosure =
            std::find_if(idle.begin(), idle.end(), [](const Block &b) { return b.kind == BlockKind::Disclosure; });
        QVERIFY(disclosure != idle.end());
        const Block moved = *disclosure;
        idle.erase(disclosure);
        idle.push_back(moved);
        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.design.json"));
        QVERIFY(saveDesignToFile(broken, brokenPath.toStdString()).ok);
        const QString refused = m_dir.filePath(QStringLiteral("refused.html"));
        QByteArray errors;
        QCOMPARE(runCallStudio({QStringLiteral("share"), brokenPath, QStringLiteral("-o"), refused}, &errors), 1);
        QVERIFY2(errors.contains("has errors"), errors.constData());
        QVERIFY(!QFile::exists(refused));

        QCOMPARE(runCallStudio({QStringLiteral("share"), m_dir.filePath(QStringLiteral("missing.design.json"))}), 2);
        QCOMPARE(runCallStudio({QStringLiteral("share")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestStandalone)
#include "test_standalone.moc"
