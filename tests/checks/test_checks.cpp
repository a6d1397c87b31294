// The checks beyond the schema: each fires on a design that breaks its rule, with the
// right severity and pointer, and stays quiet on the bundled examples.
#include "checks/DesignChecks.h"
#include "checks/ProblemText.h"
#include "contract/ThemeContrast.h"
#include "contract/UrlPolicy.h"
#include "io/DesignFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace callstudio;

namespace {

WidgetDesign loadExample(const char *name)
{
    const auto r = loadDesignFromFile(std::string(CALLSTUDIO_SOURCE_DIR) + "/resources/examples/" + name);
    if (!r.ok())
        qFatal("example %s does not load: %s", name, r.problems.front().message.c_str());
    return *r.design;
}

std::vector<Problem> withCode(const std::vector<Problem> &problems, const std::string &code)
{
    std::vector<Problem> out;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(out),
                 [&](const Problem &p) { return p.code == code; });
    return out;
}

std::vector<Block> &idle(WidgetDesign &d)
{
    return d.state(WidgetState::Idle).blocks;
}

size_t indexOfKind(const std::vector<Block> &blocks, BlockKind kind)
{
    return static_cast<size_t>(
        std::find_if(blocks.begin(), blocks.end(), [&](const Block &b) { return b.kind == kind; }) - blocks.begin());
}

// Stands in for a language file: answers two of the "Problems" patterns in French and
// records every lookup.
class FrenchProblems : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        asked.insert(QString::fromUtf8(context));
        const QByteArray source(sourceText);
        if (qstrcmp(context, "Problems") != 0)
            return {};
        if (source == "block id \"%1\" is used twice")
            return QStringLiteral("l’identifiant de bloc « %1 » sert deux fois");
        if (source == "%1 is not translated into %2")
            return QStringLiteral("%1 : traduction manquante en %2");
        if (source == "the %1 (%2, block %3)")
            return QStringLiteral("le bloc %1 (%2, bloc %3)");
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> asked;
};

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void examplesAreClean_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("order-help") << "order-help.design.json";
        QTest::newRow("minimal") << "minimal.design.json";
    }

    void examplesAreClean()
    {
        QFETCH(QString, file);
        for (const auto &p : checkDesign(loadExample(file.toUtf8().constData())))
            QVERIFY2(p.severity == Severity::Info, p.message.c_str());
    }

    void lowContrastIsAWarningOnTheTextColour()
    {
        auto d = loadExample("order-help.design.json");
        QVERIFY(withCode(checkDesign(d), "theme.contrast").empty());
        d.theme.colors.primary = "#3eb489"; // mint under the white button label
        d.theme.colors.onPrimary = "#ffffff";
        const auto found = withCode(checkDesign(d), "theme.contrast");
        // The white label on mint, and mint links on white: one warning per pair drawn.
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(found[0].pointer, std::string("/theme/colors/onPrimary"));
        QVERIFY2(found[0].message.find("On primary on Primary has a contrast of 2.") == 0, found[0].message.c_str());
        QCOMPARE(found[1].pointer, std::string("/theme/colors/primary"));
        QVERIFY(!hasErrors(checkDesign(d))); // a warning: Save and Export still work
        QCOMPARE(contrastRatio("#000", "#ffffff").value_or(0), 21.0);
        QVERIFY(!contrastRatio("#12345", "#ffffff"));
    }

    // The pairs the check walks are the ones widget.css draws: every text colour it sets is
    // checked, and every rule that sets both a text and a background colour is a listed pair.
    void contrastPairsCoverTheWidgetStylesheet()
    {
        QFile css(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/preview/widget.css"));
        QVERIFY(css.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(css.readAll());
        const auto listed = [](const QString &fg, const QString &bg) {
            for (const ThemeTextPair &p : kThemeTextPairs)
                if (fg == QLatin1String(p.text) && (bg.isEmpty() || bg == QLatin1String(p.background)))
                    return true;
            return false;
        };
        const QRegularExpression rule(QStringLiteral("\\{([^}]*)\\}"));
        const QRegularExpression colour(QStringLiteral("(?:^|[;\\s])color:\\s*var\\(--cs-([a-z-]+)\\)"));
        const QRegularExpression background(QStringLiteral("background:\\s*var\\(--cs-([a-z-]+)\\)"));
        const auto key = [](QString cssName) { // "on-primary" → "onPrimary"
            for (int i = cssName.indexOf(QLatin1Char('-')); i >= 0; i = cssName.indexOf(QLatin1Char('-')))
                cssName = cssName.left(i) + cssName.mid(i + 1, 1).toUpper() + cssName.mid(i + 2);
            return cssName;
        };
        int rules = 0;
        for (auto it = rule.globalMatch(text); it.hasNext();) {
            const QString body = it.next().captured(1);
            const auto fg = colour.match(body);
            if (!fg.hasMatch())
                continue;
            ++rules;
            const auto bg = background.match(body);
            const QString pair =
                key(fg.captured(1)) + QStringLiteral(" on ") + (bg.hasMatch() ? key(bg.captured(1)) : QString());
            QVERIFY2(listed(key(fg.captured(1)), bg.hasMatch() ? key(bg.captured(1)) : QString()), qPrintable(pair));
        }
        QVERIFY(rules >= 8);
    }

    void idleWithoutCallButton()
    {
        auto d = loadExample("order-help.design.json");
        auto &blocks = idle(d);
        blocks.erase(blocks.begin() + static_cast<long>(indexOfKind(blocks, BlockKind::CallButton)));
        const auto found = withCode(checkDesign(d), "layout.call-button-count");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Error);
        QCOMPARE(found[0].pointer, std::string("/states/idle/blocks"));
        QCOMPARE(found[0].message, std::string("the Idle state has no call button"));
    }

    void aCallTheVisitorCannotEndIsAWarning()
    {
        auto d = loadExample("order-help.design.json");
        auto &connecting = d.state(WidgetState::Connecting).blocks;
        connecting.erase(connecting.begin() + static_cast<long>(indexOfKind(connecting, BlockKind::HangupButton)));
        const auto found = withCode(checkDesign(d), "layout.no-hangup");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(found[0].pointer, std::string("/states/connecting/blocks"));
        QCOMPARE(
            found[0].message,
            std::string("the Connecting state has no Hang-up button: the visitor cannot end the call from the widget"));
        // A new design starts with a way out in both states.
        QVERIFY(withCode(checkDesign(makeStarterDesign()), "layout.no-hangup").empty());
    }

    void idleWithTwoCallButtons()
    {
        auto d = loadExample("order-help.design.json");
        auto &blocks = idle(d);
        auto second = blocks[indexOfKind(blocks, BlockKind::CallButton)];
        second.id = "extra";
        blocks.insert(blocks.begin(), second);
        const auto found = withCode(checkDesign(d), "layout.call-button-count");
        QCOMPARE(found.size(), size_t(1));
        // The second call button in reading order is the culprit.
        QCOMPARE(found[0].pointer, std::string("/states/idle/blocks/") + std::to_string(blocks.size() - 1));
    }

    void callButtonsInOtherStatesAreAllowed()
    {
        auto d = loadExample("order-help.design.json");
        d.state(WidgetState::Error).blocks.push_back(makeStarterBlock(BlockKind::CallButton, "retry", "en"));
        d.state(WidgetState::Error).blocks.back().text.set("es", "Reintentar");
        QVERIFY(withCode(checkDesign(d), "layout.call-button-count").empty());
    }

    void disclosureAfterCallButton()
    {
        auto d = loadExample("order-help.design.json");
        auto &blocks = idle(d);
        const size_t disclosure = indexOfKind(blocks, BlockKind::Disclosure);
        QVERIFY(withCode(checkDesign(d), "layout.disclosure-after-call-button").empty());
        const Block moved = blocks[disclosure];
        blocks.erase(blocks.begin() + static_cast<long>(disclosure));
        blocks.push_back(moved);
        const auto found = withCode(checkDesign(d), "layout.disclosure-after-call-button");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Error);
        QCOMPARE(found[0].pointer, std::string("/states/idle/blocks/") + std::to_string(blocks.size() - 1));
    }

    void disclosureInOtherStateIsNotALayoutError()
    {
        auto d = loadExample("order-help.design.json");
        auto b = idle(d)[indexOfKind(idle(d), BlockKind::Disclosure)];
        b.id = "ended-note";
        d.state(WidgetState::Ended).blocks.push_back(b);
        QVERIFY(withCode(checkDesign(d), "layout.disclosure-after-call-button").empty());
    }

    void duplicateFormKeys()
    {
        auto d = loadExample("order-help.design.json");
        auto &form = idle(d)[indexOfKind(idle(d), BlockKind::PreCallForm)].form;
        QVERIFY(withCode(checkDesign(d), "form.duplicate-key").empty());
        form.fields[2].key = form.fields[0].key;
        const auto found = withCode(checkDesign(d), "form.duplicate-key");
        QCOMPARE(found.size(), size_t(1));
        QVERIFY(found[0].pointer.find("/form/fields/2/key") != std::string::npos);
        QVERIFY(found[0].message.find("\"name\"") != std::string::npos);
    }

    void missingDefaultLocaleText()
    {
        auto d = loadExample("order-help.design.json");
        idle(d)[0].text.byLocale.erase("en");
        const auto found = withCode(checkDesign(d), "text.missing-default");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].pointer, std::string("/states/idle/blocks/0/text"));
        QCOMPARE(found[0].severity, Severity::Error);
    }

    void missingTranslationIsAWarning()
    {
        auto d = loadExample("order-help.design.json");
        idle(d)[0].text.byLocale.erase("es");
        const auto found = withCode(checkDesign(d), "text.missing-translation");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Warning);
        QVERIFY(found[0].message.find("es") != std::string::npos);
    }

    void defaultLocaleMustBeListed()
    {
        auto d = loadExample("minimal.design.json");
        QVERIFY(withCode(checkDesign(d), "locale.default-not-listed").empty());
        d.defaultLocale = "de";
        QCOMPARE(withCode(checkDesign(d), "locale.default-not-listed").size(), size_t(1));
    }

    void urlSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("linkOk");
        QTest::addColumn<bool>("imageOk");
        QTest::newRow("https") << "https://www.example.com/a" << true << true;
        QTest::newRow("http") << "http://www.example.com/a" << false << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false << false;
        QTest::newRow("data") << "data:image/png;base64,AAAA" << false << false;
        QTest::newRow("mailto") << "mailto:help@example.com" << true << false;
        QTest::newRow("tel") << "tel:+34900000000" << true << false;
        QTest::newRow("relative") << "/help" << false << false;
        QTest::newRow("https without host") << "https:///path" << false << false;
        QTest::newRow("uppercase scheme") << "HTTPS://example.com" << true << true;
    }

    void urlSchemes()
    {
        QFETCH(QString, url);
        QFETCH(bool, linkOk);
        QFETCH(bool, imageOk);
        QCOMPARE(isAllowedUrl(url.toStdString(), UrlUse::Link), linkOk);
        QCOMPARE(isAllowedUrl(url.toStdString(), UrlUse::Image), imageOk);
    }

    void badLinkAndImageUrlsAreReported()
    {
        auto d = loadExample("order-help.design.json");
        auto &closed = d.state(WidgetState::Closed).blocks;
        const size_t image = indexOfKind(closed, BlockKind::Image);
        const size_t link = indexOfKind(closed, BlockKind::Link);
        closed[image].url = "http://www.example.com/logo.png";
        closed[link].url = "javascript:alert(document.cookie)";
        const auto found = withCode(checkDesign(d), "url.scheme");
        QCOMPARE(found.size(), size_t(2));
        const std::string base = "/states/closed/blocks/";
        QCOMPARE(found[0].pointer, base + std::to_string(image) + "/url");
        QCOMPARE(found[1].pointer, base + std::to_string(link) + "/url");
        closed[link].url.clear();
        QCOMPARE(withCode(checkDesign(d), "url.missing").size(), size_t(1));
    }

    void disclosurePrivacyLinkMustBeHttps()
    {
        auto d = loadExample("order-help.design.json");
        auto &disclosure = idle(d)[indexOfKind(idle(d), BlockKind::Disclosure)];
        disclosure.url = "mailto:dpo@example.com";
        QCOMPARE(withCode(checkDesign(d), "url.scheme").size(), size_t(1));
        disclosure.url.clear(); // the link is optional
        QVERIFY(withCode(checkDesign(d), "url.scheme").empty());
        QVERIFY(withCode(checkDesign(d), "url.missing").empty());
    }

    void businessHoursWindows()
    {
        auto d = loadExample("order-help.design.json");
        auto &monday = d.businessHours.weekly[0];
        QVERIFY(withCode(checkDesign(d), "hours.overlap").empty()); // split shifts are fine

        monday[1].open = "13:00"; // 09:00-14:00 and 13:00-20:00
        auto found = withCode(checkDesign(d), "hours.overlap");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].pointer, std::string("/businessHours/weekly/monday/1"));

        monday[1] = {"18:00", "16:00"};
        found = withCode(checkDesign(d), "hours.window-order");
        QCOMPARE(found.size(), size_t(1));

        monday[1] = {"16:00", "25:00"};
        found = withCode(checkDesign(d), "hours.time-format");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].pointer, std::string("/businessHours/weekly/monday/1/close"));

        monday[1] = {"14:00", "20:00"}; // touching windows do not overlap
        QVERIFY(withCode(checkDesign(d), "hours.overlap").empty());
    }

    void businessHoursTimezoneAndDates()
    {
        auto d = loadExample("order-help.design.json");
        d.businessHours.timezone = "Europe/Atlantis";
        QCOMPARE(withCode(checkDesign(d), "hours.timezone").size(), size_t(1));
        d.businessHours.timezone = "America/New_York";
        QVERIFY(withCode(checkDesign(d), "hours.timezone").empty());

        d.businessHours.exceptions[0].date = "2026-02-30";
        QCOMPARE(withCode(checkDesign(d), "hours.date").size(), size_t(1));
        d.businessHours.exceptions[0].date = d.businessHours.exceptions[1].date;
        QCOMPARE(withCode(checkDesign(d), "hours.duplicate-date").size(), size_t(1));
    }

    void openExceptionNeedsHours()
    {
        auto d = loadExample("order-help.design.json");
        auto &e = d.businessHours.exceptions[1];
        QVERIFY(e.closed);
        e.closed = false;
        QCOMPARE(withCode(checkDesign(d), "hours.exception-without-hours").size(), size_t(1));
        e.windows = {{"10:00", "12:00"}, {"11:00", "13:00"}};
        QVERIFY(withCode(checkDesign(d), "hours.exception-without-hours").empty());
        QCOMPARE(withCode(checkDesign(d), "hours.overlap").size(), size_t(1));
    }

    void neverOpenIsAWarning()
    {
        auto d = loadExample("order-help.design.json");
        for (auto &day : d.businessHours.weekly)
            day.clear();
        const auto found = withCode(checkDesign(d), "hours.never-open");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Warning);
        d.businessHours.alwaysOpen = true;
        QVERIFY(withCode(checkDesign(d), "hours.never-open").empty());
    }

    void selectFieldNeedsDistinctOptions()
    {
        auto d = loadExample("order-help.design.json");
        auto &topic = idle(d)[indexOfKind(idle(d), BlockKind::PreCallForm)].form.fields[2];
        QCOMPARE(topic.type, FieldType::Select);
        topic.options[1].value = topic.options[0].value;
        QCOMPARE(withCode(checkDesign(d), "form.duplicate-option").size(), size_t(1));
        topic.options.clear();
        QCOMPARE(withCode(checkDesign(d), "form.select-without-options").size(), size_t(1));
    }

    void surveyScaleOrder()
    {
        auto d = loadExample("order-help.design.json");
        auto &ended = d.state(WidgetState::Ended).blocks;
        auto &survey = ended[indexOfKind(ended, BlockKind::Survey)].survey;
        survey.scaleMin = 1;
        survey.scaleMax = 1;
        QCOMPARE(withCode(checkDesign(d), "survey.scale").size(), size_t(1));
    }

    void duplicateBlockIds()
    {
        auto d = loadExample("order-help.design.json");
        d.state(WidgetState::Ended).blocks[0].id = idle(d)[0].id;
        const auto found = withCode(checkDesign(d), "layout.duplicate-block-id");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].pointer, std::string("/states/ended/blocks/0/id"));
    }

    void builtInErrorMessagesAreOnlyInformation()
    {
        auto d = loadExample("order-help.design.json");
        d.errorMessages.erase(CallErrorCode::Network);
        const auto found = withCode(checkDesign(d), "text.built-in-error-message");
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].severity, Severity::Info);
        QVERIFY(found[0].message.find("Network lost") != std::string::npos); // named as the designer names it
        QVERIFY(!hasErrors(checkDesign(d)));
    }

    void problemTextFillsEachPlaceholderOnce()
    {
        QCOMPARE(problemText(QStringLiteral("%2 before %1")), std::string("%2 before %1"));
        QCOMPARE(problemText(QStringLiteral("%2 before %1"), {"a", "b"}), std::string("b before a"));
        // A value that looks like a placeholder is text, not a second substitution.
        QCOMPARE(problemText(QStringLiteral("key \"%1\" and %2"), {"%2", "x"}), std::string("key \"%2\" and x"));
        QCOMPARE(problemText(QStringLiteral("100% of %1"), {"é"}), std::string("100% of é"));
    }

    void messagesFollowTheInstalledLanguage()
    {
        auto d = loadExample("order-help.design.json");
        d.locales.push_back("fr");
        d.state(WidgetState::Ended).blocks[0].id = idle(d)[0].id;
        const auto english = checkDesign(d);

        FrenchProblems french;
        QVERIFY(QCoreApplication::installTranslator(&french));
        const auto translated = checkDesign(d);
        QCoreApplication::removeTranslator(&french);

        QVERIFY(french.asked.contains(QStringLiteral("Problems")));
        const auto duplicate = withCode(translated, "layout.duplicate-block-id");
        QCOMPARE(duplicate.size(), size_t(1));
        QCOMPARE(duplicate[0].message, "l’identifiant de bloc « " + idle(d)[0].id + " » sert deux fois");
        // Phrases compose: the block's own name is translated inside the sentence.
        const auto missing = withCode(translated, "text.missing-translation");
        QVERIFY(!missing.empty());
        QVERIFY2(missing[0].message.rfind("le bloc ", 0) == 0, missing[0].message.c_str());
        QVERIFY2(missing[0].message.find(" : traduction manquante en fr") != std::string::npos,
                 missing[0].message.c_str());
        // Only the words change: the same problems, at the same places, in the same order.
        QCOMPARE(translated.size(), english.size());
        for (size_t i = 0; i < english.size(); ++i) {
            QCOMPARE(translated[i].code, english[i].code);
            QCOMPARE(translated[i].pointer, english[i].pointer);
        }
        // With the translator gone, the command line's English is back.
        QCOMPARE(checkDesign(d), english);
        QCOMPARE(withCode(english, "layout.duplicate-block-id")[0].message,
                 "block id \"" + idle(d)[0].id + "\" is used twice");
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"
