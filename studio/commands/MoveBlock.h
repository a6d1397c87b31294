// Moving a block within its state or into another state.
#pragma once

#include "DesignCommand.h"

namespace callstudio {

class MoveBlock : public DesignCommand
{
public:
    // Moves the block so that it ends up at `toIndex` of `toState` (clamped).
    MoveBlock(DesignDocument *document, const QString &blockId, WidgetState toState, int toIndex,
              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void move(WidgetState from, int fromIndex, WidgetState to, int toIndex);

    WidgetState m_fromState = WidgetState::Idle;
    int m_fromIndex = 0;
    WidgetState m_toState;
    int m_toIndex;
};

} // namespace callstudio
