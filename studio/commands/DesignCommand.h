// The base of every undo command, and the only way to the mutable design: DesignDocument
// keeps designForEdit() private and befriends this class alone, so a view that tries to
// write the design without an undo step does not compile.
#pragma once

#include "UndoName.h"
#include "document/DesignDocument.h"

namespace callstudio {

class DesignCommand : public NamedUndoCommand
{
protected:
    DesignCommand(DesignDocument *document, UndoName name, QUndoCommand *parent = nullptr);

    const DesignDocument *document() const { return m_document; }
    // The design to change in redo() and undo(); announce() what changed afterwards.
    WidgetDesign &editedDesign() const { return m_document->designForEdit(); }
    void announce(DesignDocument::Change what, const QString &blockId = QString()) const;

private:
    DesignDocument *m_document;
};

} // namespace callstudio
