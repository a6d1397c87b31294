#include "ThirdPartyInventory.h"

#include "TrackerDatabase.h"

#include <QUrl>

#include <algorithm>
#include <map>
#include <tuple>

namespace callstudio {

namespace {

class Collector
{
public:
    explicit Collector(std::vector<InventoryEntry> &entries)
        : m_entries(entries)
    {
    }

    bool full() const { return m_entries.size() >= kMaxInventoryEntries; }
    bool truncated() const { return m_truncated; }

    void add(ResourceKind kind, const std::string &url, std::string how, CodeArea area, SourcePosition at)
    {
        if (urlDomain(url).empty())
            return;
        if (full()) {
            m_truncated = true;
            return;
        }
        m_entries.push_back({kind, trimmed(url), std::move(how), area, at});
    }

    void collect(const CustomCodeDocument &doc)
    {
        for (const auto &e : doc.elements())
            collectElement(doc, e);
        for (const auto &script : doc.scripts())
            collectScript(doc, script);
    }

private:
    static std::string trimmed(const std::string &s)
    {
        const size_t b = s.find_first_not_of(" \t\r\n");
        const size_t e = s.find_last_not_of(" \t\r\n");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    }

    void addAttribute(const CustomCodeDocument &doc, const HtmlElement &e, const char *name, ResourceKind kind)
    {
        if (const HtmlAttribute *a = e.attribute(name))
            add(kind, a->value, "<" + e.tag + " " + name + ">", doc.area(), doc.positionOf(a->valueOffset));
    }

    void collectElement(const CustomCodeDocument &doc, const HtmlElement &e)
    {
        if (e.tag == "script") {
            addAttribute(doc, e, "src", ResourceKind::Script);
        } else if (e.tag == "link") {
            const HtmlAttribute *rel = e.attribute("rel");
            std::string relValue = rel ? rel->value : std::string();
            std::transform(relValue.begin(), relValue.end(), relValue.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            addAttribute(doc, e, "href",
                         relValue.find("stylesheet") != std::string::npos ? ResourceKind::Stylesheet
                                                                          : ResourceKind::Reference);
        } else if (e.tag == "img") {
            addAttribute(doc, e, "src", ResourceKind::Image);
        } else if (e.tag == "iframe") {
            addAttribute(doc, e, "src", ResourceKind::Iframe);
        } else if (e.tag == "video" || e.tag == "audio" || e.tag == "source" || e.tag == "embed") {
            addAttribute(doc, e, "src", ResourceKind::Media);
            addAttribute(doc, e, "poster", ResourceKind::Image);
        } else if (e.tag == "object") {
            addAttribute(doc, e, "data", ResourceKind::Media);
        } else if (e.tag == "form") {
            addAttribute(doc, e, "action", ResourceKind::Request);
        } else if (e.tag == "input" || e.tag == "button") {
            addAttribute(doc, e, "formaction", ResourceKind::Request);
        }
    }

    // What names the string literal at `s`, judged from the tokens before it.
    static std::pair<ResourceKind, std::string> classify(const std::vector<JsToken> &t, size_t s)
    {
        const auto ident = [&](size_t k, std::string_view name) { return k < t.size() && isIdentifier(t[k], name); };
        if (s >= 2 && isPunctuator(t[s - 1], "(")) {
            if (ident(s - 2, "fetch"))
                return {ResourceKind::Request, "fetch()"};
            if (ident(s - 2, "sendBeacon"))
                return {ResourceKind::Request, "navigator.sendBeacon()"};
            if (ident(s - 2, "import"))
                return {ResourceKind::Script, "import()"};
            if (ident(s - 2, "importScripts"))
                return {ResourceKind::Script, "importScripts()"};
            if (ident(s - 2, "EventSource") || ident(s - 2, "WebSocket"))
                return {ResourceKind::Request, "new " + std::string(t[s - 2].raw) + "()"};
        }
        // xhr.open('POST', 'https://…')
        if (s >= 4 && isPunctuator(t[s - 1], ",") && isStringLike(t, s - 2) && isPunctuator(t[s - 3], "(")
            && ident(s - 4, "open"))
            return {ResourceKind::Request, "XMLHttpRequest.open()"};
        // new Image().src = '…' and element.src = '…'
        if (s >= 3 && isPunctuator(t[s - 1], "=") && ident(s - 2, "src") && isMemberDot(t, s - 3)) {
            if (s >= 7 && isPunctuator(t[s - 4], ")") && isPunctuator(t[s - 5], "(") && ident(s - 6, "Image")
                && ident(s - 7, "new"))
                return {ResourceKind::Image, "new Image().src"};
            return {ResourceKind::Reference, ".src ="};
        }
        if (s >= 3 && isPunctuator(t[s - 1], "=") && ident(s - 2, "href") && isMemberDot(t, s - 3))
            return {ResourceKind::Reference, ".href ="};
        // The only wording that is not code; the Privacy dock shows it translated.
        return {ResourceKind::Reference, QT_TRANSLATE_NOOP("Problems", "URL in script")};
    }

    void collectScript(const CustomCodeDocument &doc, const ScriptBlock &script)
    {
        const auto &t = script.tokens;
        for (size_t i = 0; i < t.size(); ++i) {
            if (t[i].kind != JsTokenKind::String && t[i].kind != JsTokenKind::Template)
                continue;
            // A template chunk before "${" still starts with the address ("https://host/${id}").
            if (urlDomain(t[i].value).empty())
                continue;
            auto [kind, how] = classify(t, i);
            add(kind, t[i].value, std::move(how), doc.area(), doc.positionOf(script, t[i]));
        }
    }

    std::vector<InventoryEntry> &m_entries;
    bool m_truncated = false;
};

} // namespace

const char *resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Script:
        return "script";
    case ResourceKind::Stylesheet:
        return "stylesheet";
    case ResourceKind::Image:
        return "image";
    case ResourceKind::Iframe:
        return "iframe";
    case ResourceKind::Media:
        return "media";
    case ResourceKind::Request:
        return "request";
    case ResourceKind::Reference:
        return "reference";
    }
    return "";
}

std::string urlDomain(const std::string &url)
{
    const size_t start = url.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return {};
    const std::string_view rest = std::string_view(url).substr(start);
    const auto startsWithNoCase = [&](std::string_view prefix) {
        if (rest.size() < prefix.size())
            return false;
        for (size_t i = 0; i < prefix.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(rest[i])) != prefix[i])
                return false;
        return true;
    };
    if (!startsWithNoCase("https://") && !startsWithNoCase("http://") && !startsWithNoCase("//"))
        return {};
    // Only the authority matters; the rest may hold template placeholders.
    const size_t hostStart = rest.find("//") + 2;
    const size_t hostEnd = rest.find_first_of("/?#\\ \t\r\n`'\"", hostStart);
    const std::string authority(
        rest.substr(hostStart, hostEnd == std::string_view::npos ? std::string_view::npos : hostEnd - hostStart));
    const QUrl parsed(QStringLiteral("https://") + QString::fromStdString(authority), QUrl::StrictMode);
    if (!parsed.isValid())
        return {};
    const QString host = parsed.host().toLower();
    if (host.isEmpty() || (!host.contains(QLatin1Char('.')) && host != QLatin1String("localhost")))
        return {};
    return host.toStdString();
}

bool isKnownTrackerDomain(const std::string &domain)
{
    return trackerForHost(domain) != nullptr;
}

std::vector<std::string> ThirdPartyInventory::domainNames() const
{
    std::vector<std::string> out;
    for (const auto &g : domains)
        out.push_back(g.domain);
    return out;
}

ThirdPartyInventory buildThirdPartyInventory(const ParsedCustomCode &parsed)
{
    std::vector<InventoryEntry> entries;
    Collector collector(entries);
    for (const CustomCodeDocument *doc : parsed.areas())
        collector.collect(*doc);

    std::map<std::string, DomainGroup> byDomain;
    for (auto &entry : entries) {
        const std::string domain = urlDomain(entry.url);
        DomainGroup &group = byDomain[domain];
        group.domain = domain;
        if (const TrackerEntity *tracker = trackerForHost(domain)) {
            group.knownTracker = true;
            group.tracker = tracker->name;
        }
        group.entries.push_back(std::move(entry));
    }
    ThirdPartyInventory inventory;
    inventory.truncated = collector.truncated();
    for (auto &[domain, group] : byDomain) {
        std::stable_sort(group.entries.begin(), group.entries.end(),
                         [](const InventoryEntry &a, const InventoryEntry &b) {
                             return std::make_tuple(a.area, a.position.line, a.position.column)
                                    < std::make_tuple(b.area, b.position.line, b.position.column);
                         });
        inventory.domains.push_back(std::move(group));
    }
    return inventory;
}

ThirdPartyInventory buildThirdPartyInventory(const CustomCode &code)
{
    return buildThirdPartyInventory(ParsedCustomCode(code));
}

} // namespace callstudio
