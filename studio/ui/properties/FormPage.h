// The pre-call form block's editors: its fields (key, type, label, placeholder, required,
// options, order) and the consent checkbox.
#pragma once

#include "PropertyPage.h"
#include "contract/DesignPointers.h"

class QFormLayout;
class QGroupBox;

namespace callstudio {

class FormPage : public PropertyPage
{
public:
    FormPage(const PageContext &context, const QString &blockId);

    void build(QFormLayout *outer, const PreCallForm &form);

private:
    using FieldOf = std::function<const FormField *()>;
    // Pushes an edit of the whole form; `part` keeps typing in one place one undo step.
    using EditForm = std::function<void(const std::string &part, const std::function<void(PreCallForm &)> &edit,
                                        const UndoName &name)>;

    QGroupBox *fieldGroup(size_t i, const PreCallForm &form);
    void addFieldTexts(QFormLayout *form, size_t i, FieldType type);
    void addFieldType(QFormLayout *form, size_t i);
    void addOptionsEditor(QFormLayout *form, QGroupBox *group, size_t i);
    void addFieldButtons(QFormLayout *form, size_t i, size_t count);
    void addNewFieldButton(QFormLayout *outer);
    void addConsent(QFormLayout *outer, bool shown);

    FieldOf fieldOf(size_t i) const;
    static std::string pointer(size_t i) { return formFieldPointer(i).to_string(); }

    const QString m_id;
    std::function<const PreCallForm *()> m_formOf;
    EditForm m_editForm;
};

} // namespace callstudio
