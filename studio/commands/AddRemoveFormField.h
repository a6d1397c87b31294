// Adding a field to a pre-call form, and removing one.
// Each is a ChangeValue of the list's owner that never merges.
#pragma once

#include "DesignProperties.h"

namespace callstudio {

class AddFormField : public ChangeValue<PreCallForm>
{
public:
    AddFormField(DesignDocument *document, const QString &blockId, FormField field, QUndoCommand *parent = nullptr);
};

class RemoveFormField : public ChangeValue<PreCallForm>
{
public:
    RemoveFormField(DesignDocument *document, const QString &blockId, int index, QUndoCommand *parent = nullptr);
};

} // namespace callstudio
