// What an integrator's web team needs to embed the widget: the iframe with the design's
// URL context, the Content-Security-Policy and frame-ancestors entries, the HTTPS
// requirement and a parent-page listener for the widget's events. Each item stands alone
// (one "Copy" button each); embedSnippetText() is all of them, as `callstudio snippet` prints.
#pragma once

#include "model/WidgetDesign.h"

#include <string>

namespace callstudio {

// Placeholder origin of the widget service: the product documents no public widget
// host, so the snippet uses the reserved example domain for the integrator to replace.
inline constexpr const char *kWidgetServiceOrigin = "https://widget.example.com";

struct EmbedGuidance
{
    std::string widgetUrl;             // origin + "/w/<appId>?ctx.<key>=<value>…", percent-encoded
    std::string iframeSnippet;         // <iframe … allow="microphone">
    std::string contentSecurityPolicy; // the frame-src / child-src entries of the page's CSP
    std::string frameAncestors;        // what the widget's frame-ancestors must list, and how
    std::string httpsRequirement;
    std::string parentListener; // <script> reading the event envelope {name, data, timestamp}
};

EmbedGuidance buildEmbedGuidance(const WidgetDesign &design);

// Every item with a heading, in the order a web team applies them.
std::string embedSnippetText(const WidgetDesign &design);

} // namespace callstudio
