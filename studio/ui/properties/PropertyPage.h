// What the pages of the Properties dock are built from: the document they edit, the
// locale whose texts they show, the registry of their editors, and the rows they share.
// Their words are PropertiesDock's, one translation context for the whole dock, written
// callstudio::PropertiesDock::tr() in full so that lupdate files them under that context.
#pragma once

#include "ui/EditorRegistry.h"
#include "ui/PropertyBinding.h"

#include <QString>
#include <QUndoStack>

#include <functional>
#include <string>

class QFormLayout;
class QLabel;
class QLineEdit;
class QObject;
class QWidget;

namespace callstudio {

struct PageContext
{
    DesignDocument *document;
    EditorRegistry &editors;
    std::string locale; // the editing locale
    QObject *receiver;  // the dock: its editors' connections end with it
};

class PropertyPage
{
public:
    explicit PropertyPage(const PageContext &context);

protected:
    using TextGetter = std::function<const LocalizedText *()>;
    using TextSetter = std::function<void(const LocalizedText &)>;

    // An editor of the text in the editing locale, the default locale's text as its
    // placeholder.
    QWidget *addTextRow(QFormLayout *form, const QString &label, const std::string &pointer, TextGetter get,
                        TextSetter set, bool multiline = false);
    // A line edit whose value is pushed only when `validate` returns an empty message;
    // otherwise the message shows under it.
    QLineEdit *addCheckedLineRow(QFormLayout *form, const QString &label, const std::string &pointer,
                                 std::function<std::string()> get, std::function<QString(const QString &)> validate,
                                 std::function<void(const std::string &)> set);

    DesignDocument *m_document;
    EditorRegistry &m_editors;
    const std::string m_locale;
    QObject *m_receiver;
};

// A hidden red label for what is wrong with the editor above it.
QLabel *inlineErrorLabel(QWidget *parent);

// Sets a line edit's text without emitting edits and only when it differs, so that
// refreshing after one's own keystroke leaves the cursor alone.
void setLineText(QLineEdit *edit, const QString &text);

} // namespace callstudio
