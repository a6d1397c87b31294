// Duplicating a block: a copy with a fresh id right after the original.
#pragma once

#include "AddRemoveBlock.h"

namespace callstudio {

class DuplicateBlock : public AddBlock
{
public:
    DuplicateBlock(DesignDocument *document, const QString &blockId, QUndoCommand *parent = nullptr);

private:
    struct Placement
    {
        WidgetState state = WidgetState::Idle;
        int index = 0;
        Block copy;
    };
    static Placement placeCopy(const DesignDocument *document, const QString &blockId);
    DuplicateBlock(DesignDocument *document, Placement placement, QUndoCommand *parent);
};

} // namespace callstudio
