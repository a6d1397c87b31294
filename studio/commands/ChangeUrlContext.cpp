#include "ChangeUrlContext.h"

#include "contract/FieldConstraints.h"

#include <QCoreApplication>

namespace callstudio {

SetContextEntry::SetContextEntry(DesignDocument *document, const std::string &key, const std::string &value,
                                 QUndoCommand *parent)
    : ChangeValue(document, property::urlContext("value/" + key),
                  editedValue(document, property::urlContext(key),
                              [&](std::map<std::string, std::string> &c) { c[key] = value; }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Set Context Value")), parent)
{
}

RemoveContextEntry::RemoveContextEntry(DesignDocument *document, const std::string &key, QUndoCommand *parent)
    : ChangeValue(
        document, oneStep(property::urlContext(key)),
        editedValue(document, property::urlContext(key), [&](std::map<std::string, std::string> &c) { c.erase(key); }),
        UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Context Entry")), parent)
{
}

RenameContextKey::RenameContextKey(DesignDocument *document, const std::string &from, const std::string &to,
                                   QUndoCommand *parent)
    : ChangeValue(document, oneStep(property::urlContext(from)),
                  editedValue(document, property::urlContext(from),
                              [&](std::map<std::string, std::string> &c) {
                                  auto it = c.find(from);
                                  if (it == c.end() || c.count(to) || !isValidContextKey(to))
                                      return;
                                  std::string value = it->second;
                                  c.erase(it);
                                  c[to] = value;
                              }),
                  UndoName(QT_TRANSLATE_NOOP("Undo", "Rename Context Key")), parent)
{
}

bool isValidContextKey(const std::string &key)
{
    return matchesFieldPattern(FieldKind::Key, key);
}

} // namespace callstudio
