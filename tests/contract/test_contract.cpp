// The product contract: the one field walk finds every field of a design file at the
// pointer where the file has it, and the field formats and URL schemes the designer
// checks are the ones the JSON Schema validates.
#include "checks/DesignChecks.h"
#include "commands/AddRemoveLocale.h"
#include "contract/DesignFields.h"
#include "contract/FieldConstraints.h"
#include "contract/JsonPointer.h"
#include "contract/UrlPolicy.h"
#include "document/DesignDocument.h"
#include "io/DesignFile.h"
#include "io/DesignJson.h"
#include "io/JsonLocator.h"
#include "io/SchemaValidator.h"

#include <QTest>
#include <QUndoStack>

#include <map>
#include <set>

using namespace callstudio;
using ojson = nlohmann::ordered_json;

namespace {

WidgetDesign exampleDesign()
{
    const LoadResult r = loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
    if (!r.ok())
        qFatal("the example design does not load");
    return *r.design;
}

// A design with every block kind, a select field with options, a consent checkbox, an
// exception with opening hours and one closed all day, routing and a URL context entry.
WidgetDesign everythingDesign()
{
    WidgetDesign d = exampleDesign();
    auto &idle = d.state(WidgetState::Idle).blocks;
    for (auto kind : kAllBlockKinds)
        idle.push_back(makeStarterBlock(kind, d.freshBlockId(), "en"));
    for (auto &b : idle)
        if (b.kind == BlockKind::PreCallForm) {
            FormField select;
            select.key = "topic";
            select.type = FieldType::Select;
            select.label = {{"en", "Topic"}};
            select.options = {{"a", {{"en", "A"}}}, {"b", {{"en", "B"}}}};
            b.form.fields.push_back(select);
            b.form.consent = ConsentCheckbox{{{"en", "I agree"}}, true};
        }
    d.businessHours.exceptions.push_back({"2027-01-02", false, {{"10:00", "12:00"}}, {{"en", "Short day"}}});
    d.businessHours.exceptions.push_back({"2027-01-03", true, {}, {{"en", "Closed"}}});
    d.routing.destinationId = "sales";
    d.routing.routingKey = "vip";
    d.urlContext["plan"] = "gold";
    return d;
}

// The pointers of every string (but enum names) and every localized text (an object the
// schema calls a text) in a design file, found by walking the JSON, not the model.
void jsonFields(const ojson &node, std::vector<std::string> &tokens, std::set<std::string> &out)
{
    const nlohmann::json *schema = designSchemaNodeFor(tokens);
    const bool isText = schema == &designSchema().at("definitions").at("text");
    if (schema && schema->contains("enum"))
        return; // the name of a kind, alignment …: a choice, not a field
    if (node.is_string() || isText) {
        out.insert(pointerOfTokens(tokens).to_string());
        return;
    }
    if (node.is_object())
        for (const auto &member : node.items()) {
            tokens.push_back(member.key());
            jsonFields(member.value(), tokens, out);
            tokens.pop_back();
        }
    else if (node.is_array())
        for (size_t i = 0; i < node.size(); ++i) {
            tokens.push_back(std::to_string(i));
            jsonFields(node[i], tokens, out);
            tokens.pop_back();
        }
}

std::set<std::string> visitedPointers(const WidgetDesign &d)
{
    std::set<std::string> out;
    forEachField(d, [&](const DesignField &f) { out.insert(f.pointer.to_string()); });
    return out;
}

// Every pointer the contract builds for a member of `b` (relative to the block), each
// with whether it is a string or text the field walk visits (the others are numbers,
// booleans, choices or lists an editor edits as a whole).
std::map<std::string, bool> builtBlockPointers(const Block &b)
{
    std::map<std::string, bool> out;
    const auto add = [&out](const JsonPointer &p, bool walked) { out[p.to_string()] = walked; };
    const auto uses = blockKindUses(b.kind);
    add(blockMemberPointer(BlockMember::Id), true);
    add(blockMemberPointer(BlockMember::Align), false);
    if (uses.text)
        add(blockMemberPointer(BlockMember::Text), true);
    if (uses.activeText)
        add(blockMemberPointer(BlockMember::ActiveText), true);
    if (uses.url)
        add(blockMemberPointer(BlockMember::Url), true);
    if (uses.linkLabel)
        add(blockMemberPointer(BlockMember::LinkLabel), true);
    if (uses.altText)
        add(blockMemberPointer(BlockMember::AltText), true);
    if (uses.headingLevel)
        add(blockMemberPointer(BlockMember::Level), false);
    if (uses.variant)
        add(blockMemberPointer(BlockMember::Variant), false);
    if (uses.size)
        add(blockMemberPointer(BlockMember::Size), false);
    if (uses.form) {
        add(formFieldsPointer(), false);
        for (size_t i = 0; i < b.form.fields.size(); ++i) {
            for (auto m : {FormFieldMember::Key, FormFieldMember::Label, FormFieldMember::Placeholder})
                add(formFieldPointer(i, m), true);
            for (auto m : {FormFieldMember::Type, FormFieldMember::Required})
                add(formFieldPointer(i, m), false);
            if (b.form.fields[i].type != FieldType::Select)
                continue;
            add(formFieldPointer(i, FormFieldMember::Options), false);
            for (size_t j = 0; j < b.form.fields[i].options.size(); ++j)
                for (auto m : {OptionMember::Value, OptionMember::Label})
                    add(formOptionPointer(i, j, m), true);
        }
        if (b.form.consent) {
            add(consentPointer(), false);
            add(consentLabelPointer(), true);
        }
    }
    if (uses.survey)
        for (auto m : {SurveyMember::Question, SurveyMember::Scale, SurveyMember::CommentLabel,
                       SurveyMember::CommentPlaceholder, SurveyMember::SubmitLabel, SurveyMember::Thanks})
            add(surveyMemberPointer(m), m != SurveyMember::Scale);
    return out;
}

// The pointers of the widget-wide members an editor edits that are not strings the
// walk visits: each must name a member of the saved file.
std::vector<JsonPointer> builtWidgetPointers(const WidgetDesign &d)
{
    std::vector<JsonPointer> out{designMemberPointer(DesignMember::Locales),
                                 designMemberPointer(DesignMember::AvailableLocales),
                                 hoursMemberPointer(HoursMember::AlwaysOpen), hoursMemberPointer(HoursMember::Weekly),
                                 hoursMemberPointer(HoursMember::Exceptions)};
    for (auto m : {ThemeMember::CornerRadius, ThemeMember::Width, ThemeMember::Launcher, ThemeMember::OffsetX,
                   ThemeMember::OffsetY})
        out.push_back(themeMemberPointer(m));
    for (int day = 0; day < 7; ++day)
        out.push_back(weekdayWindowsPointer(day));
    for (size_t i = 0; i < d.businessHours.exceptions.size(); ++i) {
        out.push_back(exceptionPointer(i, ExceptionMember::Closed));
        if (!d.businessHours.exceptions[i].closed)
            out.push_back(exceptionPointer(i, ExceptionMember::Windows));
    }
    return out;
}

// Whether the schema validator accepts the starter design with `edit` applied.
bool schemaAccepts(const std::function<void(nlohmann::json &)> &edit)
{
    nlohmann::json doc = nlohmann::json::parse(designToCanonicalText(makeStarterDesign()));
    edit(doc);
    return validateAgainstSchema(doc).empty();
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldPointsAtItsValue()
    {
        for (const WidgetDesign &d : {exampleDesign(), everythingDesign()}) {
            const ojson file = designToJson(d);
            int texts = 0;
            forEachField(d, [&](const DesignField &f) {
                const std::string where = f.pointer.to_string();
                QVERIFY2(file.contains(f.pointer), where.c_str());
                if (f.text) {
                    ++texts;
                    QVERIFY2(file.at(f.pointer) == textToJson(*f.text), where.c_str());
                } else if (f.valueIsMemberName) {
                    QCOMPARE(f.pointer.back(), *f.value);
                } else {
                    QVERIFY2(f.value, where.c_str());
                    QVERIFY2(file.at(f.pointer) == *f.value, where.c_str());
                }
                if (f.block)
                    QVERIFY2(where.rfind(blockPointer(*f.state, f.blockIndex) + "/", 0) == 0, where.c_str());
            });
            QVERIFY(texts > 10);
        }
    }

    void theWalkMissesNoFieldOfTheFile()
    {
        for (const WidgetDesign &d : {exampleDesign(), everythingDesign()}) {
            std::set<std::string> inFile;
            std::vector<std::string> tokens;
            jsonFields(designToJson(d), tokens, inFile);
            inFile.erase("/$schema"); // the format's name, not a field of the design
            const std::set<std::string> visited = visitedPointers(d);
            std::string missed;
            for (const auto &p : inFile)
                if (!visited.count(p))
                    missed += " " + p;
            QVERIFY2(missed.empty(), ("not walked:" + missed).c_str());
            QVERIFY(visited == inFile);
        }
    }

    void editorsAndTheWalkBuildTheSamePointers()
    {
        for (const WidgetDesign &d : {exampleDesign(), everythingDesign()}) {
            const ojson file = designToJson(d);
            using BlockAt = std::pair<WidgetState, size_t>;
            std::map<BlockAt, std::set<std::string>> walked;
            forEachField(d, [&](const DesignField &f) {
                if (!f.block)
                    return;
                const DesignPlace place = placeOf(f.pointer.to_string());
                QVERIFY(place.blockIndex && *place.blockIndex == f.blockIndex);
                const auto built = builtBlockPointers(*f.block);
                const std::string at = place.inBlock.to_string();
                QVERIFY2(built.count(at) && built.at(at), ("walked, not built: " + f.pointer.to_string()).c_str());
                walked[BlockAt(*f.state, f.blockIndex)].insert(at);
            });
            int blocks = 0;
            for (auto s : kAllStates) {
                const auto &list = d.state(s).blocks;
                for (size_t i = 0; i < list.size(); ++i, ++blocks)
                    for (const auto &[at, isField] : builtBlockPointers(list[i])) {
                        const JsonPointer absolute = blockJsonPointer(s, i) / JsonPointer(at);
                        QVERIFY2(file.contains(absolute), ("built, not saved: " + absolute.to_string()).c_str());
                        if (isField)
                            QVERIFY2(walked[BlockAt(s, i)].count(at),
                                     ("built, not walked: " + absolute.to_string()).c_str());
                    }
            }
            QVERIFY(blocks >= static_cast<int>(kAllBlockKinds.size()));
            for (const JsonPointer &p : builtWidgetPointers(d))
                QVERIFY2(file.contains(p), ("built, not saved: " + p.to_string()).c_str());
        }
    }

    void everyFieldLiesInTheSectionItsPlaceNames()
    {
        std::set<DesignSection> seen;
        forEachField(everythingDesign(), [&](const DesignField &f) {
            const std::string at = f.pointer.to_string();
            const DesignPlace place = placeOf(at);
            seen.insert(place.area);
            QCOMPARE(place.area == DesignSection::States, f.block != nullptr);
            if (place.area != DesignSection::Other)
                QVERIFY2(at.rfind(sectionPointer(place.area).to_string() + "/", 0) == 0, at.c_str());
        });
        QCOMPARE(seen.size(), size_t(7)); // the six sections and the members outside them (appId …)
    }

    void keysWithSlashAndTildeRoundTrip()
    {
        WidgetDesign d = makeStarterDesign();
        const std::string key = "a/b~c";
        d.urlContext[key] = "v";
        std::string seen;
        forEachField(d, [&](const DesignField &f) {
            if (f.role == FieldRole::ContextKey)
                seen = f.pointer.to_string();
        });
        QCOMPARE(seen, std::string("/urlContext/a~1b~0c"));
        QCOMPARE(contextEntryPointer(key).to_string(), seen);
        QCOMPARE(parsePointer(seen)->back(), key);
        QVERIFY(designToJson(d).at(*parsePointer(seen)) == ojson("v"));
        const std::string text = designToCanonicalText(d);
        const auto at = locatePointer(text, seen);
        QVERIFY(at);
        QCOMPARE(text.substr(*at, 9), std::string("\"a/b~c\": "));
        QVERIFY(!parsePointer("no-slash"));
        QVERIFY(!placeOf("/states/idle/blocks/x").blockIndex);
        QCOMPARE(*placeOf("/states/ended/blocks/3/text").blockIndex, size_t(3));
    }

    void patternsAgreeWithTheSchemaValidator()
    {
        const auto agree = [](FieldKind kind, const std::string &sample,
                              const std::function<void(nlohmann::json &)> &set) {
            const bool accepted = schemaAccepts(set);
            QVERIFY2(matchesFieldPattern(kind, sample) == accepted, sample.c_str());
        };
        for (std::string s : {"en", "pt-BR", "EN", "en-br", "en\n", "english"})
            agree(FieldKind::LocaleCode, s, [&](nlohmann::json &j) { j["locales"]["default"] = s; });
        for (std::string s : {"#fff", "#A1b2C3", "#ggg", "fff", "#ffff", "#fff\n"})
            agree(FieldKind::Color, s, [&](nlohmann::json &j) { j["theme"]["colors"]["muted"] = s; });
        for (const std::string &s :
             std::vector<std::string>{"shop-1_x", "", "a b", std::string(65, 'a'), std::string(64, 'a')})
            agree(FieldKind::Id, s, [&](nlohmann::json &j) { j["appId"] = s; });
        for (const std::string &s :
             std::vector<std::string>{"orderId", "_x", "9lives", "a-b", "", std::string(65, 'k')})
            agree(FieldKind::Key, s, [&](nlohmann::json &j) { j["urlContext"][s] = "v"; });
        for (std::string s : {"09:00", "24:00", "24:01", "9:00", "23:60"})
            agree(FieldKind::Time, s, [&](nlohmann::json &j) {
                j["businessHours"]["weekly"]["monday"] = {{{"open", s}, {"close", "23:59"}}};
            });
        for (std::string s : {"2026-12-25", "2026-1-5", "20261225"})
            agree(FieldKind::Date, s, [&](nlohmann::json &j) {
                j["businessHours"]["exceptions"] = {
                    {{"date", s}, {"closed", true}, {"label", nlohmann::json::object()}}};
            });
        // The commands and editors check with the same patterns.
        QVERIFY(isValidLocaleTag("pt-BR") && !isValidLocaleTag("en\n"));
    }

    void everyFieldHasItsKindsPattern()
    {
        forEachField(everythingDesign(), [](const DesignField &f) {
            QVERIFY2(fieldPatternAt(f) == fieldPattern(f.kind), f.pointer.to_string().c_str());
        });
        QVERIFY(!fieldPattern(FieldKind::Key).empty());
        QVERIFY(fieldPattern(FieldKind::Url).empty());
    }

    void lengthLimitsAreTheSchemas()
    {
        const auto limit = maxLength(JsonPointer("/name"));
        QVERIFY(limit && *limit > 1);
        QVERIFY(minLength(JsonPointer("/name")) == std::optional<size_t>(1));
        QVERIFY(schemaAccepts([&](nlohmann::json &j) { j["name"] = std::string(*limit, 'n'); }));
        QVERIFY(!schemaAccepts([&](nlohmann::json &j) { j["name"] = std::string(*limit + 1, 'n'); }));
        QVERIFY(!schemaAccepts([&](nlohmann::json &j) { j["name"] = ""; }));
        QVERIFY(maxLength(blockJsonPointer(WidgetState::Idle, 0) / "url"));
        QVERIFY(!maxLength(JsonPointer("/theme/width")));
        // The theme editor's number limits: the edges pass the validator, one beyond does not.
        for (const char *key : {"width", "cornerRadius"}) {
            const auto range = integerRange(JsonPointer() / "theme" / key);
            QVERIFY(range && range->minimum < range->maximum);
            for (int v : {range->minimum, range->maximum})
                QVERIFY(schemaAccepts([&](nlohmann::json &j) { j["theme"][key] = v; }));
            for (int v : {range->minimum - 1, range->maximum + 1})
                QVERIFY(!schemaAccepts([&](nlohmann::json &j) { j["theme"][key] = v; }));
        }
    }

    void urlSchemesComeFromTheSchema()
    {
        using Schemes = std::vector<std::string>;
        QVERIFY(allowedUrlSchemes(UrlUse::Link) == (Schemes{"https", "mailto", "tel"}));
        QVERIFY(allowedUrlSchemes(UrlUse::Image) == Schemes{"https"});
        QVERIFY(allowedUrlSchemes(UrlUse::PrivacyNotice) == Schemes{"https"});
        // The keyword sits in the schema's rule for each kind.
        for (const auto &rule : designSchema().at("definitions").at("block").at("allOf")) {
            const auto kind = blockKindFromName(rule.at("if").at("properties").at("kind").value("const", ""));
            const auto use = kind ? urlUseOf(*kind) : std::nullopt;
            if (use)
                QVERIFY(rule.at("then").at("properties").at("url").at("x-callstudio-schemes").get<Schemes>()
                        == allowedUrlSchemes(*use));
        }
        for (auto use : {UrlUse::Link, UrlUse::Image, UrlUse::PrivacyNotice}) {
            const Schemes &allowed = allowedUrlSchemes(use);
            const auto allows = [&](const char *s) { return std::count(allowed.begin(), allowed.end(), s) > 0; };
            QCOMPARE(isAllowedUrl("https://shop.example/privacy", use), allows("https"));
            QCOMPARE(isAllowedUrl("mailto:help@shop.example", use), allows("mailto"));
            QCOMPARE(isAllowedUrl("tel:+33123456789", use), allows("tel"));
            QVERIFY(!isAllowedUrl("http://shop.example", use));
            QVERIFY(!isAllowedUrl("javascript:alert(1)", use));
            QVERIFY(!isAllowedUrl("https://", use));
        }
    }

    void aDisclosureLinksToAnHttpsNotice()
    {
        WidgetDesign d = makeStarterDesign();
        Block disclosure = makeStarterBlock(BlockKind::Disclosure, d.freshBlockId(), "en");
        disclosure.url = "mailto:privacy@shop.example";
        disclosure.linkLabel = {{"en", "Privacy"}};
        d.state(WidgetState::Idle).blocks.insert(d.state(WidgetState::Idle).blocks.begin(), disclosure);
        bool flagged = false;
        for (const Problem &p : checkDesign(d))
            flagged = flagged || (p.code == "url.scheme" && p.pointer == blockPointer(WidgetState::Idle, 0) + "/url");
        QVERIFY(flagged);
    }

    void removingALocaleTouchesExactlyTheWalkedTexts()
    {
        // Every text of the file gets a French version, found through the JSON and the schema.
        ojson file = designToJson(everythingDesign());
        std::set<std::string> fields;
        std::vector<std::string> tokens;
        jsonFields(file, tokens, fields);
        std::set<std::string> texts;
        for (const auto &p : fields)
            if (file.at(JsonPointer(p)).is_object()) {
                file.at(JsonPointer(p))["fr"] = "texte";
                texts.insert(p);
            }
        file["locales"]["available"].push_back("fr");
        const WidgetDesign d = designFromJson(nlohmann::json::parse(file.dump()));
        std::set<std::string> walked;
        WidgetDesign copy = d;
        forEachText(copy, [&](LocalizedText &, const JsonPointer &p) { walked.insert(p.to_string()); });
        QVERIFY(texts.size() > 20);
        QVERIFY(walked == texts);

        DesignDocument doc;
        doc.reset(d, QString());
        doc.undoStack()->push(new RemoveLocale(&doc, "fr"));
        const ojson after = designToJson(doc.design());
        std::set<std::string> changed;
        for (const auto &p : fields)
            if (after.contains(JsonPointer(p)) && after.at(JsonPointer(p)) != file.at(JsonPointer(p)))
                changed.insert(p);
        QVERIFY(changed == texts);
        forEachField(doc.design(), [](const DesignField &f) { QVERIFY(!f.text || !f.text->has("fr")); });
        // Adding a locale changes no text: missing translations are reported, not invented.
        doc.undoStack()->push(new AddLocale(&doc, "de"));
        ojson added = designToJson(doc.design());
        added["locales"] = after["locales"];
        QVERIFY(added == after);
        forEachField(doc.design(), [](const DesignField &f) { QVERIFY(!f.text || !f.text->has("de")); });
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "test_contract.moc"
