#include "AddRemoveLocale.h"

#include "contract/FieldConstraints.h"

#include <QCoreApplication>

#include <algorithm>

namespace callstudio {

void forEachText(WidgetDesign &design, const std::function<void(LocalizedText &)> &visit)
{
    forEachText(design, [&](LocalizedText &text, const JsonPointer &) { visit(text); });
}

bool isValidLocaleTag(const std::string &locale)
{
    return matchesFieldPattern(FieldKind::LocaleCode, locale);
}

WidgetDesign AddLocale::withLocale(WidgetDesign design, const std::string &locale)
{
    auto &l = design.locales;
    if (isValidLocaleTag(locale) && std::find(l.begin(), l.end(), locale) == l.end())
        l.push_back(locale);
    return design;
}

AddLocale::AddLocale(DesignDocument *document, const std::string &locale, QUndoCommand *parent)
    : ReplaceDesign(document, withLocale(document->design(), locale),
                    UndoName(QT_TRANSLATE_NOOP("Undo", "Add Locale %1"), QString::fromStdString(locale)),
                    DesignDocument::Change::Locales, parent)
{
}

WidgetDesign RemoveLocale::withoutLocale(WidgetDesign design, const std::string &locale)
{
    if (locale == design.defaultLocale)
        return design;
    auto &l = design.locales;
    l.erase(std::remove(l.begin(), l.end(), locale), l.end());
    forEachText(design, [&](LocalizedText &t) { t.byLocale.erase(locale); });
    return design;
}

RemoveLocale::RemoveLocale(DesignDocument *document, const std::string &locale, QUndoCommand *parent)
    : ReplaceDesign(document, withoutLocale(document->design(), locale),
                    UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Locale %1"), QString::fromStdString(locale)),
                    DesignDocument::Change::Locales, parent)
{
}

} // namespace callstudio
