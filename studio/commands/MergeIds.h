// Merge ids of the value-change commands: consecutive edits with the same id and the
// same target collapse into one undo step (typing a word is one step, not one per key).
#pragma once

namespace callstudio {

enum class MergeId {
    None = -1, // never merges (QUndoCommand's convention)
    Identity = 1,
    Locales,
    BlockText,
    BlockAlignment,
    BlockHeadingLevel,
    BlockVariant,
    BlockUrl,
    BlockSize,
    FormEdit,
    SurveyEdit,
    ThemeColor,
    ThemeFont,
    ThemeGeometry,
    ThemePosition,
    BusinessHoursEdit,
    UrlContextEdit,
    CustomCodeHead,
    CustomCodeBodyEnd,
    RoutingEdit,
    ErrorMessageText,
};

} // namespace callstudio
