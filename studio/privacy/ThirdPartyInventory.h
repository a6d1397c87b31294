// Every external address the custom code names in a way that can be read without
// running it: markup that loads something (scripts, stylesheets, images, iframes,
// media, form targets) and requests made from scripts (fetch, sendBeacon, new Image().src,
// XMLHttpRequest.open, import(), and any other absolute URL written in a string).
#pragma once

#include "CustomCodeDocument.h"
#include "model/WidgetDesign.h"

#include <string>
#include <vector>

namespace callstudio {

enum class ResourceKind { Script, Stylesheet, Image, Iframe, Media, Request, Reference };
const char *resourceKindName(ResourceKind kind); // "script", "stylesheet", …

struct InventoryEntry
{
    ResourceKind kind = ResourceKind::Reference;
    std::string url;
    std::string how; // what names it: "<script src>", "fetch()", …
    CodeArea area = CodeArea::Head;
    SourcePosition position;
};

struct DomainGroup
{
    std::string domain; // host, lower case
    bool knownTracker = false;
    std::string tracker;                 // its name in the tracker database ("PostHog"), "" for none
    std::vector<InventoryEntry> entries; // in the order they appear
};

struct ThirdPartyInventory
{
    std::vector<DomainGroup> domains; // sorted by domain
    bool truncated = false;           // more addresses than kMaxInventoryEntries

    std::vector<std::string> domainNames() const;
};

inline constexpr size_t kMaxInventoryEntries = 2000;

ThirdPartyInventory buildThirdPartyInventory(const CustomCode &code);
ThirdPartyInventory buildThirdPartyInventory(const ParsedCustomCode &parsed);

// Host of an absolute http(s) or protocol-relative URL, lower case; "" for anything else.
std::string urlDomain(const std::string &url);

// Whether `domain` is, or is under, a tracker's domain in the tracker database (TrackerDatabase.h).
bool isKnownTrackerDomain(const std::string &domain);

} // namespace callstudio
