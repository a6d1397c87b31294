// Adding a block to a state's layout, and removing one.
#pragma once

#include "DesignCommand.h"

namespace callstudio {

class AddBlock : public DesignCommand
{
public:
    // Inserts `block` at `index` of `state` (clamped to the end).
    AddBlock(DesignDocument *document, WidgetState state, int index, Block block, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString blockId() const { return QString::fromStdString(m_block.id); }

protected:
    AddBlock(DesignDocument *document, WidgetState state, int index, Block block, UndoName name, QUndoCommand *parent);

private:
    WidgetState m_state;
    int m_index;
    Block m_block;
};

class RemoveBlock : public DesignCommand
{
public:
    RemoveBlock(DesignDocument *document, const QString &blockId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WidgetState m_state = WidgetState::Idle;
    int m_index = 0;
    Block m_block;
};

} // namespace callstudio
