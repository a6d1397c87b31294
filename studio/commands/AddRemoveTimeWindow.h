// Adding an opening window to a weekday, and removing one.
// Each is a ChangeValue of the list's owner that never merges.
#pragma once

#include "DesignProperties.h"

namespace callstudio {

class AddTimeWindow : public ChangeValue<BusinessHours>
{
public:
    // `day` is 0 (Monday) .. 6 (Sunday).
    AddTimeWindow(DesignDocument *document, int day, TimeWindow window, QUndoCommand *parent = nullptr);
};

class RemoveTimeWindow : public ChangeValue<BusinessHours>
{
public:
    RemoveTimeWindow(DesignDocument *document, int day, int index, QUndoCommand *parent = nullptr);
};

} // namespace callstudio
