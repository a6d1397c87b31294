#include "DesignChecks.h"

#include "ProblemText.h"
#include "contract/OpeningHours.h"

#include <QCoreApplication>

#include <QDate>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <map>
#include <set>

namespace callstudio {

std::string blockPointer(WidgetState state, size_t index)
{
    return std::string("/states/") + stateName(state) + "/blocks/" + std::to_string(index);
}

bool isAllowedUrl(const std::string &url, UrlUse use)
{
    const QUrl u(QString::fromStdString(url), QUrl::StrictMode);
    if (!u.isValid())
        return false;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !u.host().isEmpty();
    if (use == UrlUse::Link && (scheme == QLatin1String("mailto") || scheme == QLatin1String("tel")))
        return !u.path().isEmpty();
    return false;
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
        checkLocales();
        checkBlockIds();
        checkIdleLayout();
        for (auto s : kAllStates) {
            const auto &blocks = m_design.state(s).blocks;
            for (size_t i = 0; i < blocks.size(); ++i)
                checkBlock(blocks[i], blockPointer(s, i));
        }
        checkFormKeys();
        std::string builtIn;
        for (auto code : kAllCallErrorCodes) {
            auto it = m_design.errorMessages.find(code);
            if (it == m_design.errorMessages.end())
                builtIn += std::string(builtIn.empty() ? "" : ", ") + callErrorCodeName(code);
            else
                requiredText(it->second, std::string("/errorMessages/") + callErrorCodeName(code),
                             problemText(tr("the \"%1\" error message"), {callErrorCodeName(code)}));
        }
        if (!builtIn.empty())
            add(Severity::Info, "text.built-in-error-message",
                problemText(tr("these call errors show Call Studio's built-in English message: %1"), {builtIn}),
                "/errorMessages");
        checkBusinessHours();
        return std::move(m_problems);
    }

private:
    void add(Severity severity, std::string code, std::string message, std::string pointer)
    {
        m_problems.push_back({severity, std::move(code), std::move(message), std::move(pointer), 0, 0});
    }

    void checkLocales()
    {
        const auto &l = m_design.locales;
        if (std::find(l.begin(), l.end(), m_design.defaultLocale) == l.end())
            add(Severity::Error, "locale.default-not-listed",
                problemText(tr("the default locale \"%1\" is not among the design's locales"),
                            {m_design.defaultLocale}),
                "/locales/default");
    }

    void checkBlockIds()
    {
        std::set<std::string> seen;
        for (auto s : kAllStates) {
            const auto &blocks = m_design.state(s).blocks;
            for (size_t i = 0; i < blocks.size(); ++i)
                if (!seen.insert(blocks[i].id).second)
                    add(Severity::Error, "layout.duplicate-block-id",
                        problemText(tr("block id \"%1\" is used twice"), {blocks[i].id}), blockPointer(s, i) + "/id");
        }
    }

    void checkIdleLayout()
    {
        const auto &blocks = m_design.state(WidgetState::Idle).blocks;
        std::vector<size_t> callButtons;
        for (size_t i = 0; i < blocks.size(); ++i)
            if (blocks[i].kind == BlockKind::CallButton)
                callButtons.push_back(i);
        if (callButtons.empty())
            add(Severity::Error, "layout.call-button-count", problemText(tr("the idle state has no call button")),
                "/states/idle/blocks");
        for (size_t n = 1; n < callButtons.size(); ++n)
            add(Severity::Error, "layout.call-button-count",
                problemText(tr("the idle state has more than one call button (this is call button %1)"),
                            {std::to_string(n + 1)}),
                blockPointer(WidgetState::Idle, callButtons[n]));
        if (callButtons.empty())
            return;
        for (size_t i = callButtons.front() + 1; i < blocks.size(); ++i)
            if (blocks[i].kind == BlockKind::Disclosure)
                add(Severity::Error, "layout.disclosure-after-call-button",
                    problemText(tr("the before-call disclosure comes after the call button; visitors must read it "
                                   "before they tap Call")),
                    blockPointer(WidgetState::Idle, i));
    }

    // A text that must be present: the default locale's value is required, other
    // locales are reported as missing translations.
    void requiredText(const LocalizedText &t, const std::string &ptr, const std::string &what)
    {
        if (!t.has(m_design.defaultLocale)) {
            add(Severity::Error, "text.missing-default",
                problemText(tr("%1 has no text in the default locale \"%2\""), {what, m_design.defaultLocale}), ptr);
            return;
        }
        translations(t, ptr, what);
    }

    // A text that may be left empty altogether; once written it follows the same rules.
    void optionalText(const LocalizedText &t, const std::string &ptr, const std::string &what)
    {
        if (!t.isEmpty())
            requiredText(t, ptr, what);
    }

    void translations(const LocalizedText &t, const std::string &ptr, const std::string &what)
    {
        std::string missing;
        for (const auto &locale : m_design.locales)
            if (locale != m_design.defaultLocale && !t.has(locale))
                missing += (missing.empty() ? "" : ", ") + locale;
        if (!missing.empty())
            add(Severity::Warning, "text.missing-translation",
                problemText(tr("%1 is not translated into %2"), {what, missing}), ptr);
    }

    void checkUrl(const std::string &url, UrlUse use, const std::string &ptr, const std::string &what, bool required)
    {
        if (url.empty()) {
            if (required)
                add(Severity::Error, "url.missing", problemText(tr("%1 has no address"), {what}), ptr);
            return;
        }
        if (!isAllowedUrl(url, use))
            add(Severity::Error, "url.scheme",
                problemText(use == UrlUse::Link ? tr("%1 must be an https:, mailto: or tel: address, not \"%2\"")
                                                : tr("%1 must be an https: address, not \"%2\""),
                            {what, url.size() > 60 ? url.substr(0, 57) + "..." : url}),
                ptr);
    }

    void checkBlock(const Block &b, const std::string &ptr)
    {
        const std::string kind = blockKindName(b.kind);
        const std::string what = problemText(tr("the %1 block \"%2\""), {kind, b.id});
        switch (b.kind) {
        case BlockKind::Heading:
        case BlockKind::Paragraph:
        case BlockKind::CallButton:
        case BlockKind::HangupButton:
            requiredText(b.text, ptr + "/text", what);
            break;
        case BlockKind::MuteButton:
            requiredText(b.text, ptr + "/text", what);
            requiredText(b.activeText, ptr + "/activeText", problemText(tr("%1 (muted label)"), {what}));
            break;
        case BlockKind::CallTimer:
            optionalText(b.text, ptr + "/text", what);
            break;
        case BlockKind::Disclosure:
            requiredText(b.text, ptr + "/text", what);
            checkUrl(b.url, UrlUse::Image, ptr + "/url", problemText(tr("the privacy-notice link of %1"), {what}),
                     false);
            if (!b.url.empty())
                requiredText(b.linkLabel, ptr + "/linkLabel", problemText(tr("the privacy-notice link of %1"), {what}));
            break;
        case BlockKind::Link:
            requiredText(b.text, ptr + "/text", what);
            checkUrl(b.url, UrlUse::Link, ptr + "/url", what, true);
            break;
        case BlockKind::Image:
            checkUrl(b.url, UrlUse::Image, ptr + "/url", what, true);
            requiredText(b.altText, ptr + "/alt", problemText(tr("%1 (alternative text)"), {what}));
            break;
        case BlockKind::Spacer:
            break;
        case BlockKind::PreCallForm:
            checkForm(b.form, ptr + "/form", what);
            break;
        case BlockKind::Survey:
            checkSurvey(b.survey, ptr + "/survey", what);
            break;
        }
    }

    void checkForm(const PreCallForm &form, const std::string &ptr, const std::string &what)
    {
        if (form.fields.empty() && !form.consent)
            add(Severity::Warning, "form.empty", problemText(tr("%1 has no fields"), {what}), ptr + "/fields");
        for (size_t i = 0; i < form.fields.size(); ++i) {
            const auto &f = form.fields[i];
            const std::string fptr = ptr + "/fields/" + std::to_string(i);
            const std::string fwhat = problemText(tr("the form field \"%1\""), {f.key});
            requiredText(f.label, fptr + "/label", fwhat);
            optionalText(f.placeholder, fptr + "/placeholder", problemText(tr("%1 (placeholder)"), {fwhat}));
            if (f.type == FieldType::Select) {
                if (f.options.empty())
                    add(Severity::Error, "form.select-without-options",
                        problemText(tr("%1 is a list with no options"), {fwhat}), fptr);
                std::set<std::string> values;
                for (size_t o = 0; o < f.options.size(); ++o) {
                    const std::string optr = fptr + "/options/" + std::to_string(o);
                    if (!values.insert(f.options[o].value).second)
                        add(Severity::Error, "form.duplicate-option",
                            problemText(tr("%1 lists the option \"%2\" twice"), {fwhat, f.options[o].value}),
                            optr + "/value");
                    requiredText(f.options[o].label, optr + "/label",
                                 problemText(tr("%1 option \"%2\""), {fwhat, f.options[o].value}));
                }
            }
        }
        if (form.consent)
            requiredText(form.consent->label, ptr + "/consent/label", problemText(tr("%1 (consent checkbox)"), {what}));
    }

    void checkSurvey(const SurveySpec &s, const std::string &ptr, const std::string &what)
    {
        requiredText(s.question, ptr + "/question", problemText(tr("%1 (question)"), {what}));
        if (s.scaleMin >= s.scaleMax)
            add(Severity::Error, "survey.scale",
                problemText(tr("%1 has a rating scale whose lowest value is not below its highest"), {what}),
                ptr + "/scale");
        if (s.commentEnabled)
            requiredText(s.commentLabel, ptr + "/comment/label", problemText(tr("%1 (comment label)"), {what}));
        optionalText(s.commentPlaceholder, ptr + "/comment/placeholder",
                     problemText(tr("%1 (comment placeholder)"), {what}));
        requiredText(s.submitLabel, ptr + "/submitLabel", problemText(tr("%1 (send button)"), {what}));
        requiredText(s.thanks, ptr + "/thanks", problemText(tr("%1 (thank-you text)"), {what}));
    }

    void checkFormKeys()
    {
        // Keys name the values sent with the call, so they are unique across all forms.
        std::set<std::string> seen;
        for (auto s : kAllStates) {
            const auto &blocks = m_design.state(s).blocks;
            for (size_t i = 0; i < blocks.size(); ++i) {
                if (blocks[i].kind != BlockKind::PreCallForm)
                    continue;
                const auto &fields = blocks[i].form.fields;
                for (size_t f = 0; f < fields.size(); ++f)
                    if (!seen.insert(fields[f].key).second)
                        add(Severity::Error, "form.duplicate-key",
                            problemText(tr("the form field key \"%1\" is used twice"), {fields[f].key}),
                            blockPointer(s, i) + "/form/fields/" + std::to_string(f) + "/key");
            }
        }
    }

    void checkWindows(const std::vector<TimeWindow> &windows, const std::string &ptr, const std::string &what)
    {
        std::vector<std::pair<int, int>> spans; // minutes, with the window's index
        for (size_t i = 0; i < windows.size(); ++i) {
            const std::string wptr = ptr + "/" + std::to_string(i);
            const int open = minutesOfTime(windows[i].open);
            const int close = minutesOfTime(windows[i].close);
            if (open < 0 || close < 0) {
                add(Severity::Error, "hours.time-format",
                    problemText(tr("%1: \"%2\" is not a time as HH:MM"),
                                {what, open < 0 ? windows[i].open : windows[i].close}),
                    wptr + (open < 0 ? "/open" : "/close"));
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

    void checkBusinessHours()
    {
        const auto &h = m_design.businessHours;
        if (!QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(h.timezone)))
            add(Severity::Error, "hours.timezone",
                problemText(tr("\"%1\" is not a known IANA time zone"), {h.timezone}), "/businessHours/timezone");
        bool anyWindow = false;
        for (int day = 0; day < 7; ++day) {
            const auto &windows = h.weekly[static_cast<size_t>(day)];
            anyWindow = anyWindow || !windows.empty();
            checkWindows(windows, std::string("/businessHours/weekly/") + weekdayName(day), weekdayName(day));
        }
        if (!h.alwaysOpen && !anyWindow)
            add(Severity::Warning, "hours.never-open",
                problemText(tr("business hours are on but no day has an opening window: the widget always shows "
                               "\"closed\"")),
                "/businessHours/weekly");
        std::set<std::string> dates;
        for (size_t i = 0; i < h.exceptions.size(); ++i) {
            const auto &e = h.exceptions[i];
            const std::string eptr = "/businessHours/exceptions/" + std::to_string(i);
            if (!QDate::fromString(QString::fromStdString(e.date), Qt::ISODate).isValid())
                add(Severity::Error, "hours.date",
                    problemText(tr("\"%1\" is not a calendar date (YYYY-MM-DD)"), {e.date}), eptr + "/date");
            else if (!dates.insert(e.date).second)
                add(Severity::Error, "hours.duplicate-date",
                    problemText(tr("there are two exceptions for %1"), {e.date}), eptr + "/date");
            if (!e.closed) {
                if (e.windows.empty())
                    add(Severity::Error, "hours.exception-without-hours",
                        problemText(tr("the exception for %1 is not closed all day but has no opening window"),
                                    {e.date}),
                        eptr);
                checkWindows(e.windows, eptr + "/windows", problemText(tr("the exception for %1"), {e.date}));
            }
            optionalText(e.label, eptr + "/label", problemText(tr("the label of the exception for %1"), {e.date}));
        }
    }

    const WidgetDesign &m_design;
    std::vector<Problem> m_problems;
};

} // namespace

std::vector<Problem> checkDesign(const WidgetDesign &design)
{
    return Checker(design).run();
}

} // namespace callstudio
