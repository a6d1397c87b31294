// The privacy manifest exported with a design: what data the widget touches (the four
// categories of the product's privacy page, filled in from this design), which third
// parties its custom code talks to, how the sandbox handles cookies, and a privacy-notice
// section plus a sample consent text in every design locale. A starting point for the
// operator, marked as not legal advice.
#pragma once

#include "CustomCodeDocument.h"
#include "model/WidgetDesign.h"

#include <string>
#include <vector>

namespace callstudio {

struct DataCategory
{
    std::string name;                      // "Identifiers", …
    std::string examples;                  // the product's own examples
    std::vector<std::string> inThisDesign; // what this design adds or says about it
};

struct ThirdPartyDomain
{
    std::string domain;
    bool knownTracker = false;
    std::vector<std::string> foundAt; // "script (<script src>), Body end HTML line 1"
};

struct LocaleNotice
{
    std::string locale;           // the design locale
    std::string templateLanguage; // "en", "fr", "de" or "es"
    std::string fallbackNote;     // set when the locale has no template of its own
    std::string heading;
    std::vector<std::string> paragraphs;
    std::string consentText;
};

struct PrivacyManifest
{
    std::string designName;
    std::string appId;
    std::string notLegalAdvice;
    std::vector<DataCategory> categories;
    std::vector<ThirdPartyDomain> thirdParties;
    bool inventoryTruncated = false;
    std::string cookiesNote;
    std::vector<std::string> checklist; // what the operator still has to do, in seed 002's terms
    std::vector<LocaleNotice> notices;  // one per design locale, in the design's order
};

PrivacyManifest buildPrivacyManifest(const WidgetDesign &design);
// Same, reusing custom code already parsed for the lint (`parsed` of design.customCode).
PrivacyManifest buildPrivacyManifest(const WidgetDesign &design, const ParsedCustomCode &parsed);

std::string manifestToMarkdown(const PrivacyManifest &manifest);
// A complete, self-contained HTML document.
std::string manifestToHtml(const PrivacyManifest &manifest);

} // namespace callstudio
