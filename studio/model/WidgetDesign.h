// The widget design: one plain C++ value that every view of Call Studio reads.
// No Qt types here, so the model can be copied, compared and serialised freely.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace callstudio {

// A visible string in every locale of the design. A locale without its own
// text falls back to the design's default locale.
struct LocalizedText
{
    std::map<std::string, std::string> byLocale;

    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<const std::string, std::string>> init)
        : byLocale(init)
    {
    }

    // The text shown for `locale`: its own text, else the default locale's, else "".
    std::string resolve(const std::string &locale, const std::string &defaultLocale) const;
    bool has(const std::string &locale) const;
    bool isEmpty() const;
    void set(const std::string &locale, std::string text) { byLocale[locale] = std::move(text); }

    bool operator==(const LocalizedText &o) const { return byLocale == o.byLocale; }
    bool operator!=(const LocalizedText &o) const { return !(*this == o); }
};

enum class WidgetState { Idle, Connecting, InCall, Ended, Error, Closed };
inline constexpr std::array<WidgetState, 6> kAllStates{WidgetState::Idle,   WidgetState::Connecting,
                                                       WidgetState::InCall, WidgetState::Ended,
                                                       WidgetState::Error,  WidgetState::Closed};

enum class BlockKind {
    Heading,
    Paragraph,
    Disclosure,
    CallButton,
    HangupButton,
    MuteButton,
    CallTimer,
    Image,
    Link,
    Spacer,
    PreCallForm,
    Survey,
};
inline constexpr std::array<BlockKind, 12> kAllBlockKinds{
    BlockKind::Heading,      BlockKind::Paragraph,  BlockKind::Disclosure,  BlockKind::CallButton,
    BlockKind::HangupButton, BlockKind::MuteButton, BlockKind::CallTimer,   BlockKind::Image,
    BlockKind::Link,         BlockKind::Spacer,     BlockKind::PreCallForm, BlockKind::Survey};

enum class Alignment { Start, Center, End };
enum class ButtonVariant { Primary, Secondary };
enum class FieldType { Text, Email, Tel, Select, Checkbox };
enum class RatingStyle { Stars, Numbers };
enum class LauncherPosition { BottomRight, BottomLeft };

struct SelectOption
{
    std::string value;
    LocalizedText label;
    bool operator==(const SelectOption &o) const { return value == o.value && label == o.label; }
};

struct FormField
{
    std::string key;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText placeholder;
    bool required = false;
    std::vector<SelectOption> options; // FieldType::Select only

    bool operator==(const FormField &o) const
    {
        return key == o.key && type == o.type && label == o.label && placeholder == o.placeholder
               && required == o.required && options == o.options;
    }
};

struct ConsentCheckbox
{
    LocalizedText label;
    bool required = true;
    bool operator==(const ConsentCheckbox &o) const { return label == o.label && required == o.required; }
};

struct PreCallForm
{
    std::vector<FormField> fields;
    std::optional<ConsentCheckbox> consent;
    bool operator==(const PreCallForm &o) const { return fields == o.fields && consent == o.consent; }
};

struct SurveySpec
{
    LocalizedText question;
    int scaleMin = 1;
    int scaleMax = 5;
    RatingStyle style = RatingStyle::Stars;
    bool commentEnabled = false;
    LocalizedText commentLabel;
    LocalizedText commentPlaceholder;
    LocalizedText submitLabel;
    LocalizedText thanks;

    bool operator==(const SurveySpec &o) const
    {
        return question == o.question && scaleMin == o.scaleMin && scaleMax == o.scaleMax && style == o.style
               && commentEnabled == o.commentEnabled && commentLabel == o.commentLabel
               && commentPlaceholder == o.commentPlaceholder && submitLabel == o.submitLabel && thanks == o.thanks;
    }
};

// One block of a state's layout. The kind decides which members are meaningful
// (see blockKindUses()); the others keep their defaults and are not saved.
struct Block
{
    std::string id;
    BlockKind kind = BlockKind::Paragraph;
    Alignment align = Alignment::Start;

    LocalizedText text;       // heading, paragraph, disclosure, button and link labels, timer prefix
    LocalizedText activeText; // mute button: label while muted
    int headingLevel = 2;     // heading: 1..3
    ButtonVariant variant = ButtonVariant::Primary;
    std::string url;         // link target, image source, disclosure privacy-notice link
    LocalizedText linkLabel; // disclosure: label of the privacy-notice link
    LocalizedText altText;   // image
    int size = 0;            // spacer height / image width in px (0 = natural)
    PreCallForm form;
    SurveySpec survey;

    bool operator==(const Block &o) const;
    bool operator!=(const Block &o) const { return !(*this == o); }
};

struct StateLayout
{
    std::vector<Block> blocks;
    bool operator==(const StateLayout &o) const { return blocks == o.blocks; }
};

struct ThemeColors
{
    std::string primary = "#1a73e8";
    std::string onPrimary = "#ffffff";
    std::string background = "#ffffff";
    std::string onBackground = "#1f1f1f";
    std::string surface = "#f1f3f4";
    std::string text = "#1f1f1f";
    std::string muted = "#5f6368";
    std::string error = "#c5221f";

    bool operator==(const ThemeColors &o) const
    {
        return primary == o.primary && onPrimary == o.onPrimary && background == o.background
               && onBackground == o.onBackground && surface == o.surface && text == o.text && muted == o.muted
               && error == o.error;
    }
};

struct Theme
{
    ThemeColors colors;
    std::string fontFamily = "system-ui, sans-serif";
    int cornerRadius = 12;
    LauncherPosition position = LauncherPosition::BottomRight;
    int offsetX = 24;
    int offsetY = 24;
    int width = 360;

    bool operator==(const Theme &o) const
    {
        return colors == o.colors && fontFamily == o.fontFamily && cornerRadius == o.cornerRadius
               && position == o.position && offsetX == o.offsetX && offsetY == o.offsetY && width == o.width;
    }
};

// "HH:MM" strings, kept as typed so a bad value can be reported where it stands.
struct TimeWindow
{
    std::string open;
    std::string close;
    bool operator==(const TimeWindow &o) const { return open == o.open && close == o.close; }
};

struct HoursException
{
    std::string date; // YYYY-MM-DD
    bool closed = true;
    std::vector<TimeWindow> windows; // when not closed all day
    LocalizedText label;
    bool operator==(const HoursException &o) const
    {
        return date == o.date && closed == o.closed && windows == o.windows && label == o.label;
    }
};

struct BusinessHours
{
    bool alwaysOpen = true;
    std::string timezone = "UTC";
    std::array<std::vector<TimeWindow>, 7> weekly; // Monday .. Sunday
    std::vector<HoursException> exceptions;
    bool operator==(const BusinessHours &o) const
    {
        return alwaysOpen == o.alwaysOpen && timezone == o.timezone && weekly == o.weekly && exceptions == o.exceptions;
    }
};

struct CustomCode
{
    std::string headHtml;
    std::string bodyEndHtml;
    bool operator==(const CustomCode &o) const { return headHtml == o.headHtml && bodyEndHtml == o.bodyEndHtml; }
};

struct Routing
{
    std::optional<std::string> destinationId; // nullopt = default call profile
    std::optional<std::string> routingKey;
    bool operator==(const Routing &o) const { return destinationId == o.destinationId && routingKey == o.routingKey; }
};

// Error codes of the `call_error` event; each has a visitor-facing message.
enum class CallErrorCode { MicDenied, MicUnavailable, MediaFailure, Network, SessionRejected, NoProvider };
inline constexpr std::array<CallErrorCode, 6> kAllCallErrorCodes{
    CallErrorCode::MicDenied, CallErrorCode::MicUnavailable,  CallErrorCode::MediaFailure,
    CallErrorCode::Network,   CallErrorCode::SessionRejected, CallErrorCode::NoProvider};

struct WidgetDesign
{
    static constexpr int kSchemaVersion = 1;

    std::string appId;
    std::string name;
    std::string defaultLocale = "en";
    std::vector<std::string> locales{"en"};
    Theme theme;
    std::array<StateLayout, 6> states; // indexed by WidgetState
    std::map<CallErrorCode, LocalizedText> errorMessages;
    BusinessHours businessHours;
    std::map<std::string, std::string> urlContext;
    CustomCode customCode;
    Routing routing;

    StateLayout &state(WidgetState s) { return states[static_cast<size_t>(s)]; }
    const StateLayout &state(WidgetState s) const { return states[static_cast<size_t>(s)]; }

    // A block id not used anywhere in the design yet ("b1", "b2", …).
    std::string freshBlockId() const;

    bool operator==(const WidgetDesign &o) const;
    bool operator!=(const WidgetDesign &o) const { return !(*this == o); }
};

// Names used in files, events and the UI's identifiers. Parsing returns
// nullopt for an unknown name.
const char *stateName(WidgetState s);
std::optional<WidgetState> stateFromName(const std::string &name);
const char *blockKindName(BlockKind k);
std::optional<BlockKind> blockKindFromName(const std::string &name);
const char *alignmentName(Alignment a);
std::optional<Alignment> alignmentFromName(const std::string &name);
const char *buttonVariantName(ButtonVariant v);
std::optional<ButtonVariant> buttonVariantFromName(const std::string &name);
const char *fieldTypeName(FieldType t);
std::optional<FieldType> fieldTypeFromName(const std::string &name);
const char *ratingStyleName(RatingStyle s);
std::optional<RatingStyle> ratingStyleFromName(const std::string &name);
const char *launcherPositionName(LauncherPosition p);
std::optional<LauncherPosition> launcherPositionFromName(const std::string &name);
const char *callErrorCodeName(CallErrorCode c);
// The visitor-facing message of a call error when the design gives none (English): the
// starter design's texts and the widget runtime's fallback.
const char *defaultErrorMessage(CallErrorCode c);
std::optional<CallErrorCode> callErrorCodeFromName(const std::string &name);
const char *weekdayName(int mondayBasedIndex); // "monday" .. "sunday"

// Which optional members a block kind uses; the file format and the editors
// follow this one table.
struct BlockKindUses
{
    bool text = false;
    bool activeText = false;
    bool headingLevel = false;
    bool variant = false;
    bool url = false;
    bool linkLabel = false;
    bool altText = false;
    bool size = false;
    bool form = false;
    bool survey = false;
};
BlockKindUses blockKindUses(BlockKind k);

// A new block of `kind` with sensible starter texts in `locale`.
Block makeStarterBlock(BlockKind kind, std::string id, const std::string &locale);

// The starter design written by `callstudio new` and File ▸ New.
WidgetDesign makeStarterDesign();

// The block with `blockId` in `design`, or nullptr.
Block *findBlockIn(WidgetDesign &design, const std::string &blockId);
const Block *findBlockIn(const WidgetDesign &design, const std::string &blockId);

} // namespace callstudio
