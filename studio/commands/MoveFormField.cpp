#include "MoveFormField.h"

#include <QCoreApplication>

namespace callstudio {

MoveFormField::MoveFormField(DesignDocument *document, const QString &blockId, int from, int to, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::blockForm(blockId, "fields")),
                  editedValue(document, property::blockForm(blockId, "fields"),
                              [&](PreCallForm &f) {
                                  const int n = static_cast<int>(f.fields.size());
                                  if (from < 0 || from >= n || to < 0 || to >= n)
                                      return;
                                  FormField moved = f.fields[static_cast<size_t>(from)];
                                  f.fields.erase(f.fields.begin() + from);
                                  f.fields.insert(f.fields.begin() + to, std::move(moved));
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Move Form Field")), parent)
{
}

} // namespace callstudio
