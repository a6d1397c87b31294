#include "AddRemoveBlock.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

namespace {

void insertBlock(DesignDocument *document, WidgetState state, int index, const Block &block)
{
    auto &blocks = document->designForEdit().state(state).blocks;
    blocks.insert(blocks.begin() + index, block);
    document->announce(DesignDocument::Change::Layout, QString::fromStdString(block.id));
}

void eraseBlock(DesignDocument *document, WidgetState state, int index)
{
    auto &blocks = document->designForEdit().state(state).blocks;
    const QString id = QString::fromStdString(blocks[static_cast<size_t>(index)].id);
    blocks.erase(blocks.begin() + index);
    document->announce(DesignDocument::Change::Layout, id);
}

} // namespace

AddBlock::AddBlock(DesignDocument *document, WidgetState state, int index, Block block, QUndoCommand *parent)
    : AddBlock(document, state, index, std::move(block), UndoName(QT_TRANSLATE_NOOP("Undo", "Add Block")), parent)
{
}

AddBlock::AddBlock(DesignDocument *document, WidgetState state, int index, Block block, UndoName name,
                   QUndoCommand *parent)
    : NamedUndoCommand(std::move(name), parent)
    , m_document(document)
    , m_state(state)
    , m_block(std::move(block))
{
    const int count = static_cast<int>(document->design().state(state).blocks.size());
    m_index = std::clamp(index, 0, count);
}

void AddBlock::redo()
{
    insertBlock(m_document, m_state, m_index, m_block);
}

void AddBlock::undo()
{
    eraseBlock(m_document, m_state, m_index);
}

RemoveBlock::RemoveBlock(DesignDocument *document, const QString &blockId, QUndoCommand *parent)
    : NamedUndoCommand(UndoName(QT_TRANSLATE_NOOP("Undo", "Delete Block")), parent)
    , m_document(document)
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
    eraseBlock(m_document, m_state, m_index);
}

void RemoveBlock::undo()
{
    insertBlock(m_document, m_state, m_index, m_block);
}

} // namespace callstudio
