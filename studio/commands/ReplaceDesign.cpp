#include "ReplaceDesign.h"

#include <QCoreApplication>

namespace callstudio {

ReplaceDesign::ReplaceDesign(DesignDocument *document, WidgetDesign replacement, QUndoCommand *parent)
    : ReplaceDesign(document, std::move(replacement), UndoName(QT_TRANSLATE_NOOP("Undo", "Import Widget Config")),
                    DesignDocument::Change::Whole, parent)
{
}

ReplaceDesign::ReplaceDesign(DesignDocument *document, WidgetDesign replacement, UndoName name,
                             DesignDocument::Change change, QUndoCommand *parent)
    : DesignCommand(document, std::move(name), parent)
    , m_before(document->design())
    , m_after(std::move(replacement))
    , m_change(change)
{
    setObsolete(m_before == m_after);
}

void ReplaceDesign::redo()
{
    apply(m_after);
}

void ReplaceDesign::undo()
{
    apply(m_before);
}

void ReplaceDesign::apply(const WidgetDesign &design)
{
    editedDesign() = design;
    announce(m_change);
}

} // namespace callstudio
