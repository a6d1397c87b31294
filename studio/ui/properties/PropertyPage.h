// What the pages of the Properties dock are built from: the document they edit, the
// locale whose texts they show, the registry of their editors, and the rows they share.
// Their words are PropertiesDock's, one translation context for the whole dock, written
// callstudio::PropertiesDock::tr() in full so that lupdate files them under that context.
#pragma once

#include "ui/EditorRegistry.h"
#include "ui/PropertyBinding.h"
#include "ui/properties/DraftStore.h"

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

// What an editor does with a value its check refuses.
enum class RefusedValue {
    KeepAsDraft, // not stored (the file format cannot hold it): kept in the field only
    Store,       // stored as typed: Problems says why it is wrong, export stays blocked
};

struct PageContext
{
    DesignDocument *document;
    EditorRegistry &editors;
    std::string locale; // the editing locale
    QObject *receiver;  // the dock: its editors' connections end with it
    DraftStore &drafts;
    QString subject; // the block id, or empty for the widget's own page
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
    // A line edit whose check's message shows under it. A refused value is never thrown
    // away: it is stored or kept as a draft (`refused`) until fixed, or reverted with Esc.
    QLineEdit *addCheckedLineRow(QFormLayout *form, const QString &label, const std::string &pointer,
                                 std::function<std::string()> get, std::function<QString(const QString &)> validate,
                                 std::function<void(const std::string &)> set,
                                 RefusedValue refused = RefusedValue::KeepAsDraft);

    DesignDocument *m_document;
    EditorRegistry &m_editors;
    const std::string m_locale;
    QObject *m_receiver;
    DraftStore &m_drafts;
    const QString m_subject;
};

// A hidden red label for what is wrong with the editor above it.
QLabel *inlineErrorLabel(QWidget *parent);

// Sets a line edit's text without emitting edits and only when it differs, so that
// refreshing after one's own keystroke leaves the cursor alone.
void setLineText(QLineEdit *edit, const QString &text);

} // namespace callstudio
