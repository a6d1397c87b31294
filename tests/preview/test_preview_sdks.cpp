// Real analytics code nobody here wrote, under `simulate` with the default scenario and no
// extra wait: PostHog and Mixpanel as npm installs them (pinned devDependencies), and the
// official GA4, Meta Pixel and GTM bootstraps, each library served from a 127.0.0.1 server
// started here. Each test asserts the library request, the capture requests for
// call_started and call_ended as the server received them, and the `request` lines.
#include "LocalHttpServer.h"
#include "PreviewTestSupport.h"
#include "SimulationRun.h"

#include <QTemporaryDir>

using namespace callstudio;
using simulationtest::Run;
using simulationtest::run;
using testsupport::LocalHttpServer;

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

} // namespace

class TestPreviewSdks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    int m_designs = 0;

    QString writeDesign(const std::string &head, const std::string &bodyEnd)
    {
        WidgetDesign design = previewtest::alwaysOpenOrderHelp();
        design.customCode.headHtml = head;
        design.customCode.bodyEndHtml = bodyEnd;
        const QString path = m_dir.filePath(QStringLiteral("d%1.design.json").arg(++m_designs));
        if (!saveDesignToFile(design, path.toStdString()).ok)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::string base() const { return m_server.base().toStdString(); }

    static QString dump(const Run &result)
    {
        QStringList text;
        for (const QJsonObject &line : result.lines)
            text << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
        return text.join(QLatin1Char('\n')) + QLatin1Char('\n') + result.err;
    }

    QString received(int from) const
    {
        QStringList text;
        for (int i = from; i < m_server.received().size(); ++i) {
            const auto &r = m_server.received().at(i);
            text << QString::fromUtf8(r.method + " " + r.path + " " + readableBody(r).left(400));
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
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
        QVERIFY2(capturesOf(from, "/e/", "call_started") >= 1, qPrintable(received(from) + "\n" + dump(result)));
        QVERIFY2(capturesOf(from, "/e/", "call_ended") >= 1, qPrintable(received(from)));
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
        QVERIFY2(capturesOf(from, "/2/httpapi", "call_started") >= 1, qPrintable(received(from)));
        QVERIFY2(capturesOf(from, "/2/httpapi", "call_ended") >= 1, qPrintable(received(from)));
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
        QCOMPARE(capturesOf(from, "/track", "call_started"), 0);
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
