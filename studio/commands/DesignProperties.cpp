#include "DesignProperties.h"

#include "contract/ThemeColorKeys.h"

#include <iterator>

namespace callstudio {

// The roles are the file's colour keys, in the file's order.
static_assert(std::size(kAllThemeColorRoles) == kThemeColorKeys.size());

const char *themeColorRoleName(ThemeColorRole role)
{
    return kThemeColorKeys[static_cast<size_t>(role)].key;
}

namespace {

// One lookup for both constnesses: `Colors` is ThemeColors or const ThemeColors.
template <typename Colors> auto &themeColorIn(Colors &c, ThemeColorRole role)
{
    return c.*(kThemeColorKeys[static_cast<size_t>(role)].member);
}

template <typename BlockType> auto &blockTextIn(BlockType &block, BlockTextRole role)
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

} // namespace

std::string &themeColor(ThemeColors &colors, ThemeColorRole role)
{
    return themeColorIn(colors, role);
}

const std::string &themeColor(const ThemeColors &colors, ThemeColorRole role)
{
    return themeColorIn(colors, role);
}

LocalizedText &blockText(Block &block, BlockTextRole role)
{
    return blockTextIn(block, role);
}

const LocalizedText &blockText(const Block &block, BlockTextRole role)
{
    return blockTextIn(block, role);
}

namespace property {

namespace {

using Change = DesignDocument::Change;

// A part of the block `blockId`, reached through `member`: a generic lambda taking a
// Block or a const Block, so that one definition serves both locate and read.
template <typename Value, typename Member>
DesignProperty<Value> blockPart(MergeId id, const QString &blockId, const std::string &part, Change change,
                                Member member)
{
    const std::string bid = blockId.toStdString();
    const auto find = [bid, member](auto &d) {
        auto *b = findBlockIn(d, bid);
        return b ? &member(*b) : nullptr;
    };
    return {id, bid + "/" + part, change, blockId, find, find};
}

template <typename Value, typename Member>
DesignProperty<Value> designPart(MergeId id, const std::string &target, Change change, Member member)
{
    const auto find = [member](auto &d) { return &member(d); };
    return {id, target, change, QString(), find, find};
}

} // namespace

DesignProperty<LocalizedText> blockText(const QString &blockId, BlockTextRole role)
{
    return blockPart<LocalizedText>(
        MergeId::BlockText, blockId, "text" + std::to_string(static_cast<int>(role)),
        Change::Text, [role](auto &b) -> auto & { return callstudio::blockText(b, role); });
}

DesignProperty<Alignment> blockAlignment(const QString &blockId)
{
    return blockPart<Alignment>(
        MergeId::BlockAlignment, blockId, "align", Change::Layout, [](auto &b) -> auto & { return b.align; });
}

DesignProperty<int> blockHeadingLevel(const QString &blockId)
{
    return blockPart<int>(
        MergeId::BlockHeadingLevel, blockId, "level", Change::Layout, [](auto &b) -> auto & { return b.headingLevel; });
}

DesignProperty<ButtonVariant> blockVariant(const QString &blockId)
{
    return blockPart<ButtonVariant>(
        MergeId::BlockVariant, blockId, "variant", Change::Layout, [](auto &b) -> auto & { return b.variant; });
}

DesignProperty<std::string> blockUrl(const QString &blockId)
{
    return blockPart<std::string>(
        MergeId::BlockUrl, blockId, "url", Change::Layout, [](auto &b) -> auto & { return b.url; });
}

DesignProperty<int> blockSize(const QString &blockId)
{
    return blockPart<int>(
        MergeId::BlockSize, blockId, "size", Change::Layout, [](auto &b) -> auto & { return b.size; });
}

DesignProperty<PreCallForm> blockForm(const QString &blockId, const std::string &part)
{
    return blockPart<PreCallForm>(
        MergeId::FormEdit, blockId, "form/" + part, Change::Layout, [](auto &b) -> auto & { return b.form; });
}

DesignProperty<SurveySpec> blockSurvey(const QString &blockId, const std::string &part)
{
    return blockPart<SurveySpec>(
        MergeId::SurveyEdit, blockId, "survey/" + part, Change::Layout, [](auto &b) -> auto & { return b.survey; });
}

DesignProperty<std::string> themeColor(ThemeColorRole role)
{
    return designPart<std::string>(
        MergeId::ThemeColor, themeColorRoleName(role),
        Change::Theme, [role](auto &d) -> auto & { return callstudio::themeColor(d.theme.colors, role); });
}

DesignProperty<std::string> themeFont()
{
    return designPart<std::string>(
        MergeId::ThemeFont, "font", Change::Theme, [](auto &d) -> auto & { return d.theme.fontFamily; });
}

DesignProperty<int> themeNumber(ThemeNumber which)
{
    return designPart<int>(
        MergeId::ThemeGeometry, std::to_string(static_cast<int>(which)),
        which == ThemeNumber::CornerRadius ? Change::Theme : Change::Placement, [which](auto &d) -> auto & {
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
    return designPart<LauncherPosition>(
        MergeId::ThemePosition, "position", Change::Placement, [](auto &d) -> auto & { return d.theme.position; });
}

DesignProperty<BusinessHours> businessHours(const std::string &part)
{
    return designPart<BusinessHours>(
        MergeId::BusinessHoursEdit, part, Change::BusinessHours, [](auto &d) -> auto & { return d.businessHours; });
}

DesignProperty<std::map<std::string, std::string>> urlContext(const std::string &part)
{
    return designPart<std::map<std::string, std::string>>(
        MergeId::UrlContextEdit, part, Change::UrlContext, [](auto &d) -> auto & { return d.urlContext; });
}

DesignProperty<std::string> customCode(CodePart part)
{
    const bool head = part == CodePart::Head;
    return designPart<std::string>(
        head ? MergeId::CustomCodeHead : MergeId::CustomCodeBodyEnd, head ? "head" : "bodyEnd",
        Change::CustomCode, [head](auto &d) -> auto & {
            return head ? d.customCode.headHtml : d.customCode.bodyEndHtml;
        });
}

DesignProperty<std::optional<std::string>> routing(RoutingPart part)
{
    const bool destination = part == RoutingPart::DestinationId;
    return designPart<std::optional<std::string>>(
        MergeId::RoutingEdit, destination ? "destination" : "key", Change::Routing, [destination](auto &d) -> auto & {
            return destination ? d.routing.destinationId : d.routing.routingKey;
        });
}

DesignProperty<std::string> identity(IdentityPart part)
{
    const bool appId = part == IdentityPart::AppId;
    return designPart<std::string>(
        MergeId::Identity, appId ? "appId" : "name",
        Change::Identity, [appId](auto &d) -> auto & { return appId ? d.appId : d.name; });
}

DesignProperty<std::string> defaultLocale()
{
    return designPart<std::string>(
        MergeId::Locales, "default", Change::Locales, [](auto &d) -> auto & { return d.defaultLocale; });
}

DesignProperty<std::map<CallErrorCode, LocalizedText>> errorMessages(CallErrorCode code)
{
    return designPart<std::map<CallErrorCode, LocalizedText>>(
        MergeId::ErrorMessageText, callErrorCodeName(code), Change::ErrorMessages,
        [](auto &d) -> auto & { return d.errorMessages; });
}

} // namespace property
} // namespace callstudio
