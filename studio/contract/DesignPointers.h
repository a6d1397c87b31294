// The JSON Pointers of the design file's members: the one place their tokens are
// written. The field walk (DesignFields.h) and the editors that register under a pointer
// both build them here, so a problem's pointer always names the editor's pointer.
#pragma once

#include "contract/JsonPointer.h"
#include "model/WidgetDesign.h"

#include <string>

namespace callstudio {

// ---- widget-wide members (absolute pointers)

// The parts of the file a pointer can lead into that have a dock or page of their own.
enum class DesignSection { Other, Theme, States, ErrorMessages, BusinessHours, UrlContext, CustomCode };
JsonPointer sectionPointer(DesignSection section);         // "/theme", "/states" …; "" for Other
DesignSection sectionNamed(const std::string &firstToken); // "theme" → Theme, unknown → Other

enum class DesignMember {
    AppId,
    Name,
    Locales,
    DefaultLocale,
    AvailableLocales,
    ErrorMessages,
    DestinationId,
    RoutingKey
};
JsonPointer designMemberPointer(DesignMember member);    // "/appId", "/locales/default" …
JsonPointer availableLocalePointer(size_t index);        // "/locales/available/<i>"
JsonPointer errorMessagePointer(CallErrorCode code);     // "/errorMessages/<code>"
JsonPointer contextEntryPointer(const std::string &key); // "/urlContext/<key>", escaped

enum class ThemeMember { FontFamily, CornerRadius, Width, Launcher, OffsetX, OffsetY };
JsonPointer themeMemberPointer(ThemeMember member);    // "/theme/fontFamily", "/theme/launcher/offsetX" …
JsonPointer themeColorPointer(const std::string &key); // "/theme/colors/<key>"

enum class CustomCodeMember { HeadHtml, BodyEndHtml };
JsonPointer customCodePointer(CustomCodeMember member); // "/customCode/headHtml" …

// ---- business hours (absolute pointers)

enum class HoursMember { AlwaysOpen, TimeZone, Weekly, Exceptions };
JsonPointer hoursMemberPointer(HoursMember member); // "/businessHours/timezone" …
JsonPointer weekdayWindowsPointer(int day);         // "/businessHours/weekly/<monday…>", day 0 = Monday

enum class ExceptionMember { Date, Closed, Windows, Label };
JsonPointer exceptionPointer(size_t index);                         // "/businessHours/exceptions/<i>"
JsonPointer exceptionPointer(size_t index, ExceptionMember member); // "…/<i>/date" …

enum class WindowEnd { Open, Close };
// A window of a weekday's or an exception's `windows` list: "<windows>/<i>/open".
JsonPointer hoursWindowPointer(const JsonPointer &windows, size_t index, WindowEnd end);

// ---- blocks (absolute)

JsonPointer stateBlocksPointer(WidgetState state);             // "/states/idle/blocks"
JsonPointer blockJsonPointer(WidgetState state, size_t index); // "/states/idle/blocks/2"

// ---- inside a block (pointers relative to the block, what the Properties pages register)

enum class BlockMember { Id, Text, ActiveText, Url, LinkLabel, AltText, Level, Variant, Align, Size };
JsonPointer blockMemberPointer(BlockMember member); // "/text", "/level" …

enum class FormFieldMember { Key, Type, Label, Placeholder, Required, Options };
JsonPointer formFieldsPointer();                                    // "/form/fields"
JsonPointer formFieldPointer(size_t index);                         // "/form/fields/<i>"
JsonPointer formFieldPointer(size_t index, FormFieldMember member); // "/form/fields/<i>/key" …

enum class OptionMember { Value, Label };
JsonPointer formOptionPointer(size_t field, size_t option, OptionMember member); // "…/<i>/options/<j>/value"

JsonPointer consentPointer();      // "/form/consent"
JsonPointer consentLabelPointer(); // "/form/consent/label"

enum class SurveyMember { Question, Scale, CommentLabel, CommentPlaceholder, SubmitLabel, Thanks };
JsonPointer surveyMemberPointer(SurveyMember member); // "/survey/question", "/survey/comment/label" …

} // namespace callstudio
