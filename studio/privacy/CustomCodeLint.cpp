#include "CustomCodeLint.h"

#include "EventCatalogue.h"
#include "SandboxSdks.h"
#include "checks/ProblemText.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <tuple>

namespace callstudio {

namespace {

// Names every object answers, so reading them from an event is not a typo.
constexpr size_t kMaxHandlerTokens = 20000;

bool isObjectPrototypeMember(std::string_view name)
{
    for (const char *m : {"hasOwnProperty", "toString", "valueOf", "constructor", "isPrototypeOf",
                          "propertyIsEnumerable", "toLocaleString"})
        if (name == m)
            return true;
    return false;
}

bool startsWithHttp(const std::string &url)
{
    const size_t start = url.find_first_not_of(" \t\r\n");
    if (start == std::string::npos || url.size() - start < 5)
        return false;
    std::string scheme = url.substr(start, 5);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
    return scheme == "http:";
}

bool relContains(const HtmlElement &e, std::string_view word)
{
    const HtmlAttribute *rel = e.attribute("rel");
    if (!rel)
        return false;
    std::string value = rel->value;
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    size_t at = 0;
    while ((at = value.find(word, at)) != std::string::npos) {
        const bool startOk = at == 0 || value[at - 1] == ' ';
        const bool endOk = at + word.size() == value.size() || value[at + word.size()] == ' ';
        if (startOk && endOk)
            return true;
        at += word.size();
    }
    return false;
}

std::string joinFields(const CatalogueEvent &event)
{
    std::string out;
    for (auto f : event.fields)
        out += std::string(f) + ", ";
    return out + "context";
}

class AreaLinter
{
public:
    AreaLinter(const CustomCodeDocument &doc, std::vector<Problem> &out)
        : m_doc(doc)
        , m_out(out)
    {
    }

    void run()
    {
        const size_t first = m_out.size();
        auto issues = m_doc.markupIssues();
        std::sort(issues.begin(), issues.end(), [](const MarkupIssue &a, const MarkupIssue &b) {
            return std::tie(a.position.line, a.position.column) < std::tie(b.position.line, b.position.column);
        });
        for (const auto &issue : issues)
            lintMarkupIssue(issue);
        if (const auto stop = m_doc.readingStoppedAt())
            add(Severity::Warning, "code.too-deep",
                problemText(QCoreApplication::translate("Problems", "the markup nests more than %1 elements deep here; "
                                                                    "Call Studio does not check the rest of this area"),
                            {std::to_string(kMaxNestingDepth)}),
                *stop);
        for (const auto &element : m_doc.elements())
            lintElement(element);
        for (const auto &script : m_doc.scripts())
            lintScript(script);
        lintPlaceholders();
        std::stable_sort(
            m_out.begin() + static_cast<std::ptrdiff_t>(first), m_out.end(),
            [](const Problem &a, const Problem &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
        if (m_dropped > 0)
            m_out.push_back(
                {Severity::Info, "code.more-problems", moreProblemsMessage(), codeAreaPointer(m_doc.area()), 0, 0});
    }

private:
    // The placeholders of the vendors' published snippets (and of ours in resources/snippets):
    // pasted unchanged, the tag sends nothing, or sends it to nobody's account.
    void lintPlaceholders()
    {
        static const char *const kPlaceholders[] = {"G-XXXXXXX",          "GTM-XXXXXXX",  "YOUR_PIXEL_ID",
                                                    "UA-XXXXX-Y",         "YOUR_API_KEY", "YOUR_PROJECT_TOKEN",
                                                    "YOUR_MEASUREMENT_ID"};
        const std::string_view text = m_doc.source().text();
        for (const char *placeholder : kPlaceholders) {
            const size_t at = text.find(placeholder);
            if (at == std::string_view::npos)
                continue;
            //: %1 is a placeholder such as G-XXXXXXX, quoted from the code
            add(Severity::Warning, "code.placeholder",
                problemText(QCoreApplication::translate(
                                "Problems",
                                "the snippet still holds its placeholder \"%1\"; replace it with your own ID "
                                "from the vendor's console, or the tag reports to no account"),
                            {placeholder}),
                at);
        }
    }

    // One sentence per area, so that the area's name is translated with it.
    std::string moreProblemsMessage() const
    {
        const int count = static_cast<int>(std::min<size_t>(m_dropped, INT_MAX));
        if (m_doc.area() == CodeArea::Head)
            return problemText(QCoreApplication::translate(
                "Problems", "%n more problems in Head HTML are not listed; fix the ones above first", nullptr, count));
        return problemText(QCoreApplication::translate(
            "Problems", "%n more problems in Body end HTML are not listed; fix the ones above first", nullptr, count));
    }

    void add(Severity severity, const char *code, std::string message, SourcePosition at)
    {
        if (m_reported >= kMaxLintProblemsPerArea) {
            ++m_dropped;
            return;
        }
        ++m_reported;
        m_out.push_back({severity, code, std::move(message), codeAreaPointer(m_doc.area()), at.line, at.column});
    }

    // Located only when reported: past the cap, huge inputs skip the line/column work.
    void add(Severity severity, const char *code, std::string message, size_t offset)
    {
        if (m_reported >= kMaxLintProblemsPerArea) {
            ++m_dropped;
            return;
        }
        add(severity, code, std::move(message), m_doc.positionOf(offset));
    }

    void lintMarkupIssue(const MarkupIssue &issue)
    {
        if (issue.kind == MarkupIssueKind::UnclosedScript)
            add(Severity::Error, "code.unclosed-script",
                problemText(QCoreApplication::translate("Problems",
                                                        "this <script> has no </script>: the browser does not run it "
                                                        "and treats the rest of the area as its text")),
                issue.position);
        else
            //: %1 is the name of an HTML tag.
            add(Severity::Warning, "code.stray-end-tag",
                problemText(
                    QCoreApplication::translate(
                        "Problems", "stray end tag </%1> closes nothing that is open here; the browser ignores it"),
                    {issue.tag}),
                issue.position);
    }

    void lintElement(const HtmlElement &e)
    {
        const HtmlAttribute *url = nullptr;
        const char *mixedContent = nullptr; // the message, by what the element loads
        if (e.tag == "script") {
            url = e.attribute("src");
            //: %1 is the http: address as the code writes it.
            mixedContent = QT_TRANSLATE_NOOP("Problems", "the script \"%1\" is loaded over http:, which the browser "
                                                         "blocks as mixed content in the HTTPS widget; use https:");
        } else if (e.tag == "link" && relContains(e, "stylesheet")) {
            url = e.attribute("href");
            //: %1 is the http: address as the code writes it.
            mixedContent =
                QT_TRANSLATE_NOOP("Problems", "the stylesheet \"%1\" is loaded over http:, which the browser blocks as "
                                              "mixed content in the HTTPS widget; use https:");
        } else if (e.tag == "iframe") {
            url = e.attribute("src");
            //: %1 is the http: address as the code writes it.
            mixedContent = QT_TRANSLATE_NOOP("Problems", "the iframe \"%1\" is loaded over http:, which the browser "
                                                         "blocks as mixed content in the HTTPS widget; use https:");
        }
        if (url && startsWithHttp(url->value))
            add(Severity::Error, "code.mixed-content",
                problemText(QCoreApplication::translate("Problems", mixedContent), {url->value}), url->valueOffset);

        if (e.tag == "form" && e.attribute("action"))
            add(Severity::Warning, "code.form-submission",
                problemText(QCoreApplication::translate("Problems",
                                                        "this form has an action, but the sandbox does not allow form "
                                                        "submission, so sending it does nothing; send the data with "
                                                        "fetch() instead")),
                e.offset);
    }

    void lintScript(const ScriptBlock &script)
    {
        const auto &t = script.tokens;
        for (size_t i = 0; i < t.size(); ++i) {
            if (t[i].kind != JsTokenKind::Identifier)
                continue;
            const std::string_view name = t[i].raw;
            const auto at = [&](size_t k) { return script.offset + t[k].offset; };
            const auto globalMember = [&](std::string_view object) {
                return i >= 2 && isMemberDot(t, i - 1) && isIdentifier(t[i - 2], object) && isGlobalReference(t, i - 2);
            };
            const bool called = i + 1 < t.size() && isPunctuator(t[i + 1], "(");

            if ((name == "localStorage" || name == "sessionStorage" || name == "indexedDB")
                && isGlobalReference(t, i)) {
                //: %1 is localStorage, sessionStorage or indexedDB.
                add(Severity::Error, "code.storage",
                    problemText(QCoreApplication::translate(
                                    "Problems", "%1 is not available in the sandbox (opaque origin): using it throws a "
                                                "SecurityError and stops this script; keep state in variables or send "
                                                "it to your own server"),
                                {name}),
                    at(i));
            } else if (name == "cookie" && globalMember("document")) {
                add(Severity::Error, "code.cookie",
                    problemText(QCoreApplication::translate(
                        "Problems", "document.cookie throws a SecurityError in the sandbox (opaque origin) and can "
                                    "never reach the cookies of your site")),
                    at(i - 2));
            } else if (name == "locks" && globalMember("navigator")) {
                add(Severity::Warning, "code.locks",
                    problemText(QCoreApplication::translate(
                        "Problems", "navigator.locks is refused in the sandbox (opaque origin): its requests fail with "
                                    "a SecurityError")),
                    at(i - 2));
            } else if (name == "location" && (globalMember("top") || globalMember("parent"))) {
                //: %1 is top or parent.
                add(Severity::Error, "code.top-navigation",
                    problemText(QCoreApplication::translate(
                                    "Problems",
                                    "%1.location is out of reach of the sandbox: custom code cannot read or navigate "
                                    "the embedding page, and the attempt throws"),
                                {t[i - 2].raw}),
                    at(i - 2));
            } else if (name == "open" && called
                       && (globalMember("window") || globalMember("self") || globalMember("globalThis"))) {
                add(Severity::Warning, "code.popup",
                    problemText(QCoreApplication::translate(
                        "Problems", "window.open does nothing in the sandbox (no popups allowed); show a link block in "
                                    "the widget instead")),
                    at(i - 2));
            } else if ((name == "alert" || name == "confirm" || name == "prompt") && called
                       && isGlobalReference(t, i)) {
                //: %1 is alert, confirm or prompt.
                add(Severity::Warning, "code.dialog",
                    problemText(QCoreApplication::translate(
                                    "Problems",
                                    "%1() is ignored in the sandbox (no modal dialogs allowed): the visitor never sees "
                                    "it and it returns at once"),
                                {name}),
                    at(i));
            } else if ((name == "submit" || name == "requestSubmit") && called && isMemberDot(t, i - 1)) {
                //: %1 is submit or requestSubmit.
                add(Severity::Warning, "code.form-submission",
                    problemText(QCoreApplication::translate(
                                    "Problems", ".%1() submits a form, which the sandbox does not allow, so nothing is "
                                                "sent; use fetch() instead"),
                                {name}),
                    at(i));
            } else if (name == "on" && called && i >= 2 && isMemberDot(t, i - 1) && isIdentifier(t[i - 2], "c2c")
                       && isGlobalReference(t, i - 2)) {
                lintSubscription(script, i + 1);
            }
        }
    }

    // `open` is the "(" of c2c.on( name, handler ).
    void lintSubscription(const ScriptBlock &script, size_t open)
    {
        const auto &t = script.tokens;
        const size_t nameIndex = open + 1;
        if (!isStringLike(t, nameIndex))
            return;
        const std::string &eventName = t[nameIndex].value;
        const CatalogueEvent *event = findCatalogueEvent(eventName);
        if (!event) {
            if (eventName.compare(0, kCustomEventPrefix.size(), kCustomEventPrefix) == 0)
                return;
            const std::string_view suggestion = closestEventName(eventName);
            std::string catalogue;
            for (const auto &e : eventCatalogue())
                catalogue += (catalogue.empty() ? "" : ", ") + std::string(e.name);
            std::string message;
            if (suggestion.empty())
                //: %1 is the event name the code uses; %2 lists the names of the widget's events.
                message =
                    problemText(QCoreApplication::translate("Problems", "\"%1\" is not an event of the widget, so this "
                                                                        "handler never runs; the events are %2"),
                                {eventName, catalogue});
            else
                //: %1 is the event name the code uses; %2 is the name of the widget's event closest to it.
                message =
                    problemText(QCoreApplication::translate("Problems", "\"%1\" is not an event of the widget, so this "
                                                                        "handler never runs; did you mean \"%2\"?"),
                                {eventName, suggestion});
            add(Severity::Warning, "code.unknown-event", std::move(message), script.offset + t[nameIndex].offset);
            return;
        }
        // A handler is read up to kMaxHandlerTokens ahead, so unbalanced code stays linear.
        const size_t close = script.matchingClose(open, kMaxHandlerTokens);
        const size_t end = close < t.size() ? close : std::min(t.size(), open + kMaxHandlerTokens);
        if (nameIndex + 2 < end && isPunctuator(t[nameIndex + 1], ","))
            lintHandlerFields(script, *event, nameIndex + 2, end);
    }

    // A handler written in place (arrow or function expression) from `start`; `end` is
    // the ")" closing the on( call.
    void lintHandlerFields(const ScriptBlock &script, const CatalogueEvent &event, size_t start, size_t end)
    {
        const auto &t = script.tokens;
        size_t j = start;
        if (j < end && isIdentifier(t[j], "async"))
            ++j;
        size_t paramsOpen = t.size();
        size_t bodyStart = t.size();
        std::string_view param;
        if (j + 1 < end && t[j].kind == JsTokenKind::Identifier && isPunctuator(t[j + 1], "=>")) {
            param = t[j].raw;
            bodyStart = j + 2;
        } else if (j < end && isPunctuator(t[j], "(")) {
            paramsOpen = j;
            const size_t close = script.matchingClose(j, end - j);
            if (close + 1 < end && isPunctuator(t[close + 1], "=>"))
                bodyStart = close + 2;
        } else if (j < end && isIdentifier(t[j], "function")) {
            ++j;
            if (j < end && t[j].kind == JsTokenKind::Identifier)
                ++j;
            if (j < end && isPunctuator(t[j], "(")) {
                paramsOpen = j;
                bodyStart = script.matchingClose(j, end - j) + 1;
            }
        }
        if (bodyStart >= end)
            return;
        if (paramsOpen < end) {
            const size_t first = paramsOpen + 1;
            if (first + 1 < end && t[first].kind == JsTokenKind::Identifier
                && (isPunctuator(t[first + 1], ")") || isPunctuator(t[first + 1], ",")
                    || isPunctuator(t[first + 1], "=")))
                param = t[first].raw;
            else if (first < end && isPunctuator(t[first], "{"))
                lintDestructuredFields(script, event, first, std::min(end, script.matchingClose(first, end - first)));
        }
        if (param.empty())
            return;

        size_t bodyEnd = end;
        if (isPunctuator(t[bodyStart], "{"))
            bodyEnd = std::min(end, script.matchingClose(bodyStart, end - bodyStart));
        for (size_t m = bodyStart; m + 2 < bodyEnd; ++m) {
            const size_t shadowEnd = shadowingFunctionEnd(script, m, param, bodyEnd);
            if (shadowEnd < bodyEnd) {
                m = shadowEnd;
                continue;
            }
            if (!isIdentifier(t[m], param) || (m > 0 && isMemberDot(t, m - 1)))
                continue;
            if (isMemberDot(t, m + 1) && t[m + 2].kind == JsTokenKind::Identifier)
                checkField(script, event, t[m + 2]);
            else if (isPunctuator(t[m + 1], "[") && isStringLike(t, m + 2) && m + 3 < bodyEnd
                     && isPunctuator(t[m + 3], "]"))
                checkField(script, event, t[m + 2]);
        }
    }

    // A nested function at `m` whose first parameter is also `param` has its own event
    // (another handler, a callback): the index of its last token, or `limit` when none.
    static size_t shadowingFunctionEnd(const ScriptBlock &script, size_t m, std::string_view param, size_t limit)
    {
        const auto &t = script.tokens;
        size_t bodyStart = limit;
        if (isIdentifier(t[m], param) && m + 1 < limit && isPunctuator(t[m + 1], "=>") && !isMemberDot(t, m - 1)) {
            bodyStart = m + 2;
        } else if (isPunctuator(t[m], "(") && m + 2 < limit && isIdentifier(t[m + 1], param)
                   && (isPunctuator(t[m + 2], ")") || isPunctuator(t[m + 2], ",") || isPunctuator(t[m + 2], "="))) {
            const size_t close = script.matchingClose(m, limit - m);
            const bool declared =
                (m >= 1 && isIdentifier(t[m - 1], "function")) || (m >= 2 && isIdentifier(t[m - 2], "function"));
            if (close + 1 < limit && isPunctuator(t[close + 1], "=>"))
                bodyStart = close + 2;
            else if (close < limit && declared)
                bodyStart = close + 1;
        }
        if (bodyStart >= limit)
            return limit;
        if (isPunctuator(t[bodyStart], "{"))
            return std::min(limit - 1, script.matchingClose(bodyStart, limit - bodyStart));
        // An expression body ends at a "," or ";" of its own level or where its bracket closes.
        int depth = 0;
        for (size_t k = bodyStart; k < limit; ++k) {
            if (t[k].kind != JsTokenKind::Punctuator)
                continue;
            if (t[k].raw == "(" || t[k].raw == "[" || t[k].raw == "{")
                ++depth;
            else if (t[k].raw == ")" || t[k].raw == "]" || t[k].raw == "}") {
                if (--depth < 0)
                    return k - 1;
            } else if (depth == 0 && (t[k].raw == "," || t[k].raw == ";"))
                return k - 1;
        }
        return limit - 1;
    }

    // `({ duration, reason }) => …`: the keys of the pattern are the fields read.
    void lintDestructuredFields(const ScriptBlock &script, const CatalogueEvent &event, size_t open, size_t close)
    {
        const auto &t = script.tokens;
        for (size_t k = open + 1; k < close; ++k) {
            if (isPunctuator(t[k], "(") || isPunctuator(t[k], "[") || isPunctuator(t[k], "{")) {
                k = script.matchingClose(k, close - k);
                continue;
            }
            if (t[k].kind == JsTokenKind::Identifier && (isPunctuator(t[k - 1], "{") || isPunctuator(t[k - 1], ",")))
                checkField(script, event, t[k]);
        }
    }

    void checkField(const ScriptBlock &script, const CatalogueEvent &event, const JsToken &fieldToken)
    {
        const std::string field =
            fieldToken.kind == JsTokenKind::Identifier ? std::string(fieldToken.raw) : fieldToken.value;
        if (field == "context" || isObjectPrototypeMember(field))
            return;
        if (std::find(event.fields.begin(), event.fields.end(), field) != event.fields.end())
            return;
        //: %1 is the name of an event, %2 the field the code reads and %3 lists the event's fields.
        add(Severity::Warning, "code.unknown-event-field",
            problemText(QCoreApplication::translate(
                            "Problems", "the %1 event has no field \"%2\", so this reads undefined; it carries %3"),
                        {event.name, field, joinFields(event)}),
            script.offset + fieldToken.offset);
    }

    const CustomCodeDocument &m_doc;
    std::vector<Problem> &m_out;
    size_t m_reported = 0;
    size_t m_dropped = 0;
};

} // namespace

std::vector<Problem> lintCustomCode(const ParsedCustomCode &parsed)
{
    std::vector<Problem> problems;
    for (const CustomCodeDocument *doc : parsed.areas())
        AreaLinter(*doc, problems).run();
    for (Problem &p : checkSandboxSdks(parsed))
        problems.push_back(std::move(p));
    return problems;
}

std::vector<Problem> lintCustomCode(const CustomCode &code)
{
    return lintCustomCode(ParsedCustomCode(code));
}

} // namespace callstudio
