#include "MoveBlock.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

MoveBlock::MoveBlock(DesignDocument *document, const QString &blockId, WidgetState toState, int toIndex,
                     QUndoCommand *parent)
    : DesignCommand(document, UndoName(QT_TRANSLATE_NOOP("Undo", "Move Block")), parent)
    , m_toState(toState)
    , m_toIndex(toIndex)
{
    if (!document->findBlock(blockId, &m_fromState, &m_fromIndex)) {
        setObsolete(true);
        return;
    }
    int count = static_cast<int>(document->design().state(toState).blocks.size());
    if (toState != m_fromState)
        ++count; // the target state gains the block
    m_toIndex = std::clamp(toIndex, 0, count - 1);
    if (m_toState == m_fromState && m_toIndex == m_fromIndex)
        setObsolete(true);
}

void MoveBlock::redo()
{
    move(m_fromState, m_fromIndex, m_toState, m_toIndex);
}

void MoveBlock::undo()
{
    move(m_toState, m_toIndex, m_fromState, m_fromIndex);
}

void MoveBlock::move(WidgetState from, int fromIndex, WidgetState to, int toIndex)
{
    WidgetDesign &d = editedDesign();
    auto &source = d.state(from).blocks;
    Block block = std::move(source[static_cast<size_t>(fromIndex)]);
    source.erase(source.begin() + fromIndex);
    auto &target = d.state(to).blocks;
    target.insert(target.begin() + toIndex, block);
    announce(DesignDocument::Change::Layout, QString::fromStdString(block.id));
}

} // namespace callstudio
