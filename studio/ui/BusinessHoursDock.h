// The "Business hours" dock: time zone, 24/7, the weekly opening windows (split shifts
// allowed) and dated exceptions such as holidays.
#pragma once

#include "EditorRegistry.h"
#include "commands/ChangeValue.h"

#include <QDockWidget>

#include <functional>
#include <string>

class QFormLayout;
class QHBoxLayout;
class QLineEdit;

namespace callstudio {

class BusinessHoursDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit BusinessHoursDock(DesignDocument *document, QWidget *parent = nullptr);

    void setEditingLocale(const QString &locale);
    bool focusPointer(const std::string &pointer);
    QWidget *editorFor(const std::string &pointer);
    std::string focusedPointer() const { return m_editors.focusedPointer(); } // "" when none is focused
    void retranslate();

private:
    // A hidden dock (a tab behind another) is rebuilt when it is next shown or asked for
    // an editor, not on every edit and reset while nobody sees it.
    void rebuildWhenSeen();
    void ensureCurrent();

    void rebuild();
    std::string shape() const;
    // Editors inside `row` for the windows of weekday `day`, or of exception `exception`
    // when `day` is -1.
    void addWindowEditors(QHBoxLayout *row, int day, size_t exception);
    QLineEdit *timeEditor(const std::string &pointer, int day, size_t exception, size_t index, bool open);
    void addTimeZoneRow(QFormLayout *form);
    QWidget *buildExceptions();
    QWidget *buildException(size_t i, bool closedAllDay);
    void addExceptionLabelRow(QFormLayout *form, const std::string &pointer, size_t i);
    void addExceptionClosedRow(QFormLayout *form, size_t i);
    // Typing merges into one undo step per part; a click (add, remove) is a step of its own.
    enum class Step { MergesWithTyping, OwnStep };
    void editHours(const std::string &part, const std::function<void(BusinessHours &)> &edit, UndoName name,
                   Step step = Step::MergesWithTyping);

    DesignDocument *m_document;
    std::string m_locale;
    std::string m_shape;
    bool m_stale = false;
    EditorRegistry m_editors;
};

} // namespace callstudio
