// The widget config as the website gets it: its own format and schema, none of the
// design-only data, and a round trip back into a design that keeps every other field.
#include "contract/WidgetConfig.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace callstudio;
using json = nlohmann::json;

namespace {

const QString kSource = QStringLiteral(CALLSTUDIO_SOURCE_DIR);

WidgetDesign exampleDesign()
{
    const auto loaded = loadDesignFromFile((kSource + "/resources/examples/order-help.design.json").toStdString());
    if (!loaded.ok())
        qFatal("the order-help example must load");
    return *loaded.design;
}

// A design in which every member differs from the starter's, every block kind is present
// and every optional part is filled.
WidgetDesign everyFieldDesign()
{
    WidgetDesign d = makeStarterDesign();
    d.appId = "app_every_field";
    d.name = "Every field";
    d.locales = {"en", "fr"};
    d.defaultLocale = "fr";
    d.theme.colors.primary = "#123456";
    d.theme.colors.muted = "#654321";
    d.theme.fontFamily = "Inter, sans-serif";
    d.theme.cornerRadius = 3;
    d.theme.position = LauncherPosition::BottomLeft;
    d.theme.offsetX = 7;
    d.theme.offsetY = 9;
    d.theme.width = 400;
    int n = 100;
    for (BlockKind kind : kAllBlockKinds) {
        Block b = makeStarterBlock(kind, "b" + std::to_string(++n), "en");
        b.align = Alignment::Center;
        if (blockKindUses(kind).text)
            b.text.set("fr", "texte " + std::to_string(n));
        d.state(WidgetState::Ended).blocks.push_back(std::move(b));
    }
    for (CallErrorCode code : kAllCallErrorCodes)
        d.errorMessages[code] = {{"en", std::string("failed: ") + callErrorCodeName(code)}, {"fr", "échec"}};
    d.businessHours.alwaysOpen = false;
    d.businessHours.timezone = "Europe/Paris";
    d.businessHours.weekly[0] = {{"09:00", "12:00"}, {"13:00", "17:30"}};
    d.businessHours.weekly[5] = {{"10:00", "14:00"}};
    d.businessHours.exceptions.push_back({"2026-12-25", true, {}, {{"en", "Christmas"}}});
    d.businessHours.exceptions.push_back({"2026-12-24", false, {{"09:00", "12:00"}}, {{"fr", "Veille"}}});
    d.urlContext = {{"orderId", "A-1001"}, {"customerTier", "gold"}};
    d.customCode.headHtml = "<script>c2c.on('call_started', () => {});</script>";
    d.customCode.bodyEndHtml = "<!-- end -->";
    d.routing.destinationId = "sales";
    d.routing.routingKey = "vip";
    return d;
}

} // namespace

class TestWidgetConfig : public QObject
{
    Q_OBJECT

private slots:
    void exportCarriesNoDesignOnlyData()
    {
        const WidgetDesign design = exampleDesign();
        QVERIFY(!design.urlContext.empty());
        const auto config = widgetConfigFromDesign(design);
        QCOMPARE(config.at("$schema").get<std::string>(), std::string(kWidgetConfigSchemaId));
        QCOMPARE(config.at("configVersion").get<int>(), 1);
        QVERIFY(!config.contains("urlContext"));
        QVERIFY(!config.contains("schemaVersion"));
        std::vector<std::string> keys;
        for (const auto &entry : design.urlContext)
            keys.push_back(entry.first);
        QCOMPARE(config.at("urlContextKeys").get<std::vector<std::string>>(), keys);
        // No sample value reaches the website, wherever it might hide.
        const std::string text = widgetConfigText(design);
        for (const auto &entry : design.urlContext)
            QVERIFY2(text.find('"' + entry.second + '"') == std::string::npos, entry.second.c_str());
        QVERIFY(text != designToCanonicalText(design));
    }

    // Every member the design file shares with the config is there, unchanged.
    void exportKeepsEveryRuntimeMember()
    {
        const WidgetDesign design = everyFieldDesign();
        const auto designJson = designToJson(design);
        const auto config = widgetConfigFromDesign(design);
        for (const auto &[key, value] : designJson.items()) {
            if (key == "$schema" || key == "schemaVersion" || key == "urlContext")
                continue;
            QVERIFY2(config.contains(key), key.c_str());
            QVERIFY2(config.at(key) == value, key.c_str());
        }
        QCOMPARE(config.size(), designJson.size()); // $schema, configVersion, urlContextKeys
    }

    void exportFollowsItsSchema_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("starter") << 0;
        QTest::newRow("order-help example") << 1;
        QTest::newRow("every field") << 2;
    }

    void exportFollowsItsSchema()
    {
        QFETCH(int, which);
        const WidgetDesign design =
            which == 0 ? makeStarterDesign() : (which == 1 ? exampleDesign() : everyFieldDesign());
        const auto problems = validateWidgetConfig(json::parse(widgetConfigText(design)));
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().message.c_str());
        // …and a design file is not a widget config.
        QVERIFY(!validateWidgetConfig(json::parse(designToCanonicalText(design))).empty());
    }

    // The identifier a config names is the shipped schema file's, compiled in as it is.
    void schemaIdentifierIsTheShippedFile()
    {
        QFile file(kSource + "/resources/schema/widget-config.schema.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const json schema = json::parse(bytes.constData());
        QCOMPARE(schema.at("$id").get<std::string>(), std::string(kWidgetConfigSchemaId));
        QCOMPARE(widgetConfigSchemaText(), bytes.toStdString());
    }

    void roundTripKeepsEveryField()
    {
        const WidgetDesign design = everyFieldDesign();
        QVERIFY(loadDesignFromText(designToCanonicalText(design)).design == design); // a design file keeps it all
        const auto loaded = loadWidgetConfigFromText(widgetConfigText(design));
        QVERIFY2(loaded.ok(), loaded.problems.empty() ? "" : loaded.problems.front().message.c_str());
        QVERIFY(*loaded.design == withoutDesignOnlyData(design));
        QVERIFY(*loaded.design != design); // the sample values stayed behind
        QCOMPARE(loaded.design->urlContext.size(), design.urlContext.size());
        for (const auto &entry : loaded.design->urlContext) {
            QVERIFY(design.urlContext.count(entry.first));
            QVERIFY(entry.second.empty());
        }
        // And the config of the imported design is the config that was imported.
        QCOMPARE(widgetConfigText(*loaded.design), widgetConfigText(design));
    }

    void importRefusesWhatIsNotAConfig_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("wording");
        json config = json::parse(widgetConfigText(everyFieldDesign()));
        json badColour = config;
        badColour["theme"]["colors"]["primary"] = "blue";
        json badKey = config;
        badKey["urlContextKeys"] = {"orderId", "1st"};
        json withSamples = config;
        withSamples["urlContext"] = {{"orderId", "A-1"}};
        json newer = config;
        newer["configVersion"] = 2;
        QTest::newRow("colour") << QString::fromStdString(badColour.dump(2)) << "/theme/colors/primary"
                                << "primary";
        QTest::newRow("context key") << QString::fromStdString(badKey.dump(2)) << "/urlContextKeys/1"
                                     << "1st";
        QTest::newRow("design-only member") << QString::fromStdString(withSamples.dump(2)) << ""
                                            << "urlContext";
        QTest::newRow("version") << QString::fromStdString(newer.dump(2)) << "/configVersion"
                                 << "configVersion";
        QTest::newRow("design file") << QString::fromStdString(designToCanonicalText(everyFieldDesign())) << ""
                                     << "schemaVersion";
        QTest::newRow("not JSON") << QStringLiteral("{\"appId\": ") << ""
                                  << "";
    }

    void importRefusesWhatIsNotAConfig()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, wording);
        const auto loaded = loadWidgetConfigFromText(text.toStdString());
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.problems.empty());
        bool found = false;
        for (const auto &p : loaded.problems) {
            QVERIFY(p.line > 0);
            found = found
                    || ((pointer.isEmpty() || QString::fromStdString(p.pointer) == pointer)
                        && QString::fromStdString(p.message).contains(wording));
        }
        QVERIFY2(found, loaded.problems.front().message.c_str());
    }

    void fileNameComesFromTheWidgetsName()
    {
        WidgetDesign d = makeStarterDesign();
        d.name = "Acme — Order help";
        QCOMPARE(suggestedWidgetConfigFileName(d), std::string("acme-order-help.widget.json"));
        d.name = "../../etc/passwd";
        QCOMPARE(suggestedWidgetConfigFileName(d), std::string("etc-passwd.widget.json"));
        d.name = "———";
        d.appId = "app_Sales-EU";
        QCOMPARE(suggestedWidgetConfigFileName(d), std::string("app-sales-eu.widget.json"));
        d.appId.clear();
        QCOMPARE(suggestedWidgetConfigFileName(d), std::string("widget.widget.json"));
        d.name = std::string(5000, 'x');
        QCOMPARE(suggestedWidgetConfigFileName(d).size(), size_t(60 + 12));
    }

    void importReadsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("widget.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(widgetConfigText(exampleDesign())));
        file.close();
        const auto loaded = loadWidgetConfigFromFile(path.toStdString());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.design->name, exampleDesign().name);
        QCOMPARE(loadWidgetConfigFromFile(dir.filePath(QStringLiteral("missing.json")).toStdString()).status,
                 LoadResult::Status::Unreadable);
    }
};

QTEST_GUILESS_MAIN(TestWidgetConfig)
#include "test_widgetconfig.moc"
