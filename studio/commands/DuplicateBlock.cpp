#include "DuplicateBlock.h"

#include <QCoreApplication>

namespace callstudio {

DuplicateBlock::Placement DuplicateBlock::placeCopy(const DesignDocument *document, const QString &blockId)
{
    Placement p;
    if (const Block *original = document->block(blockId)) {
        document->findBlock(blockId, &p.state, &p.index);
        ++p.index;
        p.copy = *original;
        p.copy.id = document->design().freshBlockId();
    }
    return p;
}

DuplicateBlock::DuplicateBlock(DesignDocument *document, const QString &blockId, QUndoCommand *parent)
    : DuplicateBlock(document, placeCopy(document, blockId), parent)
{
    if (!document->block(blockId))
        setObsolete(true);
}

DuplicateBlock::DuplicateBlock(DesignDocument *document, Placement placement, QUndoCommand *parent)
    : AddBlock(document, placement.state, placement.index, std::move(placement.copy),
               UndoName(QT_TRANSLATE_NOOP("Undo", "Duplicate Block")), parent)
{
}

} // namespace callstudio
