#include "AddRemoveBlock.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

namespace {

// Both return the id of the block they placed or took away.
QString insertBlock(WidgetDesign &design, WidgetState state, int index, const Block &block)
{
    auto &blocks = design.state(state).blocks;
    blocks.insert(blocks.begin() + index, block);
    return QString::fromStdString(block.id);
}

QString eraseBlock(WidgetDesign &design, WidgetState state, int index)
{
    auto &blocks = design.state(state).blocks;
    const QString id = QString::fromStdString(blocks[static_cast<size_t>(index)].id);
    blocks.erase(blocks.begin() + index);
    return id;
}

} // namespace

AddBlock::AddBlock(DesignDocument *document, WidgetState state, int index, Block block, QUndoCommand *parent)
    : AddBlock(document, state, index, std::move(block), UndoName(QT_TRANSLATE_NOOP("Undo", "Add Block")), parent)
{
}

AddBlock::AddBlock(DesignDocument *document, WidgetState state, int index, Block block, UndoName name,
                   QUndoCommand *parent)
    : DesignCommand(document, std::move(name), parent)
    , m_state(state)
    , m_block(std::move(block))
{
    const int count = static_cast<int>(document->design().state(state).blocks.size());
    m_index = std::clamp(index, 0, count);
}

void AddBlock::redo()
{
    announce(DesignDocument::Change::Layout, insertBlock(editedDesign(), m_state, m_index, m_block));
}

void AddBlock::undo()
{
    announce(DesignDocument::Change::Layout, eraseBlock(editedDesign(), m_state, m_index));
}

RemoveBlock::RemoveBlock(DesignDocument *document, const QString &blockId, QUndoCommand *parent)
    : DesignCommand(document, UndoName(QT_TRANSLATE_NOOP("Undo", "Delete Block")), parent)
{
    if (const Block *b = document->block(blockId)) {
        m_block = *b;
        document->findBlock(blockId, &m_state, &m_index);
    } else {
        setObsolete(true);
    }
}

void RemoveBlock::redo()
{
    announce(DesignDocument::Change::Layout, eraseBlock(editedDesign(), m_state, m_index));
}

void RemoveBlock::undo()
{
    announce(DesignDocument::Change::Layout, insertBlock(editedDesign(), m_state, m_index, m_block));
}

} // namespace callstudio
