// The "Properties" dock: an editor for the selected block (texts in the editing locale,
// alignment, style, link targets, the pre-call form's fields, the survey), or for the
// widget itself when a state is selected (name, app id, locales, routing, and the call
// error messages on the error state).
#pragma once

#include "EditorRegistry.h"
#include "commands/ChangeValue.h"
#include "document/DesignDocument.h"

#include <QDockWidget>

#include <functional>
#include <string>

class QFormLayout;
class QLineEdit;

namespace callstudio {

class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(DesignDocument *document, QWidget *parent = nullptr);

    void setSelection(WidgetState state, const QString &blockId);
    void setEditingLocale(const QString &locale);

    // Focuses the editor of `pointer`: a tail inside the shown block ("/form/fields/1/key")
    // or, on the widget page, a pointer of the design ("/appId"). Returns whether one was found.
    bool focusPointer(const std::string &pointer);
    QWidget *editorFor(const std::string &pointer) const;

    void retranslate();

private:
    using TextGetter = std::function<const LocalizedText *()>;
    using TextSetter = std::function<void(const LocalizedText &)>;

    void rebuild();
    std::string shape() const;
    const Block *shownBlock() const;

    void buildBlockPage(QFormLayout *form, const Block &block);
    void buildFormEditor(QFormLayout *form, const Block &block);
    void buildSurveyEditor(QFormLayout *form, const Block &block);
    void buildWidgetPage(QFormLayout *form);

    QWidget *addTextRow(QFormLayout *form, const QString &label, const std::string &pointer, TextGetter get,
                        TextSetter set, bool multiline = false);
    // A line edit whose value is pushed only when `validate` returns an empty message;
    // otherwise the message shows under it.
    QLineEdit *addCheckedLineRow(QFormLayout *form, const QString &label, const std::string &pointer,
                                 std::function<std::string()> get, std::function<QString(const QString &)> validate,
                                 std::function<void(const std::string &)> set);
    void addReadyTextsButton(QFormLayout *form);

    template <typename Value> void push(DesignProperty<Value> property, Value value, UndoName name)
    {
        m_document->undoStack()->push(
            new ChangeValue<Value>(m_document, std::move(property), std::move(value), std::move(name)));
    }

    DesignDocument *m_document;
    WidgetState m_state = WidgetState::Idle;
    QString m_blockId;
    std::string m_locale;
    std::string m_shape;
    EditorRegistry m_editors;
};

} // namespace callstudio
