#include "DesignProperties.h"

namespace callstudio {

const char *themeColorRoleName(ThemeColorRole role)
{
    switch (role) {
    case ThemeColorRole::Primary:
        return "primary";
    case ThemeColorRole::OnPrimary:
        return "onPrimary";
    case ThemeColorRole::Background:
        return "background";
    case ThemeColorRole::OnBackground:
        return "onBackground";
    case ThemeColorRole::Surface:
        return "surface";
    case ThemeColorRole::Text:
        return "text";
    case ThemeColorRole::Muted:
        return "muted";
    case ThemeColorRole::Error:
        return "error";
    }
    return "";
}

std::string &themeColor(ThemeColors &c, ThemeColorRole role)
{
    switch (role) {
    case ThemeColorRole::Primary:
        return c.primary;
    case ThemeColorRole::OnPrimary:
        return c.onPrimary;
    case ThemeColorRole::Background:
        return c.background;
    case ThemeColorRole::OnBackground:
        return c.onBackground;
    case ThemeColorRole::Surface:
        return c.surface;
    case ThemeColorRole::Text:
        return c.text;
    case ThemeColorRole::Muted:
        return c.muted;
    case ThemeColorRole::Error:
        return c.error;
    }
    return c.primary;
}

const std::string &themeColor(const ThemeColors &c, ThemeColorRole role)
{
    return themeColor(const_cast<ThemeColors &>(c), role);
}

LocalizedText &blockText(Block &block, BlockTextRole role)
{
    switch (role) {
    case BlockTextRole::Text:
        return block.text;
    case BlockTextRole::ActiveText:
        return block.activeText;
    case BlockTextRole::LinkLabel:
        return block.linkLabel;
    case BlockTextRole::AltText:
        return block.altText;
    }
    return block.text;
}

namespace property {

namespace {

using Change = DesignDocument::Change;

// A part of the block `blockId`, reached through `member`.
template <typename Value, typename Member>
DesignProperty<Value> blockPart(MergeId id, const QString &blockId, const std::string &part, Change change,
                                Member member)
{
    const std::string bid = blockId.toStdString();
    return {id, bid + "/" + part, change, blockId, [bid, member](WidgetDesign &d) -> Value * {
                Block *b = findBlockIn(d, bid);
                return b ? &member(*b) : nullptr;
            }};
}

template <typename Value, typename Member>
DesignProperty<Value> designPart(MergeId id, const std::string &target, Change change, Member member)
{
    return {id, target, change, QString(), [member](WidgetDesign &d) -> Value * { return &member(d); }};
}

} // namespace

DesignProperty<LocalizedText> blockText(const QString &blockId, BlockTextRole role)
{
    return blockPart<LocalizedText>(MergeId::BlockText, blockId, "text" + std::to_string(static_cast<int>(role)),
                                    Change::Text,
                                    [role](Block &b) -> LocalizedText & { return callstudio::blockText(b, role); });
}

DesignProperty<Alignment> blockAlignment(const QString &blockId)
{
    return blockPart<Alignment>(MergeId::BlockAlignment, blockId, "align", Change::Layout,
                                [](Block &b) -> Alignment & { return b.align; });
}

DesignProperty<int> blockHeadingLevel(const QString &blockId)
{
    return blockPart<int>(MergeId::BlockHeadingLevel, blockId, "level", Change::Layout,
                          [](Block &b) -> int & { return b.headingLevel; });
}

DesignProperty<ButtonVariant> blockVariant(const QString &blockId)
{
    return blockPart<ButtonVariant>(MergeId::BlockVariant, blockId, "variant", Change::Layout,
                                    [](Block &b) -> ButtonVariant & { return b.variant; });
}

DesignProperty<std::string> blockUrl(const QString &blockId)
{
    return blockPart<std::string>(MergeId::BlockUrl, blockId, "url", Change::Layout,
                                  [](Block &b) -> std::string & { return b.url; });
}

DesignProperty<int> blockSize(const QString &blockId)
{
    return blockPart<int>(MergeId::BlockSize, blockId, "size", Change::Layout,
                          [](Block &b) -> int & { return b.size; });
}

DesignProperty<PreCallForm> blockForm(const QString &blockId, const std::string &part)
{
    return blockPart<PreCallForm>(MergeId::FormEdit, blockId, "form/" + part, Change::Layout,
                                  [](Block &b) -> PreCallForm & { return b.form; });
}

DesignProperty<SurveySpec> blockSurvey(const QString &blockId, const std::string &part)
{
    return blockPart<SurveySpec>(MergeId::SurveyEdit, blockId, "survey/" + part, Change::Layout,
                                 [](Block &b) -> SurveySpec & { return b.survey; });
}

DesignProperty<std::string> themeColor(ThemeColorRole role)
{
    return designPart<std::string>(
        MergeId::ThemeColor, themeColorRoleName(role), Change::Theme,
        [role](WidgetDesign &d) -> std::string & { return callstudio::themeColor(d.theme.colors, role); });
}

DesignProperty<std::string> themeFont()
{
    return designPart<std::string>(MergeId::ThemeFont, "font", Change::Theme,
                                   [](WidgetDesign &d) -> std::string & { return d.theme.fontFamily; });
}

DesignProperty<int> themeNumber(ThemeNumber which)
{
    return designPart<int>(MergeId::ThemeGeometry, std::to_string(static_cast<int>(which)), Change::Theme,
                           [which](WidgetDesign &d) -> int & {
                               switch (which) {
                               case ThemeNumber::CornerRadius:
                                   return d.theme.cornerRadius;
                               case ThemeNumber::Width:
                                   return d.theme.width;
                               case ThemeNumber::OffsetX:
                                   return d.theme.offsetX;
                               case ThemeNumber::OffsetY:
                                   return d.theme.offsetY;
                               }
                               return d.theme.width;
                           });
}

DesignProperty<LauncherPosition> themePosition()
{
    return designPart<LauncherPosition>(MergeId::ThemePosition, "position", Change::Theme,
                                        [](WidgetDesign &d) -> LauncherPosition & { return d.theme.position; });
}

DesignProperty<BusinessHours> businessHours(const std::string &part)
{
    return designPart<BusinessHours>(MergeId::BusinessHoursEdit, part, Change::BusinessHours,
                                     [](WidgetDesign &d) -> BusinessHours & { return d.businessHours; });
}

DesignProperty<std::map<std::string, std::string>> urlContext(const std::string &part)
{
    return designPart<std::map<std::string, std::string>>(
        MergeId::UrlContextEdit, part, Change::UrlContext,
        [](WidgetDesign &d) -> std::map<std::string, std::string> & { return d.urlContext; });
}

DesignProperty<std::string> customCode(CodePart part)
{
    const bool head = part == CodePart::Head;
    return designPart<std::string>(
        head ? MergeId::CustomCodeHead : MergeId::CustomCodeBodyEnd, head ? "head" : "bodyEnd", Change::CustomCode,
        [head](WidgetDesign &d) -> std::string & { return head ? d.customCode.headHtml : d.customCode.bodyEndHtml; });
}

DesignProperty<std::optional<std::string>> routing(RoutingPart part)
{
    const bool destination = part == RoutingPart::DestinationId;
    return designPart<std::optional<std::string>>(
        MergeId::RoutingEdit, destination ? "destination" : "key", Change::Routing,
        [destination](WidgetDesign &d) -> std::optional<std::string> & {
            return destination ? d.routing.destinationId : d.routing.routingKey;
        });
}

DesignProperty<std::string> identity(IdentityPart part)
{
    const bool appId = part == IdentityPart::AppId;
    return designPart<std::string>(MergeId::Identity, appId ? "appId" : "name", Change::Identity,
                                   [appId](WidgetDesign &d) -> std::string & { return appId ? d.appId : d.name; });
}

DesignProperty<std::string> defaultLocale()
{
    return designPart<std::string>(MergeId::Locales, "default", Change::Locales,
                                   [](WidgetDesign &d) -> std::string & { return d.defaultLocale; });
}

DesignProperty<std::map<CallErrorCode, LocalizedText>> errorMessages(CallErrorCode code)
{
    return designPart<std::map<CallErrorCode, LocalizedText>>(
        MergeId::ErrorMessageText, callErrorCodeName(code), Change::ErrorMessages,
        [](WidgetDesign &d) -> std::map<CallErrorCode, LocalizedText> & { return d.errorMessages; });
}

} // namespace property
} // namespace callstudio
