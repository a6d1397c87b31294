// Adding a dated exception to the business hours, and removing one.
// Each is a ChangeValue of the list's owner that never merges.
#pragma once

#include "DesignProperties.h"

namespace callstudio {

class AddHoursException : public ChangeValue<BusinessHours>
{
public:
    AddHoursException(DesignDocument *document, HoursException exception, QUndoCommand *parent = nullptr);
};

class RemoveHoursException : public ChangeValue<BusinessHours>
{
public:
    RemoveHoursException(DesignDocument *document, int index, QUndoCommand *parent = nullptr);
};

} // namespace callstudio
