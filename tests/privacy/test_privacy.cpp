// The privacy side of Call Studio: custom-code lint (each rule fires on its fixture and
// stays quiet on the seed's examples), the third-party inventory, the privacy assistant,
// the privacy manifest (golden files) and the embed guidance. Bad input never crashes.
#include "checks/DesignChecks.h"
#include "io/DesignFile.h"
#include "privacy/CustomCodeLint.h"
#include "privacy/DesignReview.h"
#include "privacy/EmbedGuidance.h"
#include "privacy/EventCatalogue.h"
#include "privacy/JsScanner.h"
#include "privacy/PrivacyChecks.h"
#include "privacy/PrivacyManifest.h"
#include "privacy/SensitiveData.h"
#include "privacy/ThirdPartyInventory.h"

#include "golden_outputs.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <random>

using namespace callstudio;

namespace {

const char *const kSnippets[] = {"conditional-tracking", "custom-event", "ga4", "google-tag-manager", "meta-pixel"};

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll().toStdString();
}

std::string fixture(const char *name)
{
    return readFile(QStringLiteral(CALLSTUDIO_FIXTURES_DIR "/privacy/") + QString::fromUtf8(name));
}

std::string snippet(const char *name)
{
    return readFile(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/snippets/") + QString::fromUtf8(name)
                    + QStringLiteral(".html"));
}

WidgetDesign loadExample(const char *name)
{
    const auto r =
        loadDesignFromFile(std::string(CALLSTUDIO_SOURCE_DIR) + "/resources/examples/" + name + ".design.json");
    if (!r.ok())
        qFatal("example %s does not load", name);
    return *r.design;
}

std::vector<Problem> withCode(const std::vector<Problem> &problems, const std::string &code)
{
    std::vector<Problem> out;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(out),
                 [&](const Problem &p) { return p.code == code; });
    return out;
}

std::vector<Problem> warningsOrErrors(const std::vector<Problem> &problems)
{
    std::vector<Problem> out;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(out),
                 [](const Problem &p) { return p.severity != Severity::Info; });
    return out;
}

std::string describe(const std::vector<Problem> &problems)
{
    std::string out;
    for (const auto &p : problems)
        out += std::string(severityName(p.severity)) + " " + p.code + " " + p.pointer + " " + std::to_string(p.line)
               + ":" + std::to_string(p.column) + " " + p.message + "\n";
    return out;
}

CustomCode inBodyEnd(std::string html)
{
    CustomCode code;
    code.bodyEndHtml = std::move(html);
    return code;
}

const DomainGroup *group(const ThirdPartyInventory &inventory, const std::string &domain)
{
    for (const auto &g : inventory.domains)
        if (g.domain == domain)
            return &g;
    return nullptr;
}

// The minimal example with a before-call disclosure above its call button.
WidgetDesign designWithDisclosure()
{
    WidgetDesign d = loadExample("minimal");
    auto &blocks = d.state(WidgetState::Idle).blocks;
    blocks.insert(blocks.begin(), makeStarterBlock(BlockKind::Disclosure, d.freshBlockId(), "en"));
    return d;
}

FormField field(std::string key, FieldType type, std::string label)
{
    FormField f;
    f.key = std::move(key);
    f.type = type;
    f.label = {{"en", std::move(label)}};
    return f;
}

// Adds a pre-call form with `fields` above the call button of the idle state.
void addForm(WidgetDesign &d, std::vector<FormField> fields)
{
    Block form = makeStarterBlock(BlockKind::PreCallForm, d.freshBlockId(), "en");
    form.form.fields = std::move(fields);
    auto &blocks = d.state(WidgetState::Idle).blocks;
    blocks.insert(blocks.begin(), std::move(form));
}

Block &addSurvey(WidgetDesign &d)
{
    auto &blocks = d.state(WidgetState::Ended).blocks;
    blocks.push_back(makeStarterBlock(BlockKind::Survey, d.freshBlockId(), "en"));
    return blocks.back();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void reviewerReadsTheCustomCodeOnlyWhenItChanged()
    {
        const auto messages = [](const std::vector<Problem> &problems) {
            std::vector<std::string> out;
            for (const Problem &p : problems)
                out.push_back(p.pointer + " " + p.message);
            return out;
        };
        WidgetDesign design = loadExample("order-help");
        design.customCode.headHtml = "<script>gtag('config', 'G-XXXXXXX');</script>";
        DesignReviewer reviewer;
        QCOMPARE(messages(reviewer.review(design)), messages(reviewDesign(design)));
        QCOMPARE(reviewer.customCodeReadings(), 1);
        // A text edit: the same answers as a review from scratch, the code not read again.
        design.state(WidgetState::Idle).blocks[0].text.set("en", "We record calls for training");
        QCOMPARE(messages(reviewer.review(design)), messages(reviewDesign(design)));
        QCOMPARE(reviewer.customCodeReadings(), 1);
        // A custom-code edit is read: the placeholder warning goes.
        design.customCode.headHtml = "<script>gtag('config', 'G-4B7QX1');</script>";
        const auto after = messages(reviewer.review(design));
        QCOMPARE(reviewer.customCodeReadings(), 2);
        QCOMPARE(after, messages(reviewDesign(design)));
        QVERIFY(std::none_of(after.begin(), after.end(),
                             [](const std::string &m) { return m.find("G-XXXXXXX") != std::string::npos; }));
    }

    void snippetPlaceholdersAreWarnings()
    {
        CustomCode code;
        code.headHtml = "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX\"></script>\n"
                        "<script>gtag('config', 'G-XXXXXXX');</script>";
        code.bodyEndHtml = "<script>fbq('init', 'YOUR_PIXEL_ID');</script>";
        std::vector<Problem> found;
        for (const Problem &p : lintCustomCode(code))
            if (p.code == "code.placeholder")
                found.push_back(p);
        QCOMPARE(found.size(), size_t(2)); // one per placeholder and area
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(found[0].line, 1);
        QVERIFY(found[0].message.find("G-XXXXXXX") != std::string::npos);
        QVERIFY(found[1].message.find("YOUR_PIXEL_ID") != std::string::npos);
        code.headHtml = "<script>gtag('config', 'G-4B7QX1');</script>";
        code.bodyEndHtml.clear();
        for (const Problem &p : lintCustomCode(code))
            QVERIFY(p.code != "code.placeholder");
    }

    void scannerSkipsCommentsStringsAndRegexes();
    void lintRuleFiresOnItsFixture_data();
    void lintRuleFiresOnItsFixture();
    void lintReportsTheHeadArea();
    void lintReadsEventHandlerAttributes();
    void lintIsQuietOnNamesThatAreNotCode();
    void lintIsQuietOnTheSeedSnippets_data();
    void lintIsQuietOnTheSeedSnippets();
    void unknownEventSuggestsTheClosestName();
    void lintSurvivesBadInput_data();
    void lintSurvivesBadInput();
    void lintStopsReadingExcessiveNesting();
    void inventoryGroupsAddressesByDomain();
    void inventoryOfSeedSnippets();
    void cardDataIsAnError_data();
    void cardDataIsAnError();
    void healthDataIsAWarning_data();
    void healthDataIsAWarning();
    void sensitiveDataChecksStayQuiet_data();
    void sensitiveDataChecksStayQuiet();
    void missingDisclosureIsReported_data();
    void missingDisclosureIsReported();
    void disclosureAfterCallButtonStaysWithDesignChecks();
    void examplesPassThePrivacyAssistant();
    void seedSnippetsOnlyRemindOfTheDisclosure_data();
    void seedSnippetsOnlyRemindOfTheDisclosure();
    void outputsMatchGoldenFiles_data();
    void outputsMatchGoldenFiles();
    void manifestNoticesFollowTheDesignLocales();
    void embedGuidanceCarriesTheDesign();
};

void TestPrivacy::scannerSkipsCommentsStringsAndRegexes()
{
    const auto tokens = scanJavaScript("a = `x ${ b + `y ${c}` } z` / 2; // d\n"
                                       "const r = /'[/]\"/g; e(\"f\\\"g\"); /* h */ i");
    std::vector<std::string> identifiers;
    for (const auto &t : tokens)
        if (t.kind == JsTokenKind::Identifier)
            identifiers.emplace_back(t.raw);
    QCOMPARE(identifiers, (std::vector<std::string>{"a", "b", "c", "const", "r", "e", "i"}));
    const auto string =
        std::find_if(tokens.begin(), tokens.end(), [](const JsToken &t) { return t.kind == JsTokenKind::String; });
    QVERIFY(string != tokens.end());
    QCOMPARE(string->value, std::string("f\"g"));
    QVERIFY(std::any_of(tokens.begin(), tokens.end(),
                        [](const JsToken &t) { return t.kind == JsTokenKind::Regex && t.raw == "/'[/]\"/g"; }));
}

void TestPrivacy::lintRuleFiresOnItsFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("count");

    const auto row = [](const char *name, const char *file, const char *code, Severity s, int line, int column,
                        int count) {
        QTest::newRow(name) << file << code << static_cast<int>(s) << line << column << count;
    };
    row("unclosed <script>", "lint-unclosed-script.html", "code.unclosed-script", Severity::Error, 2, 1, 1);
    row("stray end tag", "lint-stray-end-tag.html", "code.stray-end-tag", Severity::Warning, 4, 1, 1);
    row("http: script and stylesheet", "lint-mixed-content.html", "code.mixed-content", Severity::Error, 2, 30, 2);
    row("storage", "lint-storage.html", "code.storage", Severity::Error, 2, 16, 3);
    row("document.cookie", "lint-cookie.html", "code.cookie", Severity::Error, 2, 19, 1);
    row("navigator.locks", "lint-locks.html", "code.locks", Severity::Warning, 2, 3, 1);
    row("top.location", "lint-top-navigation.html", "code.top-navigation", Severity::Error, 3, 5, 1);
    row("window.open", "lint-popup.html", "code.popup", Severity::Warning, 2, 37, 1);
    row("alert()", "lint-dialogs.html", "code.dialog", Severity::Warning, 2, 38, 1);
    row("form action and .submit()", "lint-form-submission.html", "code.form-submission", Severity::Warning, 1, 1, 2);
    row("unknown event", "lint-unknown-event.html", "code.unknown-event", Severity::Warning, 2, 17, 2);
    row("field the event lacks", "lint-unknown-field.html", "code.unknown-event-field", Severity::Warning, 3, 19, 3);
}

void TestPrivacy::lintRuleFiresOnItsFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, count);

    const auto problems = lintCustomCode(inBodyEnd(fixture(qPrintable(file))));
    const auto hits = withCode(problems, code.toStdString());
    QVERIFY2(static_cast<int>(hits.size()) == count, describe(problems).c_str());
    QCOMPARE(static_cast<int>(hits.front().severity), severity);
    QCOMPARE(hits.front().pointer, std::string("/customCode/bodyEndHtml"));
    QCOMPARE(hits.front().line, line);
    QCOMPARE(hits.front().column, column);
    QVERIFY(!hits.front().message.empty() && hits.front().message.back() != '.');
    // Each fixture shows one rule: nothing else fires on it.
    QVERIFY2(warningsOrErrors(problems).size() == hits.size(), describe(problems).c_str());
}

void TestPrivacy::lintReportsTheHeadArea()
{
    CustomCode code;
    code.headHtml = "<meta charset=\"utf-8\">\n<script>\n  sessionStorage.clear();\n</script>\n";
    code.bodyEndHtml = snippet("ga4");
    auto problems = lintCustomCode(code);
    problems.erase(
        std::remove_if(problems.begin(), problems.end(), [](const Problem &p) { return p.code == "code.placeholder"; }),
        problems.end());
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].code, std::string("code.storage"));
    QCOMPARE(problems[0].pointer, std::string("/customCode/headHtml"));
    QCOMPARE(problems[0].line, 3);
    QCOMPARE(problems[0].column, 3);
}

void TestPrivacy::lintReadsEventHandlerAttributes()
{
    const auto problems =
        lintCustomCode(inBodyEnd("<p>Help</p>\n<button onclick=\"localStorage.setItem('a', 1)\">Save</button>"));
    QVERIFY2(problems.size() == 1, describe(problems).c_str());
    QCOMPARE(problems[0].code, std::string("code.storage"));
    QCOMPARE(problems[0].line, 2);
    QCOMPARE(problems[0].column, 18);
}

void TestPrivacy::lintIsQuietOnNamesThatAreNotCode()
{
    const auto problems = lintCustomCode(inBodyEnd(fixture("lint-quiet-mentions.html")));
    QVERIFY2(problems.empty(), describe(problems).c_str());
}

void TestPrivacy::lintIsQuietOnTheSeedSnippets_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : kSnippets)
        QTest::newRow(name) << name;
}

void TestPrivacy::lintIsQuietOnTheSeedSnippets()
{
    QFETCH(QString, name);
    const std::string html = snippet(qPrintable(name));
    CustomCode inHead;
    inHead.headHtml = html;
    for (const CustomCode &code : {inBodyEnd(html), inHead}) {
        // A template's placeholder is the one thing said about it: the operator must fill it in.
        auto problems = warningsOrErrors(lintCustomCode(code));
        problems.erase(std::remove_if(problems.begin(), problems.end(),
                                      [](const Problem &p) { return p.code == "code.placeholder"; }),
                       problems.end());
        QVERIFY2(problems.empty(), describe(problems).c_str());
    }
}

void TestPrivacy::unknownEventSuggestsTheClosestName()
{
    const auto problems = withCode(lintCustomCode(inBodyEnd(fixture("lint-unknown-event.html"))), "code.unknown-event");
    QCOMPARE(problems.size(), size_t(2));
    QVERIFY2(problems[0].message.find("did you mean \"call_started\"") != std::string::npos,
             problems[0].message.c_str());
    QVERIFY2(
        problems[1].message.find("the events are widget_loaded, call_started, call_ended, call_error, survey_submitted")
            != std::string::npos,
        problems[1].message.c_str());
    QCOMPARE(std::string(closestEventName("callEnded")), std::string("call_ended"));
    QCOMPARE(std::string(closestEventName("survey_submited")), std::string("survey_submitted"));
}

void TestPrivacy::lintSurvivesBadInput_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");

    QByteArray large;
    const QByteArray chunk = "<script>var a = \"x\"; localStorage.x = 1; // c\n</script><p>hello <b>world</b></p>\n";
    while (large.size() < 5 * 1024 * 1024)
        large += chunk;
    QTest::newRow("5 MB") << large;

    QByteArray oneLine = "<script>";
    while (oneLine.size() < 5 * 1024 * 1024)
        oneLine += "alert(1);fetch('https://a.example.com/');";
    QTest::newRow("5 MB on one line") << oneLine;

    std::mt19937 random(5);
    QByteArray junk(1024 * 1024, '\0');
    for (char &c : junk)
        c = static_cast<char>(random() & 0xFF);
    QTest::newRow("binary junk") << junk;

    QTest::newRow("10,000 nested divs") << QByteArray("<div>").repeated(10000) + "<script>alert(1)</script>"
                                               + QByteArray("</div>").repeated(10000);
    QTest::newRow("10,000 unclosed divs") << QByteArray("<div>").repeated(10000);
    QTest::newRow("500,000 nested spans") << QByteArray("<span>").repeated(500000) + "<script>alert(1)</script>";
    QTest::newRow("unterminated everything") << QByteArray("<script>`${ /* '\"");
    QTest::newRow("5 MB of unclosed handlers")
        << QByteArray("<script>window.c2c.on('call_ended', (e) => { e.x; ").repeated(100000);
    QTest::newRow("deep brackets") << QByteArray("<script>window.c2c.on('call_ended', (e) => ")
                                          + QByteArray("(").repeated(20000);
}

void TestPrivacy::lintSurvivesBadInput()
{
    QFETCH(QByteArray, html);
    WidgetDesign d = loadExample("minimal");
    d.customCode.headHtml = html.toStdString();
    d.customCode.bodyEndHtml = html.toStdString();
    d.urlContext["note"] = html.left(4096).toStdString();
    const ParsedCustomCode parsed(d.customCode);

    const auto problems = lintCustomCode(parsed);
    QVERIFY(problems.size() <= 2 * (kMaxLintProblemsPerArea + 1));
    for (const auto &p : problems)
        QVERIFY(p.line >= 0 && p.column >= 0);
    const auto inventory = buildThirdPartyInventory(parsed);
    QVERIFY(!inventory.truncated || !inventory.domains.empty());
    checkPrivacy(d, parsed);
    QVERIFY(!manifestToHtml(buildPrivacyManifest(d, parsed)).empty());
    QVERIFY(!embedSnippetText(d).empty());
}

void TestPrivacy::lintStopsReadingExcessiveNesting()
{
    const std::string deep = "<script>alert(1)</script>\n" + std::string(200000, 'x')
                             + QByteArray("<b>").repeated(kMaxNestingDepth + 5).toStdString()
                             + "<script>prompt(2)</script>";
    const auto problems = lintCustomCode(inBodyEnd(deep));
    QVERIFY2(problems.size() == 2, describe(problems).c_str());
    QCOMPARE(problems[0].code, std::string("code.dialog"));
    QCOMPARE(problems[1].code, std::string("code.too-deep"));
    QCOMPARE(problems[1].line, 2);
    QCOMPARE(problems[1].column, 200001 + 3 * kMaxNestingDepth);

    // Exactly the limit is still read to the end.
    const std::string limit =
        QByteArray("<div>").repeated(kMaxNestingDepth).toStdString() + "<script>prompt(2)</script>";
    QCOMPARE(withCode(lintCustomCode(inBodyEnd(limit)), "code.dialog").size(), size_t(1));
}

void TestPrivacy::inventoryGroupsAddressesByDomain()
{
    CustomCode code;
    code.headHtml = "<link rel=\"stylesheet\" href=\"https://fonts.example-cdn.com/css/head.css\">\n";
    code.bodyEndHtml = fixture("inventory.html");
    const auto inventory = buildThirdPartyInventory(code);

    QCOMPARE(inventory.domainNames(),
             (std::vector<std::string>{"api.example-crm.com", "cdn.example-cdn.com", "chat.example-chat.com",
                                       "collect.example-analytics.com", "fonts.example-cdn.com",
                                       "pixel.example-ads.com", "www.googletagmanager.com"}));

    const DomainGroup *crm = group(inventory, "api.example-crm.com");
    QCOMPARE(crm->entries.size(), size_t(3));
    QCOMPARE(crm->entries[0].kind, ResourceKind::Reference); // <link rel="preconnect">
    QCOMPARE(crm->entries[1].how, std::string("fetch()"));
    QCOMPARE(crm->entries[1].kind, ResourceKind::Request);
    QCOMPARE(crm->entries[1].position.line, 8);
    QCOMPARE(crm->entries[2].how, std::string("XMLHttpRequest.open()"));
    QCOMPARE(crm->entries[2].url, std::string("https://api.example-crm.com/v1/log"));

    const DomainGroup *beacon = group(inventory, "collect.example-analytics.com");
    QCOMPARE(beacon->entries.at(0).how, std::string("navigator.sendBeacon()"));
    QCOMPARE(beacon->entries.at(0).area, CodeArea::BodyEnd);
    QCOMPARE(beacon->entries.at(0).position.line, 9);

    const DomainGroup *pixel = group(inventory, "pixel.example-ads.com");
    QCOMPARE(pixel->entries.size(), size_t(2));
    QCOMPARE(pixel->entries[0].kind, ResourceKind::Image);
    QCOMPARE(pixel->entries[0].how, std::string("<img src>"));
    QCOMPARE(pixel->entries[1].how, std::string("new Image().src"));

    QCOMPARE(group(inventory, "chat.example-chat.com")->entries.at(0).kind, ResourceKind::Iframe);
    QCOMPARE(group(inventory, "cdn.example-cdn.com")->entries.at(0).how, std::string("import()"));

    const DomainGroup *fonts = group(inventory, "fonts.example-cdn.com");
    QCOMPARE(fonts->entries.size(), size_t(2));
    QCOMPARE(fonts->entries[0].area, CodeArea::Head);
    QCOMPARE(fonts->entries[1].area, CodeArea::BodyEnd);
    QCOMPARE(fonts->entries[1].kind, ResourceKind::Stylesheet);
    QCOMPARE(fonts->entries[1].position.line, 1);

    const DomainGroup *gtm = group(inventory, "www.googletagmanager.com");
    QVERIFY(gtm->knownTracker);
    QCOMPARE(gtm->entries.at(0).kind, ResourceKind::Script);
    QVERIFY(!group(inventory, "api.example-crm.com")->knownTracker);
    QVERIFY(!group(inventory, "commented-out.example.org"));
}

void TestPrivacy::inventoryOfSeedSnippets()
{
    QCOMPARE(buildThirdPartyInventory(inBodyEnd(snippet("ga4"))).domainNames(),
             std::vector<std::string>{"www.googletagmanager.com"});
    QCOMPARE(buildThirdPartyInventory(inBodyEnd(snippet("meta-pixel"))).domainNames(),
             std::vector<std::string>{"connect.facebook.net"});
    QVERIFY(buildThirdPartyInventory(inBodyEnd(snippet("conditional-tracking"))).domains.empty());
}

void TestPrivacy::cardDataIsAnError_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("URL context key") << 0 << "/urlContext/cardNumber";
    QTest::newRow("Luhn-valid URL context value with spaces") << 1 << "/urlContext/ref";
    QTest::newRow("Luhn-valid value with dashes") << 2 << "/urlContext/ref";
    QTest::newRow("form field key cvv") << 3 << "/states/idle/blocks/0/form/fields/1/key";
    QTest::newRow("French form label") << 4 << "/states/idle/blocks/0/form/fields/0/label";
    QTest::newRow("German form key") << 5 << "/states/idle/blocks/0/form/fields/0/key";
    QTest::newRow("Spanish survey question") << 6 << "/states/ended/blocks/0/survey/question";
    QTest::newRow("survey comment placeholder with a number")
        << 7 << "/states/ended/blocks/0/survey/comment/placeholder";
}

void TestPrivacy::cardDataIsAnError()
{
    QFETCH(int, variant);
    QFETCH(QString, pointer);
    WidgetDesign d = designWithDisclosure();
    switch (variant) {
    case 0:
        d.urlContext["cardNumber"] = "x";
        break;
    case 1:
        d.urlContext["ref"] = "4111 1111 1111 1111";
        break;
    case 2:
        d.urlContext["ref"] = "order 5500-0000-0000-0004";
        break;
    case 3:
        addForm(d, {field("topic", FieldType::Text, "Topic"), field("cvv", FieldType::Text, "Code")});
        break;
    case 4:
        addForm(d, {field("ref", FieldType::Text, "Numéro de carte")});
        break;
    case 5:
        addForm(d, {field("kreditkartenNummer", FieldType::Text, "Nummer")});
        break;
    case 6:
        addSurvey(d).survey.question = {{"en", "How did we do?"}, {"es", "¿Cuál es el número de tarjeta?"}};
        break;
    case 7: {
        Block &survey = addSurvey(d);
        survey.survey.commentEnabled = true;
        survey.survey.commentPlaceholder = {{"en", "e.g. 4012888888881881"}};
        break;
    }
    }
    const auto problems = checkPrivacy(d);
    QVERIFY2(problems.size() == 1, describe(problems).c_str());
    QCOMPARE(problems[0].code, std::string("privacy.card-data"));
    QCOMPARE(problems[0].severity, Severity::Error);
    QCOMPARE(QString::fromStdString(problems[0].pointer), pointer);
    QVERIFY(problems[0].message.find("Don't paste card numbers into URL context or survey fields")
            != std::string::npos);
}

void TestPrivacy::healthDataIsAWarning_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("URL context key") << 0 << "/urlContext/diagnosis";
    QTest::newRow("insurance id key") << 1 << "/states/idle/blocks/0/form/fields/0/key";
    QTest::newRow("German label") << 2 << "/states/idle/blocks/0/form/fields/0/label";
    QTest::newRow("select option") << 3 << "/states/idle/blocks/0/form/fields/0/options/1/label";
    QTest::newRow("survey comment label") << 4 << "/states/ended/blocks/0/survey/comment/label";
    QTest::newRow("condition as the whole key") << 5 << "/urlContext/condition";
}

void TestPrivacy::healthDataIsAWarning()
{
    QFETCH(int, variant);
    QFETCH(QString, pointer);
    WidgetDesign d = designWithDisclosure();
    switch (variant) {
    case 0:
        d.urlContext["diagnosis"] = "x";
        break;
    case 1:
        addForm(d, {field("insuranceId", FieldType::Text, "Member")});
        break;
    case 2:
        addForm(d, {field("notes", FieldType::Text, "Welche Medikamente nehmen Sie?")});
        break;
    case 3: {
        FormField topic = field("topic", FieldType::Select, "Topic");
        topic.options = {{"order", {{"en", "My order"}}}, {"refill", {{"en", "Medication refill"}}}};
        addForm(d, {topic});
        break;
    }
    case 4: {
        Block &survey = addSurvey(d);
        survey.survey.commentEnabled = true;
        survey.survey.commentLabel = {{"en", "Describe your symptoms"}};
        break;
    }
    case 5:
        d.urlContext["condition"] = "x";
        break;
    }
    const auto problems = checkPrivacy(d);
    QVERIFY2(problems.size() == 1, describe(problems).c_str());
    QCOMPARE(problems[0].code, std::string("privacy.health-data"));
    QCOMPARE(problems[0].severity, Severity::Warning);
    QCOMPARE(QString::fromStdString(problems[0].pointer), pointer);
    QVERIFY(problems[0].message.find("not currently a HIPAA-eligible service") != std::string::npos);
}

void TestPrivacy::sensitiveDataChecksStayQuiet_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("Luhn-invalid 16 digits") << 0;
    QTest::newRow("order ids and phone numbers") << 1;
    QTest::newRow("a warning not to share card details") << 2;
    QTest::newRow("words that only contain a keyword") << 3;
    QTest::newRow("terms and conditions, item condition") << 4;
}

void TestPrivacy::sensitiveDataChecksStayQuiet()
{
    QFETCH(int, variant);
    WidgetDesign d = designWithDisclosure();
    switch (variant) {
    case 0:
        d.urlContext["ref"] = "4111 1111 1111 1112";
        break;
    case 1:
        d.urlContext["orderId"] = "A-10023";
        d.urlContext["phone"] = "+34 600 123 456";
        break;
    case 2: {
        Block &survey = addSurvey(d);
        survey.survey.commentEnabled = true;
        survey.survey.commentPlaceholder = {{"en", "Please do not enter your card number or medication here."},
                                            {"fr", "N'indiquez pas de numéro de carte."},
                                            {"de", "Bitte keine Kartennummer angeben."},
                                            {"es", "No incluyas el número de tarjeta."}};
        break;
    }
    case 3:
        d.urlContext["companyPanel"] = "scorecard-blue";
        break;
    case 4:
        addForm(d, {field("itemCondition", FieldType::Text, "I accept the terms and conditions")});
        break;
    }
    const auto problems = checkPrivacy(d);
    QVERIFY2(problems.empty(), describe(problems).c_str());
}

void TestPrivacy::missingDisclosureIsReported_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::newRow("tracker domain") << 0 << "privacy.disclosure-trackers"
                                    << "/customCode/headHtml" << 2;
    QTest::newRow("tracking call") << 1 << "privacy.disclosure-trackers"
                                   << "/customCode/bodyEndHtml" << 3;
    QTest::newRow("pre-call form with email") << 2 << "privacy.disclosure-form"
                                              << "/states/idle/blocks/0" << 0;
    QTest::newRow("pre-call form asking a name") << 3 << "privacy.disclosure-form"
                                                 << "/states/idle/blocks/0" << 0;
    QTest::newRow("recording notice in a paragraph") << 4 << "privacy.disclosure-recording"
                                                     << "/states/connecting/blocks/0/text" << 0;
}

void TestPrivacy::missingDisclosureIsReported()
{
    QFETCH(int, variant);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    WidgetDesign d = loadExample("minimal");
    switch (variant) {
    case 0:
        d.customCode.headHtml =
            "<meta name=\"x\">\n<script src=\"https://www.google-analytics.com/analytics.js\"></script>\n";
        break;
    case 1:
        d.customCode.bodyEndHtml =
            "<script>\n  // analytics\n  window.c2c.on('call_started', () => fbq('track', 'Lead'));\n</script>";
        break;
    case 2:
        addForm(d, {field("contact", FieldType::Email, "Where can we reach you?")});
        break;
    case 3:
        addForm(d, {field("who", FieldType::Text, "Votre nom")});
        break;
    case 4: {
        Block p = makeStarterBlock(BlockKind::Paragraph, d.freshBlockId(), "en");
        p.text = {{"en", "Please hold."}, {"de", "Dieses Gespräch wird aufgezeichnet."}};
        auto &connecting = d.state(WidgetState::Connecting).blocks;
        connecting.insert(connecting.begin(), p); // above the example's Cancel
        break;
    }
    }
    const auto problems = checkPrivacy(d);
    QVERIFY2(problems.size() == 1, describe(problems).c_str());
    QCOMPARE(QString::fromStdString(problems[0].code), code);
    QCOMPARE(problems[0].severity, Severity::Warning);
    QCOMPARE(QString::fromStdString(problems[0].pointer), pointer);
    QCOMPARE(problems[0].line, line);
    QVERIFY(problems[0].message.find("Seed guidance: \"") != std::string::npos);

    // A before-call disclosure in idle answers all three.
    auto &idle = d.state(WidgetState::Idle).blocks;
    idle.insert(idle.begin(), makeStarterBlock(BlockKind::Disclosure, d.freshBlockId(), "en"));
    QVERIFY2(checkPrivacy(d).empty(), describe(checkPrivacy(d)).c_str());
}

void TestPrivacy::disclosureAfterCallButtonStaysWithDesignChecks()
{
    WidgetDesign d = loadExample("order-help");
    auto &idle = d.state(WidgetState::Idle).blocks;
    std::rotate(idle.begin() + 3, idle.begin() + 4, idle.end()); // disclosure below the call button
    QCOMPARE(withCode(checkDesign(d), "layout.disclosure-after-call-button").size(), size_t(1));
    const auto privacy = checkPrivacy(d);
    QVERIFY2(privacy.empty(), describe(privacy).c_str());
}

void TestPrivacy::examplesPassThePrivacyAssistant()
{
    for (const char *name : {"order-help", "minimal"}) {
        const WidgetDesign d = loadExample(name);
        const auto problems = checkPrivacy(d);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QVERIFY2(warningsOrErrors(lintCustomCode(d.customCode)).empty(), name);
    }
}

void TestPrivacy::seedSnippetsOnlyRemindOfTheDisclosure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("tracks");
    for (const char *name : kSnippets) {
        const std::string n(name);
        QTest::newRow(name) << name << (n == "ga4" || n == "meta-pixel" || n == "google-tag-manager");
    }
}

void TestPrivacy::seedSnippetsOnlyRemindOfTheDisclosure()
{
    QFETCH(QString, name);
    QFETCH(bool, tracks);
    WidgetDesign d = loadExample("minimal");
    d.customCode.bodyEndHtml = snippet(qPrintable(name));
    const auto problems = checkPrivacy(d);
    QCOMPARE(problems.size(), size_t(tracks ? 1 : 0));
    if (tracks)
        QCOMPARE(problems[0].code, std::string("privacy.disclosure-trackers"));

    WidgetDesign disclosed = designWithDisclosure();
    disclosed.customCode.bodyEndHtml = d.customCode.bodyEndHtml;
    QVERIFY(checkPrivacy(disclosed).empty());
}

void TestPrivacy::outputsMatchGoldenFiles_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("order-help") << "order-help";
    QTest::newRow("minimal") << "minimal";
}

// The manifest and snippet of each example are the golden files, byte for byte; after a
// deliberate change, `cmake --build build --target update-golden` rewrites them.
void TestPrivacy::outputsMatchGoldenFiles()
{
    QFETCH(QString, example);
    for (const GoldenOutput &output : privacyGoldenOutputs(example))
        QCOMPARE(QString::fromStdString(output.text), QString::fromStdString(readFile(output.path)));
}

void TestPrivacy::manifestNoticesFollowTheDesignLocales()
{
    const PrivacyManifest orderHelp = buildPrivacyManifest(loadExample("order-help"));
    QVERIFY(orderHelp.notLegalAdvice.find("Not legal advice") != std::string::npos);
    QCOMPARE(orderHelp.notices.size(), size_t(2));
    QCOMPARE(orderHelp.notices[1].locale, std::string("es"));
    QVERIFY(orderHelp.notices[1].fallbackNote.empty());
    QVERIFY(orderHelp.notices[1].consentText.find("www.googletagmanager.com") != std::string::npos);
    const std::string es = manifestToMarkdown(orderHelp);
    QVERIFY(es.find("Tu nombre, Correo del pedido, Tema") != std::string::npos);
    QVERIFY(es.find("URL context keys: customerTier, orderId") != std::string::npos);
    QVERIFY(es.find("Calls may be recorded") != std::string::npos);

    WidgetDesign d = loadExample("minimal");
    d.locales = {"en", "fr", "de-AT", "it"};
    const PrivacyManifest m = buildPrivacyManifest(d);
    QCOMPARE(m.notices.size(), size_t(4));
    QCOMPARE(m.notices[1].heading, std::string("Appels depuis notre site"));
    QCOMPARE(m.notices[2].templateLanguage, std::string("de"));
    QVERIFY(m.notices[2].fallbackNote.empty());
    QCOMPARE(m.notices[3].templateLanguage, std::string("en"));
    QVERIFY(m.notices[3].fallbackNote.find("\"it\"") != std::string::npos);
    QVERIFY(manifestToHtml(m).find("There is no notice template for &quot;it&quot;") != std::string::npos);
    QVERIFY(m.thirdParties.empty());
}

void TestPrivacy::embedGuidanceCarriesTheDesign()
{
    WidgetDesign d = loadExample("order-help");
    d.urlContext["campaign"] = "spring sale & more/é";
    const EmbedGuidance g = buildEmbedGuidance(d);
    QCOMPARE(
        g.widgetUrl,
        std::string("https://widget.example.com/w/app_acme_order_help?ctx.campaign=spring%20sale%20%26%20more%2F%C3%A9"
                    "&ctx.customerTier=gold&ctx.orderId=A-10023"));
    QVERIFY(g.iframeSnippet.find("allow=\"microphone\"") != std::string::npos);
    QVERIFY(g.iframeSnippet.find("ctx.customerTier=gold&amp;ctx.orderId=A-10023\"") != std::string::npos);
    QVERIFY(g.contentSecurityPolicy.find("frame-src https://widget.example.com; child-src https://widget.example.com")
            != std::string::npos);
    QVERIFY(g.frameAncestors.find("frame-ancestors") != std::string::npos);
    QVERIFY(g.httpsRequirement.find("HTTPS") != std::string::npos);
    QVERIFY(g.parentListener.find("event.source !== iframe.contentWindow") != std::string::npos);
    QVERIFY(g.parentListener.find("const { name, data, timestamp } = event.data") != std::string::npos);

    // The listener is itself valid custom-code-grade JavaScript: the lint reads it without complaint.
    QVERIFY(lintCustomCode(inBodyEnd(g.parentListener)).empty());

    const std::string text = embedSnippetText(d);
    for (const std::string *item :
         {&g.iframeSnippet, &g.contentSecurityPolicy, &g.frameAncestors, &g.httpsRequirement, &g.parentListener})
        QVERIFY(text.find(*item) != std::string::npos);

    const EmbedGuidance minimal = buildEmbedGuidance(loadExample("minimal"));
    QCOMPARE(minimal.widgetUrl, std::string("https://widget.example.com/w/app_minimal"));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "test_privacy.moc"
