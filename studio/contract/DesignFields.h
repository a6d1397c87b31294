// Every field of a design, once: the one walk over a WidgetDesign that the checks,
// the privacy checks, locale add/remove and the problems list share. Each field comes
// with its JSON Pointer in the design file, so no caller types a pointer by hand.
#pragma once

#include "contract/DesignPointers.h"
#include "contract/JsonPointer.h"
#include "contract/UrlPolicy.h"
#include "model/WidgetDesign.h"

#include <functional>
#include <optional>
#include <string>

namespace callstudio {

// What a field holds, which decides its format (see FieldConstraints.h).
enum class FieldKind { LocalizedText, Url, Color, Time, Date, Id, Key, LocaleCode, TimeZone, PlainText, Html };

// Which member of the design a field is.
enum class FieldRole {
    AppId,
    Name,
    DefaultLocale,
    AvailableLocale,
    ThemeColor,
    FontFamily,
    BlockId,
    BlockText,
    BlockActiveText,
    BlockUrl,
    BlockLinkLabel,
    BlockAltText,
    FormFieldKey,
    FormFieldLabel,
    FormFieldPlaceholder,
    OptionValue,
    OptionLabel,
    ConsentLabel,
    SurveyQuestion,
    SurveyCommentLabel,
    SurveyCommentPlaceholder,
    SurveySubmitLabel,
    SurveyThanks,
    ErrorMessage,
    TimeZone,
    WindowOpen,
    WindowClose,
    ExceptionDate,
    ExceptionLabel,
    ContextKey,
    ContextValue,
    HeadHtml,
    BodyEndHtml,
    DestinationId,
    RoutingKey,
};

struct DesignField
{
    explicit DesignField(const JsonPointer &at)
        : pointer(at)
    {
    }

    FieldKind kind = FieldKind::PlainText;
    FieldRole role = FieldRole::Name;
    const JsonPointer &pointer;             // valid during the visit only
    const LocalizedText *text = nullptr;    // FieldKind::LocalizedText
    const std::string *value = nullptr;     // every other kind
    bool valueIsMemberName = false;         // a URL context key: the last token of `pointer`
    UrlUse urlUse = UrlUse::Link;           // FieldKind::Url
    std::optional<WidgetState> state;       // of the owning block
    const Block *block = nullptr;           // the owning block, if any
    size_t blockIndex = 0;                  // in its state
    const FormField *formField = nullptr;   // the owning form field, if any
    const SelectOption *option = nullptr;   // the owning select option, if any
    const HoursException *hours = nullptr;  // the owning business-hours exception, if any
    std::optional<CallErrorCode> errorCode; // FieldRole::ErrorMessage
};

using FieldVisitor = std::function<void(const DesignField &)>;

// Every field the design file holds for `design`, in the file's order, string-valued
// fields and texts only (numbers, booleans and names of enums are not fields here).
// A member a block kind does not use is not visited, as it is not saved.
void forEachField(const WidgetDesign &design, const FieldVisitor &visit);

// Every text of `design`, mutable, with its pointer: the texts forEachField visits.
void forEachText(WidgetDesign &design, const std::function<void(LocalizedText &, const JsonPointer &)> &visit);

// Where a pointer leads in the design: a state and block, or one of the widget-wide
// sections ("theme", "customCode" …). Malformed pointers lead nowhere.
struct DesignPlace
{
    std::string section;                       // first token, "" for the whole file
    DesignSection area = DesignSection::Other; // the section named by `section`
    std::optional<WidgetState> state;          // section "states"
    std::optional<size_t> blockIndex;          // "/states/<s>/blocks/<i>…"
    JsonPointer inBlock;                       // the rest after the block, "" when none
    JsonPointer inSection;                     // the rest after the section
};
DesignPlace placeOf(const std::string &pointer);

} // namespace callstudio
