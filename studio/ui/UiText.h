// Translated names of the model's enumerations, shared by every dock.
#pragma once

#include "model/WidgetDesign.h"

#include <QString>

namespace callstudio {

QString stateTitle(WidgetState state);
QString blockKindTitle(BlockKind kind);
QString fieldTypeTitle(FieldType type);
QString weekdayTitle(int mondayBasedIndex);
QString callErrorTitle(CallErrorCode code);

} // namespace callstudio
