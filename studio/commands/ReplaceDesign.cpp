#include "ReplaceDesign.h"

#include <QCoreApplication>

namespace callstudio {

ReplaceDesign::ReplaceDesign(DesignDocument *document, WidgetDesign replacement, QUndoCommand *parent)
    : ReplaceDesign(document, std::move(replacement), QCoreApplication::translate("Undo", "Import Widget Config"),
                    DesignDocument::Change::Whole, parent)
{
}

ReplaceDesign::ReplaceDesign(DesignDocument *document, WidgetDesign replacement, const QString &text,
                             DesignDocument::Change change, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
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
    m_document->designForEdit() = design;
    m_document->announce(m_change);
}

} // namespace callstudio
