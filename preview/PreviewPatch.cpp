#include "PreviewPatch.h"

#include "io/DesignJson.h"

#include <QJsonDocument>

namespace callstudio {

namespace {

QJsonObject objectOfText(const std::string &text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace

QJsonObject toQtJson(const nlohmann::ordered_json &json)
{
    return objectOfText(json.dump());
}

QJsonObject toQtJson(const nlohmann::json &json)
{
    return objectOfText(json.dump());
}

QJsonObject patchCommand(PreviewChange kind, const WidgetDesign &design, const QString &blockId, WidgetDesign &shown)
{
    QJsonObject patch{{QStringLiteral("type"), QStringLiteral("patch")}};
    const std::string id = blockId.toStdString();
    const Block *changed = kind == PreviewChange::Text && !id.empty() ? findBlockIn(design, id) : nullptr;
    Block *old = changed ? findBlockIn(shown, id) : nullptr;
    if (changed && old) {
        *old = *changed;
        patch.insert(QStringLiteral("block"), toQtJson(blockToJson(*changed)));
    } else if (kind == PreviewChange::Theme) {
        shown.theme = design.theme;
        patch.insert(QStringLiteral("theme"), toQtJson(themeToJson(design.theme)));
    } else {
        shown = design;
        patch.insert(QStringLiteral("design"), toQtJson(designToJson(design)));
    }
    return patch;
}

} // namespace callstudio
