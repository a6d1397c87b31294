#include "EmbedGuidance.h"

#include "io/HtmlEscape.h"

#include <QByteArray>

namespace callstudio {

namespace {

std::string percentEncoded(const std::string &s)
{
    return QByteArray::fromStdString(s).toPercentEncoding().toStdString();
}

} // namespace

EmbedGuidance buildEmbedGuidance(const WidgetDesign &design)
{
    EmbedGuidance g;
    const std::string origin = kWidgetServiceOrigin;
    g.widgetUrl = origin + "/w/" + percentEncoded(design.appId);
    char separator = '?';
    for (const auto &[key, value] : design.urlContext) {
        g.widgetUrl += separator + ("ctx." + percentEncoded(key)) + "=" + percentEncoded(value);
        separator = '&';
    }

    const bool left = design.theme.position == LauncherPosition::BottomLeft;
    g.iframeSnippet = "<iframe id=\"c2c-widget\"\n"
                      "  src=\""
                      + htmlEscaped(g.widgetUrl)
                      + "\"\n"
                        "  title=\""
                      + htmlEscaped(design.name.empty() ? "Call us" : design.name)
                      + "\"\n"
                        "  allow=\"microphone\"\n"
                        "  style=\"border:0;width:"
                      + std::to_string(design.theme.width)
                      + "px;height:640px;max-height:100vh;"
                        "position:fixed;bottom:"
                      + std::to_string(design.theme.offsetY) + "px;" + (left ? "left:" : "right:")
                      + std::to_string(design.theme.offsetX)
                      + "px;z-index:2147483000\">\n"
                        "</iframe>\n";
    if (!design.urlContext.empty())
        g.iframeSnippet += "<!-- The ctx.* values are the design's samples: put each visitor's own values there, "
                           "URL-encoded. Never card numbers or health data. -->\n";

    g.contentSecurityPolicy = "Content-Security-Policy: frame-src " + origin + "; child-src " + origin
                              + "\n"
                                "(If your page already sends a Content-Security-Policy, add "
                              + origin + " to its frame-src and child-src directives instead of replacing them.)\n";

    g.frameAncestors =
        "The widget page is served with \"Content-Security-Policy: frame-ancestors <your origins>\", so browsers only "
        "show it inside the sites you allow. Register every origin that embeds app "
        + design.appId
        + " (for example https://www.your-site.example) in the console. The frame-ancestors of your own page only "
          "controls who may frame your page and needs no change for the widget.\n";

    g.httpsRequirement = "Serve the embedding page over HTTPS. Browsers give the microphone (WebRTC) only to secure "
                         "pages, so on an http: "
                         "page the call button cannot start a call; http://localhost works for local testing.\n";

    g.parentListener =
        "<script>\n"
        "  const iframe = document.getElementById('c2c-widget');\n"
        "  window.addEventListener('message', (event) => {\n"
        "    // Only trust messages sent by the widget's own iframe.\n"
        "    if (event.source !== iframe.contentWindow || event.origin !== '"
        + origin
        + "') return;\n"
          "    const { name, data, timestamp } = event.data || {};\n"
          "    if (typeof name !== 'string') return;\n"
          "    switch (name) {\n"
          "      case 'widget_loaded': console.log('Widget ready', timestamp); break;\n"
          "      case 'call_started': console.log('Call started', timestamp, data.context); break;\n"
          "      case 'call_ended': console.log('Call ended after', data.duration, 's,', data.reason); break;\n"
          "      case 'call_error': console.warn('Call failed:', data.code, data.message); break;\n"
          "      case 'survey_submitted': console.log('Survey rating', data.rating); break;\n"
          "      default:\n"
          "        if (name.startsWith('custom:')) console.log('Custom event', name, data);\n"
          "    }\n"
          "  });\n"
          "</script>\n";
    return g;
}

std::string embedSnippetText(const WidgetDesign &design)
{
    const EmbedGuidance g = buildEmbedGuidance(design);
    std::string out;
    out += "# Embed \"" + design.name + "\" (app " + design.appId + ")\n";
    out +=
        "# " + std::string(kWidgetServiceOrigin) + " is a placeholder: use the widget host shown in your console.\n\n";
    out += "## 1. The widget iframe (allow=\"microphone\" is required)\n\n" + g.iframeSnippet + "\n";
    out += "## 2. Content-Security-Policy of your page\n\n" + g.contentSecurityPolicy + "\n";
    out += "## 3. frame-ancestors\n\n" + g.frameAncestors + "\n";
    out += "## 4. HTTPS\n\n" + g.httpsRequirement + "\n";
    out += "## 5. Listening to widget events on your page\n\n" + g.parentListener;
    return out;
}

} // namespace callstudio
