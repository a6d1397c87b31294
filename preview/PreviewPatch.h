// What a design edit sends to the running widget: the changed block or theme alone
// where the runtime re-renders just that part, the whole design for structural edits.
#pragma once

#include "PreviewTypes.h"
#include "model/WidgetDesign.h"

#include <QJsonObject>

#include <nlohmann/json.hpp>

namespace callstudio {

// `json` as a Qt JSON object (an empty one when it is not an object).
QJsonObject toQtJson(const nlohmann::ordered_json &json);
QJsonObject toQtJson(const nlohmann::json &json);

// The patch command that brings a widget showing `shown` up to `design` after an edit
// of `kind` (`blockId`: the block a text edit changed, if any), and `shown` brought up
// to `design` in the same measure: only the part that changed is copied or serialised.
QJsonObject patchCommand(PreviewChange kind, const WidgetDesign &design, const QString &blockId, WidgetDesign &shown);

} // namespace callstudio
