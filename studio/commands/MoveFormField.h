// Moving a pre-call form field up or down the form.
// Each is a ChangeValue of the list's owner that never merges.
#pragma once

#include "DesignProperties.h"

namespace callstudio {

class MoveFormField : public ChangeValue<PreCallForm>
{
public:
    MoveFormField(DesignDocument *document, const QString &blockId, int from, int to, QUndoCommand *parent = nullptr);
};

} // namespace callstudio
