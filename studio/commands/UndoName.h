// The names of undo steps, said again in the operator's language after a switch.
//
// A command keeps its name as the English source, marked for lupdate where it is written:
//
//     UndoName(QT_TRANSLATE_NOOP("Undo", "Add Locale %1"), locale)
//
// and shows it translated; retranslateUndoStack() renames every step already in the
// History when the UI language changes.
#pragma once

#include <QString>
#include <QUndoCommand>

class QUndoStack;

namespace callstudio {

class UndoName
{
public:
    // `source` must outlive the command (a string literal); `argument` fills its %1 and
    // is data (a locale code), never translated.
    explicit UndoName(const char *source, QString argument = {});

    QString text() const; // in the current UI language

private:
    const char *m_source;
    QString m_argument;
};

// A command named by an UndoName.
class NamedUndoCommand : public QUndoCommand
{
public:
    explicit NamedUndoCommand(UndoName name, QUndoCommand *parent = nullptr);

    void setName(UndoName name);
    void retranslate(); // this command and its children

private:
    UndoName m_name;
};

// Every step of `stack`, renamed in the current UI language.
void retranslateUndoStack(QUndoStack *stack);

} // namespace callstudio
