#include "AddRemoveFormField.h"

#include <QCoreApplication>

namespace callstudio {

AddFormField::AddFormField(DesignDocument *document, const QString &blockId, FormField field, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::blockForm(blockId, "fields")),
                  editedValue(document, property::blockForm(blockId, "fields"),
                              [&](PreCallForm &f) { f.fields.push_back(field); }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Add Form Field")), parent)
{
}

RemoveFormField::RemoveFormField(DesignDocument *document, const QString &blockId, int index, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::blockForm(blockId, "fields")),
                  editedValue(document, property::blockForm(blockId, "fields"),
                              [&](PreCallForm &f) {
                                  if (index >= 0 && index < static_cast<int>(f.fields.size()))
                                      f.fields.erase(f.fields.begin() + index);
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Form Field")), parent)
{
}

} // namespace callstudio
