// Replacing the whole design in one undoable step (importing a widget config).
#pragma once

#include "DesignCommand.h"

namespace callstudio {

class ReplaceDesign : public DesignCommand
{
public:
    ReplaceDesign(DesignDocument *document, WidgetDesign replacement, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

protected:
    ReplaceDesign(DesignDocument *document, WidgetDesign replacement, UndoName name, DesignDocument::Change change,
                  QUndoCommand *parent);

private:
    void apply(const WidgetDesign &design);

    WidgetDesign m_before;
    WidgetDesign m_after;
    DesignDocument::Change m_change;
};

} // namespace callstudio
