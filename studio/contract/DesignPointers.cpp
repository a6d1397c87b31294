#include "DesignPointers.h"

namespace callstudio {

namespace {

const JsonPointer kRoot;

JsonPointer hoursRoot()
{
    return sectionPointer(DesignSection::BusinessHours);
}

} // namespace

JsonPointer sectionPointer(DesignSection section)
{
    switch (section) {
    case DesignSection::Other:
        return kRoot;
    case DesignSection::Theme:
        return kRoot / "theme";
    case DesignSection::States:
        return kRoot / "states";
    case DesignSection::ErrorMessages:
        return kRoot / "errorMessages";
    case DesignSection::BusinessHours:
        return kRoot / "businessHours";
    case DesignSection::UrlContext:
        return kRoot / "urlContext";
    case DesignSection::CustomCode:
        return kRoot / "customCode";
    }
    return kRoot;
}

DesignSection sectionNamed(const std::string &firstToken)
{
    for (auto s : {DesignSection::Theme, DesignSection::States, DesignSection::ErrorMessages,
                   DesignSection::BusinessHours, DesignSection::UrlContext, DesignSection::CustomCode})
        if (sectionPointer(s).back() == firstToken)
            return s;
    return DesignSection::Other;
}

JsonPointer designMemberPointer(DesignMember member)
{
    switch (member) {
    case DesignMember::AppId:
        return kRoot / "appId";
    case DesignMember::Name:
        return kRoot / "name";
    case DesignMember::Locales:
        return kRoot / "locales";
    case DesignMember::DefaultLocale:
        return kRoot / "locales" / "default";
    case DesignMember::AvailableLocales:
        return kRoot / "locales" / "available";
    case DesignMember::ErrorMessages:
        return sectionPointer(DesignSection::ErrorMessages);
    case DesignMember::DestinationId:
        return kRoot / "routing" / "destinationId";
    case DesignMember::RoutingKey:
        return kRoot / "routing" / "routingKey";
    }
    return kRoot;
}

JsonPointer availableLocalePointer(size_t index)
{
    return designMemberPointer(DesignMember::AvailableLocales) / index;
}

JsonPointer errorMessagePointer(CallErrorCode code)
{
    return designMemberPointer(DesignMember::ErrorMessages) / callErrorCodeName(code);
}

JsonPointer contextEntryPointer(const std::string &key)
{
    return sectionPointer(DesignSection::UrlContext) / key;
}

JsonPointer themeMemberPointer(ThemeMember member)
{
    const JsonPointer theme = sectionPointer(DesignSection::Theme);
    switch (member) {
    case ThemeMember::FontFamily:
        return theme / "fontFamily";
    case ThemeMember::CornerRadius:
        return theme / "cornerRadius";
    case ThemeMember::Width:
        return theme / "width";
    case ThemeMember::Launcher:
        return theme / "launcher";
    case ThemeMember::OffsetX:
        return theme / "launcher" / "offsetX";
    case ThemeMember::OffsetY:
        return theme / "launcher" / "offsetY";
    }
    return theme;
}

JsonPointer themeColorPointer(const std::string &key)
{
    return sectionPointer(DesignSection::Theme) / "colors" / key;
}

JsonPointer customCodePointer(CustomCodeMember member)
{
    return sectionPointer(DesignSection::CustomCode)
           / (member == CustomCodeMember::HeadHtml ? "headHtml" : "bodyEndHtml");
}

JsonPointer hoursMemberPointer(HoursMember member)
{
    switch (member) {
    case HoursMember::AlwaysOpen:
        return hoursRoot() / "alwaysOpen";
    case HoursMember::TimeZone:
        return hoursRoot() / "timezone";
    case HoursMember::Weekly:
        return hoursRoot() / "weekly";
    case HoursMember::Exceptions:
        return hoursRoot() / "exceptions";
    }
    return hoursRoot();
}

JsonPointer weekdayWindowsPointer(int day)
{
    return hoursMemberPointer(HoursMember::Weekly) / weekdayName(day);
}

JsonPointer exceptionPointer(size_t index)
{
    return hoursMemberPointer(HoursMember::Exceptions) / index;
}

JsonPointer exceptionPointer(size_t index, ExceptionMember member)
{
    switch (member) {
    case ExceptionMember::Date:
        return exceptionPointer(index) / "date";
    case ExceptionMember::Closed:
        return exceptionPointer(index) / "closed";
    case ExceptionMember::Windows:
        return exceptionPointer(index) / "windows";
    case ExceptionMember::Label:
        return exceptionPointer(index) / "label";
    }
    return exceptionPointer(index);
}

JsonPointer hoursWindowPointer(const JsonPointer &windows, size_t index, WindowEnd end)
{
    return windows / index / (end == WindowEnd::Open ? "open" : "close");
}

JsonPointer stateBlocksPointer(WidgetState state)
{
    return sectionPointer(DesignSection::States) / stateName(state) / "blocks";
}

JsonPointer blockJsonPointer(WidgetState state, size_t index)
{
    return stateBlocksPointer(state) / index;
}

JsonPointer blockMemberPointer(BlockMember member)
{
    switch (member) {
    case BlockMember::Id:
        return kRoot / "id";
    case BlockMember::Text:
        return kRoot / "text";
    case BlockMember::ActiveText:
        return kRoot / "activeText";
    case BlockMember::Url:
        return kRoot / "url";
    case BlockMember::LinkLabel:
        return kRoot / "linkLabel";
    case BlockMember::AltText:
        return kRoot / "alt";
    case BlockMember::Level:
        return kRoot / "level";
    case BlockMember::Variant:
        return kRoot / "variant";
    case BlockMember::Align:
        return kRoot / "align";
    case BlockMember::Size:
        return kRoot / "size";
    }
    return kRoot;
}

JsonPointer formFieldsPointer()
{
    return kRoot / "form" / "fields";
}

JsonPointer formFieldPointer(size_t index)
{
    return formFieldsPointer() / index;
}

JsonPointer formFieldPointer(size_t index, FormFieldMember member)
{
    switch (member) {
    case FormFieldMember::Key:
        return formFieldPointer(index) / "key";
    case FormFieldMember::Type:
        return formFieldPointer(index) / "type";
    case FormFieldMember::Label:
        return formFieldPointer(index) / "label";
    case FormFieldMember::Placeholder:
        return formFieldPointer(index) / "placeholder";
    case FormFieldMember::Required:
        return formFieldPointer(index) / "required";
    case FormFieldMember::Options:
        return formFieldPointer(index) / "options";
    }
    return formFieldPointer(index);
}

JsonPointer formOptionPointer(size_t field, size_t option, OptionMember member)
{
    return formFieldPointer(field, FormFieldMember::Options) / option
           / (member == OptionMember::Value ? "value" : "label");
}

JsonPointer consentPointer()
{
    return kRoot / "form" / "consent";
}

JsonPointer consentLabelPointer()
{
    return consentPointer() / "label";
}

JsonPointer surveyMemberPointer(SurveyMember member)
{
    const JsonPointer survey = kRoot / "survey";
    switch (member) {
    case SurveyMember::Question:
        return survey / "question";
    case SurveyMember::Scale:
        return survey / "scale";
    case SurveyMember::CommentLabel:
        return survey / "comment" / "label";
    case SurveyMember::CommentPlaceholder:
        return survey / "comment" / "placeholder";
    case SurveyMember::SubmitLabel:
        return survey / "submitLabel";
    case SurveyMember::Thanks:
        return survey / "thanks";
    }
    return survey;
}

} // namespace callstudio
