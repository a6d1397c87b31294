#include "DesignChecks.h"

#include "OperatorNames.h"
#include "ProblemText.h"
#include "contract/DesignFields.h"
#include "contract/OpeningHours.h"
#include "contract/ThemeContrast.h"
#include "contract/UrlPolicy.h"

#include <QCoreApplication>

#include <QDate>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace callstudio {

std::string blockPointer(WidgetState state, size_t index)
{
    return blockJsonPointer(state, index).to_string();
}

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Problems) // messages in the UI language; see ProblemText.h

public:
    explicit Checker(const WidgetDesign &d)
        : m_design(d)
    {
    }

    std::vector<Problem> run()
    {
        forEachField(m_design, [this](const DesignField &f) { checkIdentity(f); });
        checkIdleLayout();
        checkWayOut(WidgetState::Connecting);
        checkWayOut(WidgetState::InCall);
        forEachField(m_design, [this](const DesignField &f) { checkBlockField(f); });
        checkFormKeys();
        std::string builtIn;
        for (auto code : kAllCallErrorCodes)
            if (!m_design.errorMessages.count(code))
                builtIn += std::string(builtIn.empty() ? "" : ", ") + callErrorTitle(code).toStdString();
        forEachField(m_design, [this](const DesignField &f) {
            if (f.role == FieldRole::ErrorMessage)
                requiredText(*f.text, f.pointer,
                             problemText(tr("the “%1” error message"), {callErrorTitle(*f.errorCode).toStdString()}));
        });
        if (!builtIn.empty())
            add(Severity::Info, "text.built-in-error-message",
                problemText(tr("these call errors show Call Studio's built-in English message: %1"), {builtIn}),
                designMemberPointer(DesignMember::ErrorMessages));
        checkBusinessHours();
        checkThemeContrast();
        return std::move(m_problems);
    }

private:
    void add(Severity severity, std::string code, std::string message, const JsonPointer &pointer)
    {
        m_problems.push_back({severity, std::move(code), std::move(message), pointer.to_string(), 0, 0});
    }

    // The default locale is listed; block ids are unique.
    void checkIdentity(const DesignField &f)
    {
        const auto &l = m_design.locales;
        if (f.role == FieldRole::DefaultLocale && std::find(l.begin(), l.end(), *f.value) == l.end())
            add(Severity::Error, "locale.default-not-listed",
                problemText(tr("the default locale \"%1\" is not among the design's locales"), {*f.value}), f.pointer);
        if (f.role == FieldRole::BlockId && !m_blockIds.insert(*f.value).second)
            add(Severity::Error, "layout.duplicate-block-id",
                problemText(tr("block id \"%1\" is used twice"), {*f.value}), f.pointer);
    }

    void checkIdleLayout()
    {
        const auto &blocks = m_design.state(WidgetState::Idle).blocks;
        std::vector<size_t> callButtons;
        for (size_t i = 0; i < blocks.size(); ++i)
            if (blocks[i].kind == BlockKind::CallButton)
                callButtons.push_back(i);
        if (callButtons.empty())
            add(Severity::Error, "layout.call-button-count",
                problemText(tr("the %1 state has no call button"), {stateTitle(WidgetState::Idle).toStdString()}),
                stateBlocksPointer(WidgetState::Idle));
        for (size_t n = 1; n < callButtons.size(); ++n)
            add(Severity::Error, "layout.call-button-count",
                problemText(tr("the %1 state has more than one call button (this is call button %2)"),
                            {stateTitle(WidgetState::Idle).toStdString(), std::to_string(n + 1)}),
                blockJsonPointer(WidgetState::Idle, callButtons[n]));
        if (callButtons.empty())
            return;
        for (size_t i = callButtons.front() + 1; i < blocks.size(); ++i)
            if (blocks[i].kind == BlockKind::Disclosure)
                add(Severity::Error, "layout.disclosure-after-call-button",
                    problemText(tr("the before-call disclosure comes after the call button; visitors must read it "
                                   "before they tap Call")),
                    blockJsonPointer(WidgetState::Idle, i));
    }

    // While the call rings and while it lasts, the visitor can end it from the widget.
    void checkWayOut(WidgetState state)
    {
        const auto &blocks = m_design.state(state).blocks;
        const bool hasHangup =
            std::any_of(blocks.begin(), blocks.end(), [](const Block &b) { return b.kind == BlockKind::HangupButton; });
        if (!hasHangup)
            add(Severity::Warning, "layout.no-hangup",
                problemText(tr("the %1 state has no %2: the visitor cannot end the call from the widget"),
                            {stateTitle(state).toStdString(), blockKindTitle(BlockKind::HangupButton).toStdString()}),
                stateBlocksPointer(state));
    }

    // A text that must be present: the default locale's value is required, other
    // locales are reported as missing translations.
    void requiredText(const LocalizedText &t, const JsonPointer &ptr, const std::string &what)
    {
        if (!t.has(m_design.defaultLocale)) {
            add(Severity::Error, "text.missing-default",
                problemText(tr("%1 has no text in the default locale \"%2\""), {what, m_design.defaultLocale}), ptr);
            return;
        }
        std::string missing;
        for (const auto &locale : m_design.locales)
            if (locale != m_design.defaultLocale && !t.has(locale))
                missing += (missing.empty() ? "" : ", ") + locale;
        if (!missing.empty())
            add(Severity::Warning, "text.missing-translation",
                problemText(tr("%1 is not translated into %2"), {what, missing}), ptr);
    }

    // A text that may be left empty altogether; once written it follows the same rules.
    void optionalText(const LocalizedText &t, const JsonPointer &ptr, const std::string &what)
    {
        if (!t.isEmpty())
            requiredText(t, ptr, what);
    }

    void checkUrl(const std::string &url, UrlUse use, const JsonPointer &ptr, const std::string &what, bool required)
    {
        if (url.empty()) {
            if (required)
                add(Severity::Error, "url.missing", problemText(tr("%1 has no address"), {what}), ptr);
            return;
        }
        if (isAllowedUrl(url, use))
            return;
        const std::string shown = url.size() > 60 ? url.substr(0, 57) + "..." : url;
        const auto &schemes = allowedUrlSchemes(use);
        std::string listed;
        for (const auto &scheme : schemes)
            listed += (listed.empty() ? "" : ", ") + scheme + ":";
        add(Severity::Error, "url.scheme",
            schemes == std::vector<std::string>{"https"}
                ? problemText(tr("%1 must be an https: address, not \"%2\""), {what, shown})
            : schemes == std::vector<std::string>{"https", "mailto", "tel"}
                ? problemText(tr("%1 must be an https:, mailto: or tel: address, not \"%2\""), {what, shown})
                : problemText(tr("%1 must be an address of one of %2, not \"%3\""), {what, listed, shown}),
            ptr);
    }

    // The texts and addresses of blocks, with the block rules that sit between them in
    // the file's order.
    void checkBlockField(const DesignField &f)
    {
        if (!f.block)
            return;
        const Block &b = *f.block;
        if (m_whatOf != &b) { // worded once per block, not once per field
            m_whatOf = &b;
            //: %1 is a kind of block ("Call button"), %2 a state ("Idle"), %3 the block's position
            m_what = problemText(tr("the %1 (%2, block %3)"),
                                 {blockKindTitle(b.kind).toStdString(), stateTitle(*f.state).toStdString(),
                                  std::to_string(f.blockIndex + 1)});
        }
        const std::string &what = m_what;
        switch (f.role) {
        case FieldRole::BlockId:
            if (b.kind == BlockKind::PreCallForm && b.form.fields.empty() && !b.form.consent)
                add(Severity::Warning, "form.empty", problemText(tr("%1 has no fields"), {what}),
                    blockJsonPointer(*f.state, f.blockIndex) / formFieldsPointer());
            break;
        case FieldRole::BlockText:
            if (b.kind == BlockKind::CallTimer)
                optionalText(*f.text, f.pointer, what);
            else
                requiredText(*f.text, f.pointer, what);
            break;
        case FieldRole::BlockActiveText:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (muted label)"), {what}));
            break;
        case FieldRole::BlockUrl:
            if (f.urlUse == UrlUse::PrivacyNotice)
                checkUrl(*f.value, f.urlUse, f.pointer, problemText(tr("the privacy-notice link of %1"), {what}),
                         false);
            else
                checkUrl(*f.value, f.urlUse, f.pointer, what, true);
            break;
        case FieldRole::BlockLinkLabel:
            if (!b.url.empty())
                requiredText(*f.text, f.pointer, problemText(tr("the privacy-notice link of %1"), {what}));
            break;
        case FieldRole::BlockAltText:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (alternative text)"), {what}));
            break;
        case FieldRole::ConsentLabel:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (consent checkbox)"), {what}));
            break;
        default:
            checkFormField(f);
            checkSurveyField(f, what);
        }
    }

    void checkFormField(const DesignField &f)
    {
        if (!f.formField)
            return;
        const FormField &field = *f.formField;
        if (m_fwhatOf != &field) {
            m_fwhatOf = &field;
            m_fwhat = problemText(tr("the form field \"%1\""), {field.key});
        }
        const std::string &fwhat = m_fwhat;
        switch (f.role) {
        case FieldRole::FormFieldLabel:
            requiredText(*f.text, f.pointer, fwhat);
            break;
        case FieldRole::FormFieldPlaceholder:
            optionalText(*f.text, f.pointer, problemText(tr("%1 (placeholder)"), {fwhat}));
            if (field.type == FieldType::Select && field.options.empty())
                add(Severity::Error, "form.select-without-options",
                    problemText(tr("%1 is a list with no options"), {fwhat}), f.pointer.parent_pointer());
            break;
        case FieldRole::OptionValue:
            if (m_optionsOf != &field) {
                m_optionsOf = &field;
                m_optionValues.clear();
            }
            if (!m_optionValues.insert(*f.value).second)
                add(Severity::Error, "form.duplicate-option",
                    problemText(tr("%1 lists the option \"%2\" twice"), {fwhat, *f.value}), f.pointer);
            break;
        case FieldRole::OptionLabel:
            requiredText(*f.text, f.pointer, problemText(tr("%1 option \"%2\""), {fwhat, f.option->value}));
            break;
        default:
            break;
        }
    }

    void checkSurveyField(const DesignField &f, const std::string &what)
    {
        const SurveySpec &s = f.block->survey;
        switch (f.role) {
        case FieldRole::SurveyQuestion:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (question)"), {what}));
            break;
        case FieldRole::SurveyCommentLabel:
            if (s.scaleMin >= s.scaleMax)
                add(Severity::Error, "survey.scale",
                    problemText(tr("%1 has a rating scale whose lowest value is not below its highest"), {what}),
                    blockJsonPointer(*f.state, f.blockIndex) / surveyMemberPointer(SurveyMember::Scale));
            if (s.commentEnabled)
                requiredText(*f.text, f.pointer, problemText(tr("%1 (comment label)"), {what}));
            break;
        case FieldRole::SurveyCommentPlaceholder:
            optionalText(*f.text, f.pointer, problemText(tr("%1 (comment placeholder)"), {what}));
            break;
        case FieldRole::SurveySubmitLabel:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (send button)"), {what}));
            break;
        case FieldRole::SurveyThanks:
            requiredText(*f.text, f.pointer, problemText(tr("%1 (thank-you text)"), {what}));
            break;
        default:
            break;
        }
    }

    void checkFormKeys()
    {
        // Keys name the values sent with the call, so they are unique across all forms.
        std::set<std::string> seen;
        forEachField(m_design, [&](const DesignField &f) {
            if (f.role == FieldRole::FormFieldKey && !seen.insert(*f.value).second)
                add(Severity::Error, "form.duplicate-key",
                    problemText(tr("the form field key \"%1\" is used twice"), {*f.value}), f.pointer);
        });
    }

    void checkWindows(const std::vector<TimeWindow> &windows, const JsonPointer &ptr, const std::string &what)
    {
        std::vector<std::pair<int, int>> spans; // minutes, with the window's index
        for (size_t i = 0; i < windows.size(); ++i) {
            const JsonPointer wptr = ptr / i;
            const int open = minutesOfTime(windows[i].open);
            const int close = minutesOfTime(windows[i].close);
            if (open < 0 || close < 0) {
                add(Severity::Error, "hours.time-format",
                    problemText(tr("%1: \"%2\" is not a time as HH:MM"),
                                {what, open < 0 ? windows[i].open : windows[i].close}),
                    hoursWindowPointer(ptr, i, open < 0 ? WindowEnd::Open : WindowEnd::Close));
                continue;
            }
            if (open >= close) {
                add(Severity::Error, "hours.window-order",
                    problemText(tr("%1: the window %2–%3 closes before it opens"),
                                {what, windows[i].open, windows[i].close}),
                    wptr);
                continue;
            }
            for (const auto &[o, c] : spans)
                if (open < c && o < close) {
                    add(Severity::Error, "hours.overlap",
                        problemText(tr("%1: the window %2–%3 overlaps another one"),
                                    {what, windows[i].open, windows[i].close}),
                        wptr);
                    break;
                }
            spans.emplace_back(open, close);
        }
    }

    // Each text-on-background pair the widget draws, below WCAG AA: one warning per pair,
    // on the text colour (the one to change).
    void checkThemeContrast()
    {
        const ThemeColors &colors = m_design.theme.colors;
        for (const ThemeTextPair &pair : kThemeTextPairs) {
            const std::optional<double> ratio =
                contrastRatio(*themeColorOf(colors, pair.text), *themeColorOf(colors, pair.background));
            if (!ratio || *ratio >= kWcagAaTextContrast)
                continue; // an invalid colour has its own error
            //: %1 and %2 are theme colours ("Muted text", "Surface"), %3 their contrast ratio
            add(Severity::Warning, "theme.contrast",
                problemText(tr("%1 on %2 has a contrast of %3:1, below the 4.5:1 that WCAG AA asks for text; "
                               "visitors with low vision may not read it"),
                            {themeColorTitle(pair.text).toStdString(), themeColorTitle(pair.background).toStdString(),
                             QString::number(*ratio, 'f', 2).toStdString()}),
                themeColorPointer(pair.text));
        }
    }

    void checkBusinessHours()
    {
        const auto &h = m_design.businessHours;
        if (!QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(h.timezone)))
            add(Severity::Error, "hours.timezone",
                problemText(tr("\"%1\" is not a known IANA time zone"), {h.timezone}),
                hoursMemberPointer(HoursMember::TimeZone));
        bool anyWindow = false;
        for (int day = 0; day < 7; ++day) {
            const auto &windows = h.weekly[static_cast<size_t>(day)];
            anyWindow = anyWindow || !windows.empty();
            checkWindows(windows, weekdayWindowsPointer(day), weekdayName(day));
        }
        if (!h.alwaysOpen && !anyWindow)
            add(Severity::Warning, "hours.never-open",
                problemText(tr("business hours are on but no day has an opening window: the widget always shows "
                               "\"closed\"")),
                hoursMemberPointer(HoursMember::Weekly));
        std::set<std::string> dates;
        for (size_t i = 0; i < h.exceptions.size(); ++i) {
            const auto &e = h.exceptions[i];
            if (!QDate::fromString(QString::fromStdString(e.date), Qt::ISODate).isValid())
                add(Severity::Error, "hours.date",
                    problemText(tr("\"%1\" is not a calendar date (YYYY-MM-DD)"), {e.date}),
                    exceptionPointer(i, ExceptionMember::Date));
            else if (!dates.insert(e.date).second)
                add(Severity::Error, "hours.duplicate-date",
                    problemText(tr("there are two exceptions for %1"), {e.date}),
                    exceptionPointer(i, ExceptionMember::Date));
            if (!e.closed) {
                if (e.windows.empty())
                    add(Severity::Error, "hours.exception-without-hours",
                        problemText(tr("the exception for %1 is not closed all day but has no opening window"),
                                    {e.date}),
                        exceptionPointer(i));
                checkWindows(e.windows, exceptionPointer(i, ExceptionMember::Windows),
                             problemText(tr("the exception for %1"), {e.date}));
            }
            optionalText(e.label, exceptionPointer(i, ExceptionMember::Label),
                         problemText(tr("the label of the exception for %1"), {e.date}));
        }
    }

    const WidgetDesign &m_design;
    std::vector<Problem> m_problems;
    std::set<std::string> m_blockIds;
    const FormField *m_optionsOf = nullptr; // whose option values m_optionValues holds
    std::set<std::string> m_optionValues;
    const Block *m_whatOf = nullptr; // whose wording m_what holds
    std::string m_what;
    const FormField *m_fwhatOf = nullptr;
    std::string m_fwhat;
};

} // namespace

std::vector<Problem> checkDesign(const WidgetDesign &design)
{
    return Checker(design).run();
}

} // namespace callstudio
