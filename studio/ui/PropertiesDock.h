// The "Properties" dock: the page of the selected block (texts in the editing locale,
// alignment, style, link targets, the pre-call form's fields, the survey; one page per
// kind in properties/), or of the widget itself when a state is selected (name, app id,
// locales, routing, and the call error messages on the error state). The dock picks the
// page, rebuilds it when its rows change, and refreshes its values otherwise.
#pragma once

#include "EditorRegistry.h"
#include "checks/Problem.h"
#include "document/DesignDocument.h"
#include "ui/properties/PropertyPage.h"

#include <QDockWidget>

#include <string>
#include <vector>

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
    // The pointer the focused editor is registered under, "" when none of this dock's has the focus.
    std::string focusedPointer() const { return m_editors.focusedPointer(); }

    // The values refused where typed and kept as drafts, as problems of the design:
    // error "input.not-applied", placed at the field.
    std::vector<Problem> unappliedInput() const;

    void retranslate();

signals:
    void unappliedInputChanged();

private:
    void rebuild();
    // What decides which rows exist; values alone are refreshed in place.
    std::string shape() const;
    const Block *shownBlock() const;

    DesignDocument *m_document;
    WidgetState m_state = WidgetState::Idle;
    QString m_blockId;
    std::string m_locale;
    std::string m_shape;
    EditorRegistry m_editors;
    DraftStore m_drafts;
};

} // namespace callstudio
