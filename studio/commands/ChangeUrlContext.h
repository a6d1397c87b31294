// Setting, removing and renaming the preview's sample URL context entries.
// Each is a ChangeValue of the list's owner that never merges.
#pragma once

#include "DesignProperties.h"

#include <map>
#include <string>

namespace callstudio {

class SetContextEntry : public ChangeValue<std::map<std::string, std::string>>
{
public:
    // Adds the entry or changes its value.
    SetContextEntry(DesignDocument *document, const std::string &key, const std::string &value,
                    QUndoCommand *parent = nullptr);
};

class RemoveContextEntry : public ChangeValue<std::map<std::string, std::string>>
{
public:
    RemoveContextEntry(DesignDocument *document, const std::string &key, QUndoCommand *parent = nullptr);
};

class RenameContextKey : public ChangeValue<std::map<std::string, std::string>>
{
public:
    // Refused (obsolete) when `to` is already a key.
    RenameContextKey(DesignDocument *document, const std::string &from, const std::string &to,
                     QUndoCommand *parent = nullptr);
};

// Whether `key` can name a URL context entry: letters, digits and '_', starting
// with a letter or '_', at most 64 characters (the schema's key pattern).
bool isValidContextKey(const std::string &key);

} // namespace callstudio
