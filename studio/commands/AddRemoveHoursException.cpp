#include "AddRemoveHoursException.h"

#include <QCoreApplication>

namespace callstudio {

AddHoursException::AddHoursException(DesignDocument *document, HoursException exception, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::businessHours("exceptions")),
                  editedValue(document, property::businessHours("exceptions"),
                              [&](BusinessHours &h) { h.exceptions.push_back(exception); }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Add Exception Date")), parent)
{
}

RemoveHoursException::RemoveHoursException(DesignDocument *document, int index, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::businessHours("exceptions")),
                  editedValue(document, property::businessHours("exceptions"),
                              [&](BusinessHours &h) {
                                  if (index >= 0 && index < static_cast<int>(h.exceptions.size()))
                                      h.exceptions.erase(h.exceptions.begin() + index);
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Exception Date")), parent)
{
}

} // namespace callstudio
