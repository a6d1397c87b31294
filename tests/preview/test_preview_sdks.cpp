// Real analytics code nobody here wrote, under `simulate` with the default scenario and no
// extra wait: PostHog, Amplitude and Mixpanel as npm installs them (pinned devDependencies),
// and the GA4, Meta Pixel and GTM bootstraps, each library served from a 127.0.0.1 server
// started here. Each test asserts the library request, the capture requests for
// call_started and call_ended as the server received them, and the `request` lines; the
// SDKs that fail in the sandbox's opaque origin get console lines that say why.
#include "LocalHttpServer.h"
#include "PreviewTestSupport.h"
#include "SimulationRun.h"

#include <QTemporaryDir>

using namespace callstudio;
using simulationtest::Run;
using simulationtest::run;
using testsupport::LocalHttpServer;

namespace {
// The contract's event names as the captures on the wire carry them.
const QByteArray kStarted = previewtest::eventName(kEventCallStarted).toUtf8();
const QByteArray kEnded = previewtest::eventName(kEventCallEnded).toUtf8();
} // namespace

namespace {

QByteArray readOrFail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing: run npm ci (./dev.sh does)", qPrintable(path));
    return file.readAll();
}

QByteArray npmFile(const char *path)
{
    return readOrFail(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/node_modules/") + QLatin1String(path));
}

std::string fixture(const char *name)
{
    return readOrFail(QStringLiteral(CALLSTUDIO_FIXTURES_DIR "/sdks/") + QLatin1String(name)).toStdString();
}

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// A request body as the SDKs send it: JSON, form-encoded, base64 in a `data` field.
QByteArray readableBody(const LocalHttpServer::Received &r)
{
    QByteArray text = r.path + "\n" + r.body;
    text += "\n" + QByteArray::fromPercentEncoding(QByteArray(r.body).replace('+', ' '));
    for (const QByteArray &part : QByteArray::fromPercentEncoding(r.body + "&" + r.path).split('&'))
        if (part.startsWith("data="))
            text += "\n" + QByteArray::fromBase64(part.mid(5));
    return text;
}

std::string previewSnippet(const char *name)
{
    return readOrFail(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/snippets/") + QLatin1String(name)).toStdString();
}

// Stand-ins for the libraries Google and Meta serve (not on npm): each reads the queue the
// official bootstrap filled, as the real one does, and sends a beacon for every event then
// and later. Served from the address the bootstrap asks for, so that request is real.
const char *const kGtagDouble = R"JS((function () {
  var sent = function (a) { if (a && a[0] === 'event') navigator.sendBeacon('BASE/g/collect?en=' + a[1]); };
  dataLayer.forEach(sent);
  var push = dataLayer.push;
  dataLayer.push = function (a) { sent(a); return push.apply(dataLayer, arguments); };
})();)JS";
const char *const kGtmDouble = R"JS((function () {
  var sent = function (o) { if (o && o.event) navigator.sendBeacon('BASE/gtm/collect?en=' + o.event); };
  dataLayer.forEach(sent);
  var push = dataLayer.push;
  dataLayer.push = function (o) { sent(o); return push.apply(dataLayer, arguments); };
})();)JS";
const char *const kFbeventsDouble = R"JS((function () {
  var sent = function (a) { if (/^track/.test(a[0])) navigator.sendBeacon('BASE/tr?ev=' + a[1]); };
  fbq.queue.forEach(sent);
  fbq.callMethod = function () { sent(arguments); };
})();)JS";

} // namespace

class TestPreviewSdks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    QString writeDesign(const std::string &head, const std::string &bodyEnd) const
    {
        return previewtest::writeDesignWithCode(m_dir, head, bodyEnd);
    }

    std::string base() const { return m_server.base().toStdString(); }

    static QString dump(const Run &result) { return simulationtest::transcript(result); }

    QString received(int from) const
    {
        QStringList text;
        for (int i = from; i < m_server.received().size(); ++i) {
            const auto &r = m_server.received().at(i);
            text << QString::fromUtf8(r.method + " " + r.path + " " + QByteArray::number(r.body.size())
                                      + " bytes: " + readableBody(r).left(300).toPercentEncoding(" {}\":,[]/?=&"));
        }
        return text.join(QLatin1Char('\n'));
    }

    // The requests (from index `from` on) whose path starts with `prefix` and whose body names `event`.
    int capturesOf(int from, const QByteArray &prefix, const QByteArray &event) const
    {
        int count = 0;
        for (int i = from; i < m_server.received().size(); ++i) {
            const auto &r = m_server.received().at(i);
            if (r.path.startsWith(prefix) && readableBody(r).contains(event))
                ++count;
        }
        return count;
    }

    // The `request` lines for URLs under the local server starting with `path`.
    static QList<QJsonObject> requestLines(const Run &result, const QString &url)
    {
        QList<QJsonObject> found;
        for (const QJsonObject &line : result.ofType(QStringLiteral("request")))
            if (line.value(QStringLiteral("url")).toString().startsWith(url))
                found << line;
        return found;
    }

    void checkLibraryRequest(const Run &result, const QString &libraryUrl)
    {
        const auto library = requestLines(result, libraryUrl);
        QVERIFY2(library.size() == 1, qPrintable(dump(result)));
        QCOMPARE(library.first().value(QStringLiteral("kind")).toString(), QStringLiteral("script"));
        QCOMPARE(library.first().value(QStringLiteral("initiator")).toString(), QStringLiteral("custom_code"));
        QCOMPARE(library.first().value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    }

    // Amplitude's snippet as its npm package ships it; only its CDN's host is changed: the
    // library keeps its integrity hash (the file served is the one it names). serverUrl: its
    // events come here; fetchRemoteConfig: it asks nothing of Amplitude's hosts.
    std::string amplitudeCode(const std::string &moreOptions) const
    {
        std::string snippet =
            npmFile("@amplitude/analytics-browser/lib/scripts/amplitude-snippet-min.js").toStdString();
        replaceAll(snippet, "https://cdn.amplitude.com/libs/analytics-browser-2.48.1-min.js.gz",
                   base() + "/libs/analytics-browser-2.48.1-min.js");
        return "<script>\n" + snippet + "\namplitude.init('test_api_key', {serverUrl: '" + base()
               + "/2/httpapi', fetchRemoteConfig: false" + moreOptions
               + "});\n"
                 "window.c2c.on('call_started', () => amplitude.track('call_started'));\n"
                 "window.c2c.on('call_ended', (e) => amplitude.track('call_ended', {duration: e.duration}));\n"
                 // Amplitude's advice for events sent just before the visitor leaves (its
                 // batch would go out a second later, too late).
                 "window.addEventListener('pagehide', () => {\n"
                 "  amplitude.setTransport('beacon'); amplitude.flush(); });\n</script>";
    }

    // A POST request line of the custom code under `path`, made as `kind` (xhr, ping).
    bool hasRequest(const Run &result, const QString &path, const QString &kind) const
    {
        for (const QJsonObject &line : requestLines(result, m_server.base() + path))
            if (line.value(QStringLiteral("kind")).toString() == kind
                && line.value(QStringLiteral("method")).toString() == QLatin1String("POST")
                && line.value(QStringLiteral("initiator")).toString() == QLatin1String("custom_code"))
                return true;
        return false;
    }

    // `simulate` printed a request line for each beacon: POST, kind ping, from the custom code.
    void checkBeaconLines(const Run &result, const QString &path, int count)
    {
        const auto beacons = requestLines(result, m_server.base() + path);
        QVERIFY2(beacons.size() == count, qPrintable(dump(result)));
        for (const QJsonObject &line : beacons) {
            QCOMPARE(line.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
            QCOMPARE(line.value(QStringLiteral("kind")).toString(), QStringLiteral("ping"));
            QCOMPARE(line.value(QStringLiteral("initiator")).toString(), QStringLiteral("custom_code"));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        const QByteArray base = m_server.base().toUtf8();
        m_server.serve("/gtag/js?id=G-XXXXXXX", "text/javascript", QByteArray(kGtagDouble).replace("BASE", base));
        m_server.serve("/gtm.js?id=GTM-TEST123", "text/javascript", QByteArray(kGtmDouble).replace("BASE", base));
        m_server.serve("/en_US/fbevents.js", "text/javascript", QByteArray(kFbeventsDouble).replace("BASE", base));
        m_server.serve("/static/array.js", "text/javascript", npmFile("posthog-js/dist/array.js"));
        m_server.serve("/libs/analytics-browser-2.48.1-min.js", "text/javascript",
                       npmFile("@amplitude/analytics-browser/lib/scripts/amplitude-min.js"));
        m_server.serve("/libs/mixpanel-2-latest.min.js", "text/javascript",
                       npmFile("mixpanel-browser/dist/mixpanel.min.js"));
    }

    void postHogCapturesTheCall()
    {
        std::string snippet = fixture("posthog.html");
        replaceAll(snippet, "https://us.i.posthog.com", base());
        const int from = m_server.received().size();
        const Run result = run(writeDesign("", snippet), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        QVERIFY2(m_server.receivedPath("/static/array.js"), qPrintable(received(from)));
        checkLibraryRequest(result, m_server.base() + QLatin1String("/static/array.js"));
        QVERIFY2(capturesOf(from, "/e/", kStarted) >= 1, qPrintable(received(from) + "\n" + dump(result)));
        QVERIFY2(capturesOf(from, "/e/", kEnded) >= 1, qPrintable(received(from)));
        // Its batch leaves with sendBeacon when the visitor leaves, and simulate shows it.
        QVERIFY2(hasRequest(result, QStringLiteral("/e/"), QStringLiteral("ping")), qPrintable(dump(result)));
    }

    void amplitudeTracksTheCall()
    {
        // identityStorage 'none': its default cookie storage rejects with a SecurityError in the
        // sandbox's opaque origin and it never starts (amplitudeWithoutItsSettingIsExplained).
        const std::string code = amplitudeCode(", identityStorage: 'none'");
        const int from = m_server.received().size();
        const Run result = run(writeDesign("", code), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        checkLibraryRequest(result, m_server.base() + QLatin1String("/libs/analytics-browser-2.48.1-min.js"));
        QVERIFY2(capturesOf(from, "/2/httpapi", kStarted) >= 1, qPrintable(received(from)));
        QVERIFY2(capturesOf(from, "/2/httpapi", kEnded) >= 1, qPrintable(received(from)));
        // call_started in its timed batch, call_ended in the beacon of the pagehide flush.
        QVERIFY2(hasRequest(result, QStringLiteral("/2/httpapi"), QStringLiteral("xhr")), qPrintable(dump(result)));
        QVERIFY2(hasRequest(result, QStringLiteral("/2/httpapi"), QStringLiteral("ping")), qPrintable(dump(result)));
    }

    void ga4SendsTheCallsEvents()
    {
        std::string snippet = previewSnippet("ga4.html");
        replaceAll(snippet, "https://www.googletagmanager.com", base());
        const int from = m_server.received().size();
        const Run result = run(writeDesign("", snippet), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        checkLibraryRequest(result, m_server.base() + QLatin1String("/gtag/js?id=G-XXXXXXX"));
        QCOMPARE(capturesOf(from, QByteArray("/g/collect?en=") + kStarted, ""), 1);
        QCOMPARE(capturesOf(from, QByteArray("/g/collect?en=") + kEnded, ""), 1);
        checkBeaconLines(result, QStringLiteral("/g/collect?en="), 3); // and survey_submitted
    }

    void metaPixelSendsTheCallsEvents()
    {
        std::string snippet = previewSnippet("meta-pixel.html");
        replaceAll(snippet, "https://connect.facebook.net", base());
        replaceAll(snippet, "</script>",
                   "  window.c2c.on('call_ended', () => fbq('trackCustom', 'call_ended'));\n</script>");
        const int from = m_server.received().size();
        const Run result = run(writeDesign("", snippet), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        checkLibraryRequest(result, m_server.base() + QLatin1String("/en_US/fbevents.js"));
        QCOMPARE(capturesOf(from, "/tr?ev=PageView", ""), 1);
        QCOMPARE(capturesOf(from, "/tr?ev=Lead", ""), 1); // the snippet's call_started
        QCOMPARE(capturesOf(from, QByteArray("/tr?ev=") + kEnded, ""), 1);
        checkBeaconLines(result, QStringLiteral("/tr?ev="), 3);
    }

    void gtmContainerReceivesTheCallsEvents()
    {
        std::string container = fixture("gtm.html");
        replaceAll(container, "https://www.googletagmanager.com", base());
        const int from = m_server.received().size();
        const Run result = run(writeDesign(container, previewSnippet("google-tag-manager.html")), {});
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        checkLibraryRequest(result, m_server.base() + QLatin1String("/gtm.js?id=GTM-TEST123"));
        QCOMPARE(capturesOf(from, "/gtm/collect?en=gtm.js", ""), 1);
        QCOMPARE(capturesOf(from, QByteArray("/gtm/collect?en=c2c_") + kStarted, ""), 1);
        QCOMPARE(capturesOf(from, QByteArray("/gtm/collect?en=c2c_") + kEnded, ""), 1);
        checkBeaconLines(result, QStringLiteral("/gtm/collect?en="), 3);
    }

    // Mixpanel writes its cookie unguarded (even with disable_persistence, which removes it):
    // in the sandbox's opaque origin that throws and the library never starts, masked as
    // "Script error." since its snippet loads it without CORS. The operator is told why.
    void mixpanelCannotStartAndTheOperatorIsToldWhy()
    {
        std::string snippet = fixture("mixpanel.html");
        // Mixpanel's documented way to load its library from elsewhere than its CDN.
        replaceAll(snippet, "<script type=\"text/javascript\">",
                   "<script type=\"text/javascript\">\nvar MIXPANEL_CUSTOM_LIB_URL = '" + base()
                       + "/libs/mixpanel-2-latest.min.js';\n");
        replaceAll(snippet, "{track_pageview: true}",
                   "{track_pageview: true, disable_persistence: true, api_host: '" + base() + "'}");
        const int from = m_server.received().size();
        const Run result = run(writeDesign(snippet, ""), {});
        QCOMPARE(result.exit, 1);
        checkLibraryRequest(result, m_server.base() + QLatin1String("/libs/mixpanel-2-latest.min.js"));
        const auto errors = result.ofType(QStringLiteral("error"));
        QVERIFY2(errors.size() == 1, qPrintable(dump(result)));
        QCOMPARE(errors.first().value(QStringLiteral("masked")).toBool(), true);
        const QString message = errors.first().value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QLatin1String("Script error. — The browser hid this error"))
                     && message.contains(QLatin1String("Failed to set the 'cookie' property"))
                     && message.contains(QLatin1String("Mixpanel writes cookies whatever its settings"))
                     && message.contains(QLatin1String("load it from your own page")),
                 qPrintable(message));
        QCOMPARE(capturesOf(from, "/track", kStarted), 0);
    }

    // Mixpanel's snippet, unchanged, asks for "//cdn.mxpnl.com/…": on the integrator's HTTPS
    // page that is https, and so it is in the preview (offline here: nothing leaves).
    void aProtocolRelativeAddressIsHttpsAsOnTheSite()
    {
        SimulationOptions options;
        options.timeoutSeconds = 30;
        options.offline = true;
        const Run result = run(writeDesign(fixture("mixpanel.html"), ""), {}, options);
        QVERIFY2(result.exit == 0, qPrintable(dump(result)));
        const auto library =
            requestLines(result, QStringLiteral("https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"));
        QVERIFY2(library.size() == 1, qPrintable(dump(result)));
        QCOMPARE(library.first().value(QStringLiteral("kind")).toString(), QStringLiteral("script"));
        QCOMPARE(library.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed: offline"));
    }

    void amplitudeWithoutItsSettingIsExplained()
    {
        const Run result = run(writeDesign("", amplitudeCode("")), {});
        QCOMPARE(result.exit, 1);
        const auto errors = result.ofType(QStringLiteral("error"));
        QVERIFY2(errors.size() == 1, qPrintable(dump(result)));
        QCOMPARE(errors.first().value(QStringLiteral("area")).toString(), QStringLiteral("external"));
        const QString message = errors.first().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("SecurityError"))
                     && message.contains(QLatin1String("Amplitude keeps its state in cookies or storage"))
                     && message.contains(QLatin1String("set identityStorage: 'none' in amplitude.init")),
                 qPrintable(message));
    }
};

PREVIEW_TEST_MAIN(TestPreviewSdks, true)
#include "test_preview_sdks.moc"
