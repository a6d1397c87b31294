// Tracker detection from the public tracker database (third-party-web, pinned in
// package.json, compiled in) with our additions (resources/trackers/known-sdks.json): the
// two agree, common analytics SDKs are recognised by host and by global, and a design that
// loads one without a disclosure gets the "trackers without disclosure" warning.
#include "io/DesignFile.h"
#include "privacy/CustomCodeLint.h"
#include "privacy/PrivacyChecks.h"
#include "privacy/ThirdPartyInventory.h"
#include "privacy/TrackerDatabase.h"

#include <QFile>
#include <QTest>

using namespace callstudio;

namespace {

WidgetDesign minimalDesign()
{
    const auto r = loadDesignFromFile(std::string(CALLSTUDIO_SOURCE_DIR) + "/resources/examples/minimal.design.json");
    if (!r.ok())
        qFatal("the minimal example does not load");
    return *r.design;
}

std::string fixture(const char *name)
{
    QFile f(QStringLiteral(CALLSTUDIO_FIXTURES_DIR "/sdks/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", name);
    return f.readAll().toStdString();
}

std::vector<Problem> sandboxSdkWarnings(const std::string &bodyEnd)
{
    CustomCode code;
    code.bodyEndHtml = bodyEnd;
    std::vector<Problem> found;
    for (const Problem &p : lintCustomCode(code))
        if (p.code == "code.sdk-opaque-origin")
            found.push_back(p);
    return found;
}

QString joined(const std::vector<std::string> &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out << QString::fromStdString(l);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestTrackers : public QObject
{
    Q_OBJECT

private slots:
    void ourAdditionsAgreeWithTheDatabase()
    {
        QVERIFY2(trackerDataProblems().empty(), qPrintable(joined(trackerDataProblems())));
        QVERIFY(QByteArray(trackerDatabaseVersion()).startsWith("third-party-web "));
        QVERIFY(knownSdks().size() >= 10);
    }

    void commonSdkHostsAreTrackers_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("entity");
        QTest::newRow("PostHog (our addition)") << "us-assets.i.posthog.com"
                                                << "PostHog";
        QTest::newRow("Mixpanel CDN") << "cdn.mxpnl.com"
                                      << "Mixpanel";
        QTest::newRow("Mixpanel API") << "api-js.mixpanel.com"
                                      << "Mixpanel";
        QTest::newRow("Amplitude") << "api2.amplitude.com"
                                   << "Amplitude Mobile Analytics";
        QTest::newRow("Segment") << "cdn.segment.com"
                                 << "Segment";
        QTest::newRow("Hotjar") << "static.hotjar.com"
                                << "Hotjar";
        QTest::newRow("Clarity (recategorised)") << "www.clarity.ms"
                                                 << "Clarity";
        QTest::newRow("GTM") << "www.googletagmanager.com"
                             << "Google Tag Manager";
        QTest::newRow("Meta") << "connect.facebook.net"
                              << "Facebook";
        QTest::newRow("domain itself under a wildcard") << "hotjar.com"
                                                        << "Hotjar";
    }

    void commonSdkHostsAreTrackers()
    {
        QFETCH(QString, host);
        QFETCH(QString, entity);
        const TrackerEntity *tracker = trackerForHost(host.toStdString());
        QVERIFY2(tracker, qPrintable(host));
        QCOMPARE(QString::fromStdString(tracker->name), entity);
        QVERIFY(isKnownTrackerDomain(host.toStdString()));
    }

    void hostsThatDoNotTrackAreNot()
    {
        // A CDN the database knows, and hosts it does not.
        QVERIFY(entityForHost("fonts.googleapis.com"));
        QVERIFY(!trackerForHost("fonts.googleapis.com"));
        QVERIFY(!trackerForHost("api.example-crm.com"));
        QVERIFY(!trackerForHost("posthog.com.example.org"));
        QVERIFY(!trackerForHost(""));
        QVERIFY(!trackerForHost(std::string(100000, 'a') + ".com"));
    }

    void sdkGlobalsAreKnown()
    {
        for (const char *global : {"gtag", "fbq", "dataLayer", "posthog", "mixpanel", "amplitude", "_paq"})
            QVERIFY2(sdkForGlobal(global), global);
        QVERIFY(!sdkForGlobal("console"));
        QCOMPARE(sdkForGlobal("amplitude")->name, std::string("Amplitude"));
        QVERIFY(sdkForGlobal("amplitude")->opaqueOrigin);
        QVERIFY(sdkForEntity("Mixpanel")->opaqueOrigin->cannotRun);
        QVERIFY(!sdkForEntity("PostHog")->opaqueOrigin); // test_preview_sdks: it runs as it comes
    }

    void postHogWithoutDisclosureIsWarnedAbout()
    {
        WidgetDesign d = minimalDesign();
        d.customCode.bodyEndHtml = fixture("posthog.html");
        const auto problems = checkPrivacy(d);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems[0].code, std::string("privacy.disclosure-trackers"));
        const QString message = QString::fromStdString(problems[0].message);
        QVERIFY2(message.contains(QLatin1String("us.i.posthog.com (PostHog)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("posthog")), qPrintable(message));
        // The inventory names it too.
        const ThirdPartyInventory inventory = buildThirdPartyInventory(d.customCode);
        QCOMPARE(inventory.domainNames(), std::vector<std::string>{"us.i.posthog.com"});
        QCOMPARE(inventory.domains[0].tracker, std::string("PostHog"));
    }

    void mixpanelFromItsCdnWithoutDisclosureIsWarnedAbout()
    {
        WidgetDesign d = minimalDesign();
        d.customCode.headHtml = fixture("mixpanel.html");
        const auto problems = checkPrivacy(d);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(problems[0].code, std::string("privacy.disclosure-trackers"));
        QVERIFY2(problems[0].message.find("cdn.mxpnl.com (Mixpanel)") != std::string::npos,
                 problems[0].message.c_str());
    }

    // What test_preview_sdks saw fail in the sandbox: Mixpanel always, Amplitude without
    // identityStorage 'none'; PostHog runs as it comes.
    void theLintNamesSdksThatFailInTheSandbox()
    {
        const auto mixpanel = sandboxSdkWarnings(fixture("mixpanel.html"));
        QCOMPARE(mixpanel.size(), size_t(1));
        QCOMPARE(mixpanel[0].severity, Severity::Warning);
        QVERIFY2(mixpanel[0].message.find("Mixpanel writes cookies whatever its settings") == 0,
                 mixpanel[0].message.c_str());
        QCOMPARE(mixpanel[0].pointer, std::string("/customCode/bodyEndHtml"));
        QVERIFY(mixpanel[0].line >= 2);

        const std::string amplitude =
            "<script>\namplitude.init('key', {serverUrl: 'https://example.org/e'});\n</script>";
        const auto unset = sandboxSdkWarnings(amplitude);
        QCOMPARE(unset.size(), size_t(1));
        QVERIFY2(unset[0].message.find("set identityStorage: 'none' in amplitude.init") != std::string::npos,
                 unset[0].message.c_str());
        QCOMPARE(unset[0].line, 2);
        std::string configured = amplitude;
        configured.replace(configured.find("serverUrl"), 0, "identityStorage: 'none', ");
        QVERIFY(sandboxSdkWarnings(configured).empty());
        // Loaded from its CDN by address counts as using it too.
        QCOMPARE(sandboxSdkWarnings("<script src=\"https://cdn.amplitude.com/libs/x.js\"></script>").size(), size_t(1));

        QVERIFY(sandboxSdkWarnings(fixture("posthog.html")).empty());
    }
};

QTEST_GUILESS_MAIN(TestTrackers)
#include "test_trackers.moc"
