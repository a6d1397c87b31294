#include "UndoName.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace callstudio {

UndoName::UndoName(const char *source, QString argument)
    : m_source(source)
    , m_argument(std::move(argument))
{
}

QString UndoName::text() const
{
    const QString translated = QCoreApplication::translate("Undo", m_source);
    return m_argument.isNull() ? translated : translated.arg(m_argument);
}

NamedUndoCommand::NamedUndoCommand(UndoName name, QUndoCommand *parent)
    : QUndoCommand(name.text(), parent)
    , m_name(std::move(name))
{
}

void NamedUndoCommand::setName(UndoName name)
{
    m_name = std::move(name);
    setText(m_name.text());
}

void NamedUndoCommand::retranslate()
{
    setText(m_name.text());
    for (int i = 0; i < childCount(); ++i)
        if (auto *named = dynamic_cast<const NamedUndoCommand *>(child(i)))
            const_cast<NamedUndoCommand *>(named)->retranslate();
}

void retranslateUndoStack(QUndoStack *stack)
{
    // QUndoStack hands out its commands read-only; a new text changes nothing it keeps.
    for (int i = 0; i < stack->count(); ++i)
        if (auto *named = dynamic_cast<const NamedUndoCommand *>(stack->command(i)))
            const_cast<NamedUndoCommand *>(named)->retranslate();
}

} // namespace callstudio
