#include "AddRemoveLocale.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace callstudio {

void forEachText(WidgetDesign &design, const std::function<void(LocalizedText &)> &visit)
{
    for (auto &state : design.states) {
        for (auto &b : state.blocks) {
            for (LocalizedText *t : {&b.text, &b.activeText, &b.linkLabel, &b.altText})
                visit(*t);
            for (auto &f : b.form.fields) {
                visit(f.label);
                visit(f.placeholder);
                for (auto &o : f.options)
                    visit(o.label);
            }
            if (b.form.consent)
                visit(b.form.consent->label);
            for (LocalizedText *t : {&b.survey.question, &b.survey.commentLabel, &b.survey.commentPlaceholder,
                                     &b.survey.submitLabel, &b.survey.thanks})
                visit(*t);
        }
    }
    for (auto &[code, text] : design.errorMessages)
        visit(text);
    for (auto &e : design.businessHours.exceptions)
        visit(e.label);
}

bool isValidLocaleTag(const std::string &locale)
{
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return tag.match(QString::fromStdString(locale)).hasMatch();
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
