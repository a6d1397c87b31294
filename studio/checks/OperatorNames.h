// The model's enumerations in the operator's words (translated when a translator is
// installed): the docks, the Problems list and `validate` name states and blocks alike.
#pragma once

#include "model/WidgetDesign.h"

#include <QString>

namespace callstudio {

QString stateTitle(WidgetState state);
QString blockKindTitle(BlockKind kind);
QString fieldTypeTitle(FieldType type);
QString weekdayTitle(int mondayBasedIndex);
QString callErrorTitle(CallErrorCode code);
// A theme colour by its file key ("onPrimary" → "On primary"); the key itself if unknown.
QString themeColorTitle(const std::string &key);

} // namespace callstudio
