// Adding a locale to the design, and removing one with all its texts.
#pragma once

#include "ReplaceDesign.h"

#include <functional>
#include <string>

namespace callstudio {

// Calls `visit` on every per-locale text the design file holds (contract/DesignFields.h).
void forEachText(WidgetDesign &design, const std::function<void(LocalizedText &)> &visit);

// Whether `locale` looks like a BCP 47 tag the design can hold ("fr", "pt-BR"): the
// schema's localeCode pattern.
bool isValidLocaleTag(const std::string &locale);

class AddLocale : public ReplaceDesign
{
public:
    AddLocale(DesignDocument *document, const std::string &locale, QUndoCommand *parent = nullptr);

private:
    static WidgetDesign withLocale(WidgetDesign design, const std::string &locale);
};

// The default locale cannot be removed; such a command is obsolete.
class RemoveLocale : public ReplaceDesign
{
public:
    RemoveLocale(DesignDocument *document, const std::string &locale, QUndoCommand *parent = nullptr);

private:
    static WidgetDesign withoutLocale(WidgetDesign design, const std::string &locale);
};

} // namespace callstudio
