#include "WidgetDesign.h"

#include <algorithm>
#include <set>

namespace callstudio {

std::string LocalizedText::resolve(const std::string &locale, const std::string &defaultLocale) const
{
    if (auto it = byLocale.find(locale); it != byLocale.end())
        return it->second;
    if (auto it = byLocale.find(defaultLocale); it != byLocale.end())
        return it->second;
    return {};
}

bool LocalizedText::has(const std::string &locale) const
{
    auto it = byLocale.find(locale);
    return it != byLocale.end() && !it->second.empty();
}

bool LocalizedText::isEmpty() const
{
    return std::all_of(byLocale.begin(), byLocale.end(), [](const auto &kv) { return kv.second.empty(); });
}

bool Block::operator==(const Block &o) const
{
    return id == o.id && kind == o.kind && align == o.align && text == o.text && activeText == o.activeText
           && headingLevel == o.headingLevel && variant == o.variant && url == o.url && linkLabel == o.linkLabel
           && altText == o.altText && size == o.size && form == o.form && survey == o.survey;
}

bool WidgetDesign::operator==(const WidgetDesign &o) const
{
    return appId == o.appId && name == o.name && defaultLocale == o.defaultLocale && locales == o.locales
           && theme == o.theme && states == o.states && errorMessages == o.errorMessages
           && businessHours == o.businessHours && urlContext == o.urlContext && customCode == o.customCode
           && routing == o.routing;
}

std::string WidgetDesign::freshBlockId() const
{
    std::set<std::string> used;
    for (const auto &s : states)
        for (const auto &b : s.blocks)
            used.insert(b.id);
    for (size_t n = used.size() + 1;; ++n) {
        std::string candidate = "b" + std::to_string(n);
        if (!used.count(candidate))
            return candidate;
    }
}

namespace {

template <typename Enum, size_t N> struct NameTable
{
    std::array<std::pair<Enum, const char *>, N> entries;

    const char *name(Enum e) const
    {
        for (const auto &[value, text] : entries)
            if (value == e)
                return text;
        return "";
    }
    std::optional<Enum> parse(const std::string &s) const
    {
        for (const auto &[value, text] : entries)
            if (s == text)
                return value;
        return std::nullopt;
    }
};

constexpr NameTable<WidgetState, 6> kStateNames{{{
    {WidgetState::Idle, "idle"},
    {WidgetState::Connecting, "connecting"},
    {WidgetState::InCall, "in_call"},
    {WidgetState::Ended, "ended"},
    {WidgetState::Error, "error"},
    {WidgetState::Closed, "closed"},
}}};

constexpr NameTable<BlockKind, 12> kBlockKindNames{{{
    {BlockKind::Heading, "heading"},
    {BlockKind::Paragraph, "paragraph"},
    {BlockKind::Disclosure, "disclosure"},
    {BlockKind::CallButton, "call_button"},
    {BlockKind::HangupButton, "hangup_button"},
    {BlockKind::MuteButton, "mute_button"},
    {BlockKind::CallTimer, "call_timer"},
    {BlockKind::Image, "image"},
    {BlockKind::Link, "link"},
    {BlockKind::Spacer, "spacer"},
    {BlockKind::PreCallForm, "pre_call_form"},
    {BlockKind::Survey, "survey"},
}}};

constexpr NameTable<Alignment, 3> kAlignmentNames{{{
    {Alignment::Start, "start"},
    {Alignment::Center, "center"},
    {Alignment::End, "end"},
}}};

constexpr NameTable<ButtonVariant, 2> kVariantNames{{{
    {ButtonVariant::Primary, "primary"},
    {ButtonVariant::Secondary, "secondary"},
}}};

constexpr NameTable<FieldType, 5> kFieldTypeNames{{{
    {FieldType::Text, "text"},
    {FieldType::Email, "email"},
    {FieldType::Tel, "tel"},
    {FieldType::Select, "select"},
    {FieldType::Checkbox, "checkbox"},
}}};

constexpr NameTable<RatingStyle, 2> kRatingStyleNames{{{
    {RatingStyle::Stars, "stars"},
    {RatingStyle::Numbers, "numbers"},
}}};

constexpr NameTable<LauncherPosition, 2> kPositionNames{{{
    {LauncherPosition::BottomRight, "bottom-right"},
    {LauncherPosition::BottomLeft, "bottom-left"},
}}};

constexpr NameTable<CallErrorCode, 6> kErrorCodeNames{{{
    {CallErrorCode::MicDenied, "mic_denied"},
    {CallErrorCode::MicUnavailable, "mic_unavailable"},
    {CallErrorCode::MediaFailure, "media_failure"},
    {CallErrorCode::Network, "network"},
    {CallErrorCode::SessionRejected, "session_rejected"},
    {CallErrorCode::NoProvider, "no_provider"},
}}};

} // namespace

const char *stateName(WidgetState s)
{
    return kStateNames.name(s);
}
std::optional<WidgetState> stateFromName(const std::string &n)
{
    return kStateNames.parse(n);
}
const char *blockKindName(BlockKind k)
{
    return kBlockKindNames.name(k);
}
std::optional<BlockKind> blockKindFromName(const std::string &n)
{
    return kBlockKindNames.parse(n);
}
const char *alignmentName(Alignment a)
{
    return kAlignmentNames.name(a);
}
std::optional<Alignment> alignmentFromName(const std::string &n)
{
    return kAlignmentNames.parse(n);
}
const char *buttonVariantName(ButtonVariant v)
{
    return kVariantNames.name(v);
}
std::optional<ButtonVariant> buttonVariantFromName(const std::string &n)
{
    return kVariantNames.parse(n);
}
const char *fieldTypeName(FieldType t)
{
    return kFieldTypeNames.name(t);
}
std::optional<FieldType> fieldTypeFromName(const std::string &n)
{
    return kFieldTypeNames.parse(n);
}
const char *ratingStyleName(RatingStyle s)
{
    return kRatingStyleNames.name(s);
}
std::optional<RatingStyle> ratingStyleFromName(const std::string &n)
{
    return kRatingStyleNames.parse(n);
}
const char *launcherPositionName(LauncherPosition p)
{
    return kPositionNames.name(p);
}
std::optional<LauncherPosition> launcherPositionFromName(const std::string &n)
{
    return kPositionNames.parse(n);
}
const char *callErrorCodeName(CallErrorCode c)
{
    return kErrorCodeNames.name(c);
}
std::optional<CallErrorCode> callErrorCodeFromName(const std::string &n)
{
    return kErrorCodeNames.parse(n);
}

const char *weekdayName(int mondayBasedIndex)
{
    static constexpr const char *kNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};
    return mondayBasedIndex >= 0 && mondayBasedIndex < 7 ? kNames[mondayBasedIndex] : "";
}

BlockKindUses blockKindUses(BlockKind k)
{
    BlockKindUses u;
    switch (k) {
    case BlockKind::Heading:
        u.text = u.headingLevel = true;
        break;
    case BlockKind::Paragraph:
        u.text = true;
        break;
    case BlockKind::Disclosure:
        u.text = u.url = u.linkLabel = true;
        break;
    case BlockKind::CallButton:
    case BlockKind::HangupButton:
        u.text = u.variant = true;
        break;
    case BlockKind::MuteButton:
        u.text = u.activeText = u.variant = true;
        break;
    case BlockKind::CallTimer:
        u.text = true;
        break;
    case BlockKind::Image:
        u.url = u.altText = u.size = true;
        break;
    case BlockKind::Link:
        u.text = u.url = true;
        break;
    case BlockKind::Spacer:
        u.size = true;
        break;
    case BlockKind::PreCallForm:
        u.form = true;
        break;
    case BlockKind::Survey:
        u.survey = true;
        break;
    }
    return u;
}

Block makeStarterBlock(BlockKind kind, std::string id, const std::string &locale)
{
    Block b;
    b.id = std::move(id);
    b.kind = kind;
    auto say = [&](LocalizedText &t, const char *s) { t.set(locale, s); };
    switch (kind) {
    case BlockKind::Heading:
        say(b.text, "Talk to us");
        break;
    case BlockKind::Paragraph:
        say(b.text, "We usually answer within a minute.");
        break;
    case BlockKind::Disclosure:
        say(b.text, "This call is processed by our support team. Tapping Call asks for your microphone.");
        say(b.linkLabel, "Privacy notice");
        break;
    case BlockKind::CallButton:
        say(b.text, "Call us");
        b.align = Alignment::Center;
        break;
    case BlockKind::HangupButton:
        say(b.text, "Hang up");
        b.align = Alignment::Center;
        break;
    case BlockKind::MuteButton:
        say(b.text, "Mute");
        say(b.activeText, "Unmute");
        b.variant = ButtonVariant::Secondary;
        b.align = Alignment::Center;
        break;
    case BlockKind::CallTimer:
        say(b.text, "Call time");
        b.align = Alignment::Center;
        break;
    case BlockKind::Image:
        say(b.altText, "Logo");
        b.size = 120;
        break;
    case BlockKind::Link:
        say(b.text, "Help centre");
        break;
    case BlockKind::Spacer:
        b.size = 16;
        break;
    case BlockKind::PreCallForm: {
        FormField name;
        name.key = "name";
        name.type = FieldType::Text;
        say(name.label, "Your name");
        b.form.fields.push_back(std::move(name));
        break;
    }
    case BlockKind::Survey:
        say(b.survey.question, "How was your call?");
        say(b.survey.submitLabel, "Send");
        say(b.survey.thanks, "Thank you for your feedback.");
        break;
    }
    return b;
}

WidgetDesign makeStarterDesign()
{
    WidgetDesign d;
    d.appId = "app_new_widget";
    d.name = "New widget";
    const std::string en = "en";
    auto add = [&](WidgetState s, BlockKind k) {
        d.state(s).blocks.push_back(makeStarterBlock(k, d.freshBlockId(), en));
    };
    add(WidgetState::Idle, BlockKind::Heading);
    add(WidgetState::Idle, BlockKind::Disclosure);
    add(WidgetState::Idle, BlockKind::CallButton);
    add(WidgetState::Connecting, BlockKind::Paragraph);
    d.state(WidgetState::Connecting).blocks.back().text.set(en, "Connecting you to an agent…");
    add(WidgetState::Connecting, BlockKind::HangupButton); // the visitor can cancel while it rings
    d.state(WidgetState::Connecting).blocks.back().text.set(en, "Cancel");
    add(WidgetState::InCall, BlockKind::CallTimer);
    add(WidgetState::InCall, BlockKind::MuteButton);
    add(WidgetState::InCall, BlockKind::HangupButton);
    add(WidgetState::Ended, BlockKind::Survey);
    add(WidgetState::Error, BlockKind::Paragraph);
    d.state(WidgetState::Error).blocks.back().text.set(en, "The call could not be connected.");
    add(WidgetState::Closed, BlockKind::Paragraph);
    d.state(WidgetState::Closed)
        .blocks.back()
        .text.set(en, "We are closed right now. Please come back during opening hours.");

    for (auto code : kAllCallErrorCodes)
        d.errorMessages[code].set(en, defaultErrorMessage(code));
    return d;
}

const char *defaultErrorMessage(CallErrorCode c)
{
    switch (c) {
    case CallErrorCode::MicDenied:
        return "Microphone access was blocked. Allow it in your browser to call.";
    case CallErrorCode::MicUnavailable:
        return "No microphone was found on this device.";
    case CallErrorCode::MediaFailure:
        return "The audio connection failed.";
    case CallErrorCode::Network:
        return "The network connection was lost.";
    case CallErrorCode::SessionRejected:
        return "The call was not accepted. Please try again later.";
    case CallErrorCode::NoProvider:
        return "Calling is not available right now.";
    }
    return "";
}

namespace {

// One search for both constnesses: `Design` is WidgetDesign or const WidgetDesign.
template <typename Design>
auto findBlockInAny(Design &design, const std::string &blockId) -> decltype(&design.states.front().blocks.front())
{
    for (auto &state : design.states)
        for (auto &b : state.blocks)
            if (b.id == blockId)
                return &b;
    return nullptr;
}

} // namespace

Block *findBlockIn(WidgetDesign &design, const std::string &blockId)
{
    return findBlockInAny(design, blockId);
}

const Block *findBlockIn(const WidgetDesign &design, const std::string &blockId)
{
    return findBlockInAny(design, blockId);
}

} // namespace callstudio
