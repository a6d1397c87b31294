#include "DesignGenerator.h"

#include "io/DesignJson.h"

#include <string>

namespace callstudio::bench {

namespace {

const char *const kLocales[] = {"en", "es", "fr", "de", "it", "pt", "nl", "pl", "sv", "da", "fi", "cs"};

LocalizedText textInAllLocales(const std::string &base)
{
    LocalizedText t;
    for (const char *locale : kLocales)
        t.set(locale, base + " (" + locale + ")");
    return t;
}

std::string customCodeOfSize(size_t bytes)
{
    std::string code = "<script>\n";
    for (int i = 0; code.size() < bytes; ++i)
        code += "  window.c2c.on('call_ended', (e) => { window.dataLayer.push({ event: 'c2c_call_ended_"
                + std::to_string(i) + "', duration: e.duration, reason: e.reason, context: e.context }); });\n";
    return code + "</script>\n";
}

} // namespace

WidgetDesign generateLargeDesign(size_t targetBytes)
{
    WidgetDesign d = makeStarterDesign();
    d.appId = "app_benchmark";
    d.name = "Benchmark design";
    d.locales.assign(std::begin(kLocales), std::end(kLocales));
    for (auto &[code, text] : d.errorMessages)
        text = textInAllLocales(text.resolve("en", "en"));
    for (auto &state : d.states)
        for (auto &b : state.blocks) {
            b.text = textInAllLocales("Starter text");
            b.activeText = b.kind == BlockKind::MuteButton ? textInAllLocales("Unmute") : LocalizedText{};
            b.linkLabel = b.kind == BlockKind::Disclosure ? textInAllLocales("Privacy notice") : LocalizedText{};
            if (b.kind == BlockKind::Survey) {
                b.survey.question = textInAllLocales("How was your call?");
                b.survey.submitLabel = textInAllLocales("Send");
                b.survey.thanks = textInAllLocales("Thank you");
            }
        }
    for (int day = 0; day < 5; ++day)
        d.businessHours.weekly[static_cast<size_t>(day)] = {{"08:00", "13:30"}, {"15:00", "19:00"}};
    d.businessHours.alwaysOpen = false;
    d.businessHours.timezone = "Europe/Madrid";
    for (int i = 0; i < 40; ++i)
        d.urlContext["key" + std::to_string(i)] = "value " + std::to_string(i);

    // A quarter of the budget in custom code, the rest in blocks spread over the states.
    d.customCode.headHtml = customCodeOfSize(targetBytes / 8);
    d.customCode.bodyEndHtml = customCodeOfSize(targetBytes / 8);
    const BlockKind cycle[] = {BlockKind::Heading, BlockKind::Paragraph, BlockKind::Link,
                               BlockKind::Image,   BlockKind::Spacer,    BlockKind::PreCallForm};
    size_t n = 0;
    while (designToCanonicalText(d).size() < targetBytes) {
        for (int batch = 0; batch < 20; ++batch, ++n) {
            // Idle keeps its call button last, so the layout rules still hold.
            const auto state = kAllStates[1 + n % 5];
            Block b = makeStarterBlock(cycle[n % 6], d.freshBlockId(), "en");
            b.text = textInAllLocales("Block " + std::to_string(n) + " says something useful to the visitor");
            b.altText = textInAllLocales("Logo " + std::to_string(n));
            if (b.kind == BlockKind::Link || b.kind == BlockKind::Image)
                b.url = "https://www.example.com/page/" + std::to_string(n);
            for (auto &field : b.form.fields) {
                field.key = "field" + std::to_string(n);
                field.label = textInAllLocales("Field " + std::to_string(n));
            }
            d.state(state).blocks.push_back(std::move(b));
        }
    }
    return d;
}

} // namespace callstudio::bench
