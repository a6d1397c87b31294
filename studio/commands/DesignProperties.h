// The editable parts of a design, as DesignProperty values for ChangeValue. Views and
// tests name a part through these instead of writing their own locate functions.
#pragma once

#include "ChangeValue.h"

#include <map>
#include <optional>
#include <string>

namespace callstudio {

enum class BlockTextRole { Text, ActiveText, LinkLabel, AltText };
enum class ThemeColorRole { Primary, OnPrimary, Background, OnBackground, Surface, Text, Muted, Error };
inline constexpr ThemeColorRole kAllThemeColorRoles[] = {
    ThemeColorRole::Primary, ThemeColorRole::OnPrimary, ThemeColorRole::Background, ThemeColorRole::OnBackground,
    ThemeColorRole::Surface, ThemeColorRole::Text,      ThemeColorRole::Muted,      ThemeColorRole::Error};
enum class ThemeNumber { CornerRadius, Width, OffsetX, OffsetY };
enum class CodePart { Head, BodyEnd };
enum class IdentityPart { AppId, Name };
enum class RoutingPart { DestinationId, RoutingKey };

const char *themeColorRoleName(ThemeColorRole role); // the file's key: "primary", "onPrimary", …
std::string &themeColor(ThemeColors &colors, ThemeColorRole role);
const std::string &themeColor(const ThemeColors &colors, ThemeColorRole role);
LocalizedText &blockText(Block &block, BlockTextRole role);
const LocalizedText &blockText(const Block &block, BlockTextRole role);

namespace property {

DesignProperty<LocalizedText> blockText(const QString &blockId, BlockTextRole role);
DesignProperty<Alignment> blockAlignment(const QString &blockId);
DesignProperty<int> blockHeadingLevel(const QString &blockId);
DesignProperty<ButtonVariant> blockVariant(const QString &blockId);
DesignProperty<std::string> blockUrl(const QString &blockId);
DesignProperty<int> blockSize(const QString &blockId);
// The whole form or survey of a block; `part` names what an edit touches so that typing
// in one field merges but typing in the next one starts a new step.
DesignProperty<PreCallForm> blockForm(const QString &blockId, const std::string &part);
DesignProperty<SurveySpec> blockSurvey(const QString &blockId, const std::string &part);

DesignProperty<std::string> themeColor(ThemeColorRole role);
DesignProperty<std::string> themeFont();
DesignProperty<int> themeNumber(ThemeNumber which);
DesignProperty<LauncherPosition> themePosition();

DesignProperty<BusinessHours> businessHours(const std::string &part);
DesignProperty<std::map<std::string, std::string>> urlContext(const std::string &part);
DesignProperty<std::string> customCode(CodePart part);
DesignProperty<std::optional<std::string>> routing(RoutingPart part);
DesignProperty<std::string> identity(IdentityPart part);
DesignProperty<std::string> defaultLocale();
DesignProperty<std::map<CallErrorCode, LocalizedText>> errorMessages(CallErrorCode code);

} // namespace property
} // namespace callstudio
