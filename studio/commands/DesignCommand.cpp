#include "DesignCommand.h"

namespace callstudio {

DesignCommand::DesignCommand(DesignDocument *document, UndoName name, QUndoCommand *parent)
    : NamedUndoCommand(std::move(name), parent)
    , m_document(document)
{
}

void DesignCommand::announce(DesignDocument::Change what, const QString &blockId) const
{
    m_document->announce(what, blockId);
}

} // namespace callstudio
