// Binds a plain editor widget to one DesignProperty: edits push a ChangeValue, and the
// registry's refresh shows the design's value again (after undo, redo or another view).
#pragma once

#include "EditorRegistry.h"
#include "commands/ChangeValue.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

#include <utility>
#include <vector>

namespace callstudio {

// The property's value in the document now, or nullptr when the part is gone.
template <typename Value>
const Value *currentValue(const DesignDocument *document, const DesignProperty<Value> &property)
{
    return property.read(document->design());
}

// Pushes the change of `property` to `value` as one undo command. Editors capture the
// document, never a page builder: a builder is gone once its editors exist.
template <typename Value>
void pushChange(DesignDocument *document, DesignProperty<Value> property, Value value, UndoName name)
{
    document->undoStack()->push(
        new ChangeValue<Value>(document, std::move(property), std::move(value), std::move(name)));
}

// A combo box of `choices` for an enumeration property.
template <typename Enum>
QComboBox *bindChoice(EditorRegistry &editors, DesignDocument *document, const std::string &pointer,
                      const std::vector<std::pair<QString, Enum>> &choices, DesignProperty<Enum> property,
                      const UndoName &undoName)
{
    auto *combo = new QComboBox;
    for (const auto &[title, value] : choices)
        combo->addItem(title, static_cast<int>(value));
    QObject::connect(combo, QOverload<int>::of(&QComboBox::activated), combo, [=] {
        pushChange(document, property, static_cast<Enum>(combo->currentData().toInt()), undoName);
    });
    editors.onRefresh([=] {
        if (const Enum *value = currentValue(document, property))
            combo->setCurrentIndex(combo->findData(static_cast<int>(*value)));
    });
    editors.add(pointer, combo);
    return combo;
}

// A spin box from `lowest` to `highest` for a whole-number property.
inline QSpinBox *bindNumber(EditorRegistry &editors, DesignDocument *document, const std::string &pointer, int lowest,
                            int highest, DesignProperty<int> property, const UndoName &undoName)
{
    auto *spin = new QSpinBox;
    spin->setRange(lowest, highest);
    QObject::connect(spin, QOverload<int>::of(&QSpinBox::valueChanged), spin,
                     [=](int value) { pushChange(document, property, value, undoName); });
    editors.onRefresh([=] {
        if (const int *value = currentValue(document, property)) {
            const QSignalBlocker blocker(spin);
            spin->setValue(*value);
        }
    });
    editors.add(pointer, spin);
    return spin;
}

} // namespace callstudio
