#include "AddRemoveTimeWindow.h"

#include <QCoreApplication>

namespace callstudio {

AddTimeWindow::AddTimeWindow(DesignDocument *document, int day, TimeWindow window, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::businessHours("weekly")),
                  editedValue(document, property::businessHours("weekly"),
                              [&](BusinessHours &h) {
                                  if (day >= 0 && day < 7)
                                      h.weekly[static_cast<size_t>(day)].push_back(window);
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Add Opening Window")), parent)
{
}

RemoveTimeWindow::RemoveTimeWindow(DesignDocument *document, int day, int index, QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::businessHours("weekly")),
                  editedValue(document, property::businessHours("weekly"),
                              [&](BusinessHours &h) {
                                  if (day < 0 || day >= 7)
                                      return;
                                  auto &w = h.weekly[static_cast<size_t>(day)];
                                  if (index >= 0 && index < static_cast<int>(w.size()))
                                      w.erase(w.begin() + index);
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Opening Window")), parent)
{
}

} // namespace callstudio
