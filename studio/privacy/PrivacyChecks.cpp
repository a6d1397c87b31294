#include "PrivacyChecks.h"

#include "SensitiveData.h"
#include "ThirdPartyInventory.h"
#include "TrackerDatabase.h"
#include "checks/OperatorNames.h"
#include "checks/ProblemText.h"
#include "contract/DesignFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

// Quotations of the product's English documentation: they stay English in every UI language,
// and only the message around them (… Seed guidance: "%3") is translated.
const char *const kCardGuidance =
    "we do not accept card data through the widget. Don't paste card numbers into URL context or survey fields";
const char *const kHealthGuidance =
    "Click to Call is not currently a HIPAA-eligible service. Do not use it to transmit Protected Health Information "
    "(PHI)";
const char *const kDisclosureGuidance =
    "Regulated industries (finance, health) often require disclosing data collection before the microphone is active. "
    "Place a text block in the idle state of the widget";
const char *const kTrackerGuidance =
    "if you ship analytics pixels inside the sandbox, their tracking is still attributable to the visitor on the pixel "
    "provider's own domains. You should disclose their presence in your privacy notice";

namespace {

bool hasDisclosureInIdle(const WidgetDesign &design)
{
    const auto &blocks = design.state(WidgetState::Idle).blocks;
    return std::any_of(blocks.begin(), blocks.end(), [](const Block &b) { return b.kind == BlockKind::Disclosure; });
}

// Every locale's text of `t`, in locale order.
std::vector<std::string> textsOf(const LocalizedText &t)
{
    std::vector<std::string> out;
    for (const auto &[locale, text] : t.byLocale)
        out.push_back(text);
    return out;
}

std::string quoted(const std::string &s)
{
    return "\"" + s + "\"";
}

// What a field or text shows that looks like card data.
enum class CardEvidence { NameContains, CardNumber, AsksFor };

class PrivacyChecker
{
public:
    PrivacyChecker(const WidgetDesign &design, const ParsedCustomCode &parsed)
        : m_design(design)
        , m_parsed(parsed)
    {
    }

    std::vector<Problem> run()
    {
        forEachField(m_design, [this](const DesignField &f) { checkUrlContext(f); });
        forEachField(m_design, [this](const DesignField &f) {
            checkForm(f);
            checkSurvey(f);
        });
        if (!hasDisclosureInIdle(m_design)) {
            checkTrackersNotice();
            checkFormNotice();
            checkRecordingNotice();
        }
        return std::move(m_problems);
    }

private:
    void add(Severity severity, const char *code, std::string message, std::string pointer, SourcePosition at = {})
    {
        m_problems.push_back({severity, code, std::move(message), std::move(pointer), at.line, at.column});
    }

    // `what` names the field or text ("the survey question"); `found` is the term or number.
    void cardData(const std::string &what, CardEvidence evidence, const std::string &found, const std::string &pointer)
    {
        const char *pattern = nullptr;
        switch (evidence) {
        case CardEvidence::NameContains:
            //: %1 says what it is in ("the survey question", "the URL context key …");
            //: %2 is the word found in its name; %3 quotes the product's English documentation: keep it in English.
            pattern =
                QT_TRANSLATE_NOOP("Problems", "%1 looks like payment card data (the name contains \"%2\"); the widget "
                                              "is not a payment processor and must never carry card data, so remove it "
                                              "or collect payments elsewhere. Seed guidance: \"%3\"");
            break;
        case CardEvidence::CardNumber:
            //: %1 says what it is in ("the survey question", "the URL context key …");
            //: %2 is the card number found; %3 quotes the product's English documentation: keep it in English.
            pattern = QT_TRANSLATE_NOOP("Problems", "%1 looks like payment card data (it contains the card number "
                                                    "\"%2\"); the widget is not a payment processor and must never "
                                                    "carry card data, so remove it or collect payments elsewhere. Seed "
                                                    "guidance: \"%3\"");
            break;
        case CardEvidence::AsksFor:
            //: %1 says what it is in ("the survey question", "the URL context key …");
            //: %2 is the term found; %3 quotes the product's English documentation: keep it in English.
            pattern = QT_TRANSLATE_NOOP("Problems", "%1 looks like payment card data (it asks for \"%2\"); the widget "
                                                    "is not a payment processor and must never carry card data, so "
                                                    "remove it or collect payments elsewhere. Seed guidance: \"%3\"");
            break;
        }
        add(Severity::Error, "privacy.card-data",
            problemText(QCoreApplication::translate("Problems", pattern), {what, found, kCardGuidance}), pointer);
    }

    void healthData(const std::string &what, const std::string &term, const std::string &pointer)
    {
        //: %1 says what it is in ("the survey question", "the URL context key …");
        //: %2 is the word or words found; %3 quotes the product's English documentation: keep it in English.
        add(Severity::Warning, "privacy.health-data",
            problemText(QCoreApplication::translate("Problems",
                                                    "%1 looks like health data (\"%2\"); the service is not meant for "
                                                    "protected health information, so ask for it on a channel that is. "
                                                    "Seed guidance: \"%3\""),
                        {what, term, kHealthGuidance}),
            pointer);
    }

    // Card data first: a field that is both is reported once, as the worse.
    bool checkIdentifier(const std::string &what, const std::string &name, const std::string &pointer)
    {
        const std::string card = sensitiveTermIn(name, SensitiveCategory::PaymentCard, WordSource::Identifier);
        if (!card.empty()) {
            cardData(what, CardEvidence::NameContains, card, pointer);
            return true;
        }
        const std::string health = sensitiveTermIn(name, SensitiveCategory::Health, WordSource::Identifier);
        if (!health.empty()) {
            healthData(what, health, pointer);
            return true;
        }
        return false;
    }

    bool checkText(const std::string &what, const LocalizedText &text, const std::string &pointer)
    {
        for (const std::string &t : textsOf(text))
            if (checkPlainText(what, t, pointer))
                return true;
        return false;
    }

    bool checkPlainText(const std::string &what, const std::string &t, const std::string &pointer)
    {
        const std::string number = luhnCardNumberIn(t);
        if (!number.empty()) {
            cardData(what, CardEvidence::CardNumber, number, pointer);
            return true;
        }
        const std::string card = sensitiveTermIn(t, SensitiveCategory::PaymentCard, WordSource::Text);
        if (!card.empty()) {
            cardData(what, CardEvidence::AsksFor, card, pointer);
            return true;
        }
        const std::string health = sensitiveTermIn(t, SensitiveCategory::Health, WordSource::Text);
        if (!health.empty()) {
            healthData(what, health, pointer);
            return true;
        }
        return false;
    }

    // A key that looks sensitive is reported once, its sample value then is not.
    void checkUrlContext(const DesignField &f)
    {
        if (f.role == FieldRole::ContextKey) {
            //: Subject of "… looks like payment card data" and "… looks like health data". %1 is a key.
            const std::string what =
                problemText(QCoreApplication::translate("Problems", "the URL context key \"%1\""), {*f.value});
            m_keyReported = checkIdentifier(what, *f.value, f.pointer.to_string());
        } else if (f.role == FieldRole::ContextValue && !m_keyReported) {
            //: Subject of "… looks like payment card data" and "… looks like health data". %1 is a key, %2 its value.
            const std::string withValue =
                problemText(QCoreApplication::translate("Problems", "the URL context key \"%1\" (sample value \"%2\")"),
                            {f.pointer.back(), *f.value});
            checkPlainText(withValue, *f.value, f.pointer.to_string());
        }
    }

    // One finding per form field: its key, else its label, else its placeholder, else its
    // first option that looks sensitive.
    void checkForm(const DesignField &f)
    {
        if (!f.formField || m_settled == f.formField)
            return;
        const FormField &field = *f.formField;
        //: Subject of "… looks like payment card data" and "… looks like health data". %1 is a field's key.
        const std::string what =
            problemText(QCoreApplication::translate("Problems", "the pre-call form field \"%1\""), {field.key});
        bool found = false;
        if (f.role == FieldRole::FormFieldKey)
            found = checkIdentifier(what, field.key, f.pointer.to_string());
        else if (f.role == FieldRole::FormFieldLabel || f.role == FieldRole::FormFieldPlaceholder)
            found = checkText(what, *f.text, f.pointer.to_string());
        else if (f.role == FieldRole::OptionLabel)
            //: Subject of "… looks like payment card data" and "… looks like health data".
            //: %1 is a field's key, %2 the value of one of its options.
            found = checkText(
                problemText(QCoreApplication::translate("Problems", "the pre-call form field \"%1\" (option \"%2\")"),
                            {field.key, f.option->value}),
                *f.text, f.pointer.to_string());
        if (found)
            m_settled = f.formField;
    }

    // One finding per survey: its question, else (when comments are on) the comment's
    // label, else its placeholder.
    void checkSurvey(const DesignField &f)
    {
        if (!f.block || f.block->kind != BlockKind::Survey || m_settled == &f.block->survey)
            return;
        const SurveySpec &survey = f.block->survey;
        bool found = false;
        if (f.role == FieldRole::SurveyQuestion)
            //: Subject of "… looks like payment card data" and "… looks like health data".
            found = checkText(problemText(QCoreApplication::translate("Problems", "the survey question")), *f.text,
                              f.pointer.to_string());
        else if (f.role == FieldRole::SurveyCommentLabel && survey.commentEnabled)
            //: Subject of "… looks like payment card data" and "… looks like health data".
            found = checkText(problemText(QCoreApplication::translate("Problems", "the survey comment label")), *f.text,
                              f.pointer.to_string());
        else if (f.role == FieldRole::SurveyCommentPlaceholder && survey.commentEnabled)
            //: Subject of "… looks like payment card data" and "… looks like health data".
            found = checkText(problemText(QCoreApplication::translate("Problems", "the survey comment placeholder")),
                              *f.text, f.pointer.to_string());
        if (found)
            m_settled = &survey;
    }

    void checkTrackersNotice()
    {
        const TrackerUse trackers = findTrackers(m_parsed);
        if (!trackers.names.empty()) {
            std::string names;
            for (const auto &n : trackers.names)
                names += (names.empty() ? "" : ", ") + n;
            //: %1 lists the tracker domains and calls found;
            //: %2 quotes the product's English documentation: keep it in English.
            add(Severity::Warning, "privacy.disclosure-trackers",
                problemText(QCoreApplication::translate(
                                "Problems",
                                "the custom code loads trackers (%1) but the widget tells visitors nothing about them "
                                "before the call; add a disclosure block above the call button in the idle state so "
                                "visitors read it before the microphone is asked for. Seed guidance: \"%2\""),
                            {names, kTrackerGuidance}),
                codeAreaPointer(trackers.area), trackers.position);
        }
    }

    // The first pre-call form that asks for contact details.
    void checkFormNotice()
    {
        const Block *form = nullptr; // the first form with a personal field
        std::string personal;
        std::string pointer;
        forEachField(m_design, [&](const DesignField &f) {
            if (f.role != FieldRole::FormFieldLabel || (form && form != f.block))
                return;
            const FormField &field = *f.formField;
            bool isPersonal =
                field.type == FieldType::Email || field.type == FieldType::Tel
                || !sensitiveTermIn(field.key, SensitiveCategory::PersonalContact, WordSource::Identifier).empty();
            for (const auto &label : textsOf(*f.text))
                isPersonal =
                    isPersonal || !sensitiveTermIn(label, SensitiveCategory::PersonalContact, WordSource::Text).empty();
            if (!isPersonal)
                return;
            form = f.block;
            pointer = blockJsonPointer(*f.state, f.blockIndex).to_string();
            personal += (personal.empty() ? "" : ", ") + quoted(field.key);
        });
        if (form)
            //: %1 lists the keys of the fields;
            //: %2 quotes the product's English documentation: keep it in English.
            add(Severity::Warning, "privacy.disclosure-form",
                problemText(QCoreApplication::translate(
                                "Problems",
                                "the pre-call form collects personal data (%1) but no before-call disclosure "
                                "says what it is used for; add a disclosure block above the call button in the "
                                "idle state so visitors read it before the microphone is asked for. Seed "
                                "guidance: \"%2\""),
                            {personal, kDisclosureGuidance}),
                pointer);
    }

    void checkRecordingNotice()
    {
        if (const auto mention = findRecordingMention(m_design))
            //: %1 is a kind of block and %2 a state, as the designer names them (Paragraph, In call …);
            //: %3 quotes the product's English documentation: keep it in English.
            add(Severity::Warning, "privacy.disclosure-recording",
                problemText(QCoreApplication::translate(
                                "Problems", "this %1 in the %2 state mentions call recording, but visitors only learn "
                                            "about it from a before-call disclosure in the %4 state; move the notice "
                                            "there. Seed guidance: \"%3\""),
                            {blockKindTitle(mention->block->kind).toStdString(),
                             stateTitle(mention->state).toStdString(), kDisclosureGuidance,
                             stateTitle(WidgetState::Idle).toStdString()}),
                mention->pointer);
    }

    const WidgetDesign &m_design;
    const ParsedCustomCode &m_parsed;
    std::vector<Problem> m_problems;
    bool m_keyReported = false;      // the URL context key just visited
    const void *m_settled = nullptr; // the form field or survey already reported
};

} // namespace

TrackerUse findTrackers(const ParsedCustomCode &parsed)
{
    TrackerUse use;
    bool located = false;
    const auto note = [&](const std::string &name, CodeArea area, SourcePosition at) {
        if (std::find(use.names.begin(), use.names.end(), name) == use.names.end())
            use.names.push_back(name);
        if (!located) {
            use.area = area;
            use.position = at;
            located = true;
        }
    };
    const ThirdPartyInventory inventory = buildThirdPartyInventory(parsed);
    struct Hit
    {
        CodeArea area;
        SourcePosition at;
        std::string name;
    };
    std::vector<Hit> hits;
    for (const auto &group : inventory.domains)
        if (group.knownTracker)
            hits.push_back({group.entries.front().area, group.entries.front().position,
                            group.domain + " (" + group.tracker + ")"});
    for (const CustomCodeDocument *doc : parsed.areas())
        for (const auto &script : doc->scripts())
            for (size_t i = 0; i < script.tokens.size(); ++i)
                if (script.tokens[i].kind == JsTokenKind::Identifier && sdkForGlobal(script.tokens[i].raw)
                    && isGlobalReference(script.tokens, i)) {
                    const bool called = i + 1 < script.tokens.size() && isPunctuator(script.tokens[i + 1], "(");
                    hits.push_back({doc->area(), doc->positionOf(script, script.tokens[i]),
                                    std::string(script.tokens[i].raw) + (called ? "()" : "")});
                }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return std::make_tuple(a.area, a.at.line, a.at.column) < std::make_tuple(b.area, b.at.line, b.at.column);
    });
    for (const auto &hit : hits)
        note(hit.name, hit.area, hit.at);
    return use;
}

std::optional<RecordingMention> findRecordingMention(const WidgetDesign &design)
{
    std::optional<RecordingMention> found;
    forEachField(design, [&](const DesignField &f) {
        if (found || f.role != FieldRole::BlockText)
            return;
        for (const auto &[locale, text] : f.text->byLocale)
            if (mentionsRecording(text)) {
                found = RecordingMention{f.block, *f.state, f.pointer.to_string()};
                return;
            }
    });
    return found;
}

std::vector<Problem> checkPrivacy(const WidgetDesign &design, const ParsedCustomCode &parsed)
{
    return PrivacyChecker(design, parsed).run();
}

std::vector<Problem> checkPrivacy(const WidgetDesign &design)
{
    return checkPrivacy(design, ParsedCustomCode(design.customCode));
}

} // namespace callstudio
