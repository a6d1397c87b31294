#include "FormPage.h"

#include "checks/OperatorNames.h"
#include "commands/AddRemoveFormField.h"
#include "commands/DesignProperties.h"
#include "commands/MoveFormField.h"
#include "contract/FieldConstraints.h"
#include "ui/PropertiesDock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The options typed one per line as "value = label", the labels in `locale`, keeping
// the other locales' labels of values that stay; a message instead when one is unusable.
QString parseOptions(const QString &text, const FormField &field, const std::string &locale,
                     std::vector<SelectOption> *parsed)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const int eq = line.indexOf(QLatin1Char('='));
        const QString value = (eq < 0 ? line : line.left(eq)).trimmed();
        const QString label = eq < 0 ? value : line.mid(eq + 1).trimmed();
        if (value.isEmpty())
            return callstudio::PropertiesDock::tr("Each option needs a value before '='");
        SelectOption o;
        o.value = value.toStdString();
        for (const auto &old : field.options)
            if (old.value == o.value)
                o.label = old.label;
        o.label.set(locale, label.toStdString());
        parsed->push_back(std::move(o));
    }
    return {};
}

} // namespace

FormPage::FormPage(const PageContext &context, const QString &blockId)
    : PropertyPage(context)
    , m_id(blockId)
{
    DesignDocument *document = m_document;
    m_formOf = [document, blockId]() -> const PreCallForm * {
        const Block *b = document->block(blockId);
        return b ? &b->form : nullptr;
    };
    m_editForm = [document, blockId, formOf = m_formOf](
                     const std::string &part, const std::function<void(PreCallForm &)> &edit, const UndoName &name) {
        const PreCallForm *f = formOf();
        if (!f)
            return;
        PreCallForm copy = *f;
        edit(copy);
        pushChange(document, property::blockForm(blockId, part), copy, name);
    };
}

FormPage::FieldOf FormPage::fieldOf(size_t i) const
{
    return [formOf = m_formOf, i]() -> const FormField * {
        const PreCallForm *f = formOf();
        return f && i < f->fields.size() ? &f->fields[i] : nullptr;
    };
}

void FormPage::build(QFormLayout *outer, const PreCallForm &form)
{
    for (size_t i = 0; i < form.fields.size(); ++i)
        outer->addRow(fieldGroup(i, form));
    addNewFieldButton(outer);
    addConsent(outer, form.consent.has_value());
}

QGroupBox *FormPage::fieldGroup(size_t i, const PreCallForm &form)
{
    const std::string ptr = pointer(i);
    auto *group = new QGroupBox(callstudio::PropertiesDock::tr("Field %1").arg(static_cast<int>(i) + 1));
    auto *rows = new QFormLayout(group);
    const FieldOf field = fieldOf(i);
    const EditForm editForm = m_editForm;
    addCheckedLineRow(
        rows, callstudio::PropertiesDock::tr("Key"), formFieldPointer(i, FormFieldMember::Key).to_string(),
        [field] {
            const FormField *f = field();
            return f ? f->key : std::string();
        },
        [](const QString &text) {
            return matchesFieldPattern(FieldKind::Key, text.toStdString())
                       ? QString()
                       : callstudio::PropertiesDock::tr(
                           "A key starts with a letter or '_' and holds only letters, digits and '_'");
        },
        [editForm, i](const std::string &key) {
            editForm(
                formFieldPointer(i, FormFieldMember::Key).to_string(), [&](PreCallForm &f) { f.fields[i].key = key; },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Key")));
        });
    addFieldType(rows, i);
    addFieldTexts(rows, i, form.fields[i].type);
    if (form.fields[i].type == FieldType::Select)
        addOptionsEditor(rows, group, i);
    addFieldButtons(rows, i, form.fields.size());
    m_editors.add(ptr, group);
    return group;
}

void FormPage::addFieldType(QFormLayout *form, size_t i)
{
    const FieldOf field = fieldOf(i);
    const EditForm editForm = m_editForm;
    auto *type = new QComboBox;
    for (FieldType t : {FieldType::Text, FieldType::Email, FieldType::Tel, FieldType::Select, FieldType::Checkbox})
        type->addItem(fieldTypeTitle(t), static_cast<int>(t));
    type->setAccessibleName(callstudio::PropertiesDock::tr("Field type"));
    QObject::connect(type, QOverload<int>::of(&QComboBox::activated), m_receiver, [editForm, i, type] {
        const auto t = static_cast<FieldType>(type->currentData().toInt());
        editForm(
            formFieldPointer(i, FormFieldMember::Type).to_string(), [&](PreCallForm &f) { f.fields[i].type = t; },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Type")));
    });
    m_editors.onRefresh([type, field] {
        if (const FormField *f = field())
            type->setCurrentIndex(type->findData(static_cast<int>(f->type)));
    });
    form->addRow(callstudio::PropertiesDock::tr("Type"), type);
    m_editors.add(formFieldPointer(i, FormFieldMember::Type).to_string(), type);
}

void FormPage::addFieldTexts(QFormLayout *form, size_t i, FieldType type)
{
    const FieldOf field = fieldOf(i);
    const EditForm editForm = m_editForm;
    addTextRow(
        form, callstudio::PropertiesDock::tr("Label"), formFieldPointer(i, FormFieldMember::Label).to_string(),
        [field]() -> const LocalizedText * {
            const FormField *f = field();
            return f ? &f->label : nullptr;
        },
        [editForm, i](const LocalizedText &t) {
            editForm(
                formFieldPointer(i, FormFieldMember::Label).to_string(), [&](PreCallForm &f) { f.fields[i].label = t; },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Label")));
        });
    if (type != FieldType::Checkbox)
        addTextRow(
            form, callstudio::PropertiesDock::tr("Placeholder"),
            formFieldPointer(i, FormFieldMember::Placeholder).to_string(),
            [field]() -> const LocalizedText * {
                const FormField *f = field();
                return f ? &f->placeholder : nullptr;
            },
            [editForm, i](const LocalizedText &t) {
                editForm(
                    formFieldPointer(i, FormFieldMember::Placeholder).to_string(),
                    [&](PreCallForm &f) { f.fields[i].placeholder = t; },
                    UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Placeholder")));
            });
    auto *required = new QCheckBox(callstudio::PropertiesDock::tr("Required"));
    QObject::connect(required, &QCheckBox::toggled, m_receiver, [editForm, i](bool on) {
        editForm(
            formFieldPointer(i, FormFieldMember::Required).to_string(),
            [&](PreCallForm &f) { f.fields[i].required = on; },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Required")));
    });
    m_editors.onRefresh([required, field] {
        if (const FormField *f = field()) {
            const QSignalBlocker blocker(required);
            required->setChecked(f->required);
        }
    });
    form->addRow(QString(), required);
}

void FormPage::addOptionsEditor(QFormLayout *form, QGroupBox *group, size_t i)
{
    const FieldOf field = fieldOf(i);
    const EditForm editForm = m_editForm;
    // One option per line as "value = label", the label in the editing locale.
    auto *options = new QPlainTextEdit;
    options->setTabChangesFocus(true);
    options->setMaximumHeight(80);
    options->setAccessibleName(callstudio::PropertiesDock::tr("Options"));
    options->setToolTip(callstudio::PropertiesDock::tr("One option per line: value = label"));
    options->setPlaceholderText(callstudio::PropertiesDock::tr("standard = Standard delivery"));
    auto *error = inlineErrorLabel(group);
    const std::string locale = m_locale;
    QObject::connect(options, &QPlainTextEdit::textChanged, m_receiver, [=] {
        const FormField *f = field();
        if (!f)
            return;
        std::vector<SelectOption> parsed;
        const QString problem = parseOptions(options->toPlainText(), *f, locale, &parsed);
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (problem.isEmpty())
            editForm(
                formFieldPointer(i, FormFieldMember::Options).to_string(),
                [&](PreCallForm &form) { form.fields[i].options = parsed; },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Options")));
    });
    const std::string defaultLocale = m_document->design().defaultLocale;
    m_editors.onRefresh([options, field, locale, defaultLocale, error] {
        const FormField *f = field();
        if (!f || error->isVisible())
            return;
        QStringList lines;
        for (const auto &o : f->options)
            lines << QStringLiteral("%1 = %2").arg(q(o.value), q(o.label.resolve(locale, defaultLocale)));
        const QString text = lines.join(QLatin1Char('\n'));
        QStringList current = options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : current)
            line = line.trimmed();
        if (current.join(QLatin1Char('\n')).remove(QLatin1Char(' ')) != QString(text).remove(QLatin1Char(' '))) {
            const QSignalBlocker blocker(options);
            options->setPlainText(text);
        }
    });
    form->addRow(callstudio::PropertiesDock::tr("Options"), options);
    form->addRow(QString(), error);
    m_editors.add(formFieldPointer(i, FormFieldMember::Options).to_string(), options);
}

void FormPage::addFieldButtons(QFormLayout *form, size_t i, size_t count)
{
    const int n = static_cast<int>(i);
    DesignDocument *document = m_document;
    const QString id = m_id;
    auto *buttons = new QHBoxLayout;
    auto *up = new QPushButton(callstudio::PropertiesDock::tr("Move up"));
    auto *down = new QPushButton(callstudio::PropertiesDock::tr("Move down"));
    auto *remove = new QPushButton(callstudio::PropertiesDock::tr("Remove field"));
    up->setEnabled(i > 0);
    down->setEnabled(i + 1 < count);
    QObject::connect(up, &QPushButton::clicked, m_receiver,
                     [document, id, n] { document->undoStack()->push(new MoveFormField(document, id, n, n - 1)); });
    QObject::connect(down, &QPushButton::clicked, m_receiver,
                     [document, id, n] { document->undoStack()->push(new MoveFormField(document, id, n, n + 1)); });
    QObject::connect(remove, &QPushButton::clicked, m_receiver,
                     [document, id, n] { document->undoStack()->push(new RemoveFormField(document, id, n)); });
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    buttons->addWidget(remove);
    form->addRow(buttons);
}

void FormPage::addNewFieldButton(QFormLayout *outer)
{
    DesignDocument *document = m_document;
    const QString id = m_id;
    auto *add = new QPushButton(callstudio::PropertiesDock::tr("Add field"));
    add->setToolTip(callstudio::PropertiesDock::tr("Add a text field to the form"));
    QObject::connect(add, &QPushButton::clicked, m_receiver, [document, id, formOf = m_formOf] {
        const PreCallForm *f = formOf();
        if (!f)
            return;
        FormField field;
        for (int n = static_cast<int>(f->fields.size()) + 1;; ++n) {
            field.key = "field" + std::to_string(n);
            if (std::none_of(f->fields.begin(), f->fields.end(),
                             [&](const FormField &x) { return x.key == field.key; }))
                break;
        }
        field.label.set(document->design().defaultLocale, callstudio::PropertiesDock::tr("New field").toStdString());
        document->undoStack()->push(new AddFormField(document, id, field));
    });
    outer->addRow(QString(), add);
    m_editors.add(formFieldsPointer().to_string(), add);
}

void FormPage::addConsent(QFormLayout *outer, bool shown)
{
    DesignDocument *document = m_document;
    const EditForm editForm = m_editForm;
    const auto formOf = m_formOf;
    auto *consent = new QCheckBox(callstudio::PropertiesDock::tr("Ask for consent before the call"));
    consent->setToolTip(callstudio::PropertiesDock::tr("A checkbox the visitor ticks before calling"));
    QObject::connect(consent, &QCheckBox::toggled, m_receiver, [document, editForm](bool on) {
        editForm(
            "consent",
            [&](PreCallForm &f) {
                if (on) {
                    ConsentCheckbox c;
                    c.label.set(document->design().defaultLocale,
                                callstudio::PropertiesDock::tr("I agree to the processing of my call").toStdString());
                    f.consent = c;
                } else {
                    f.consent.reset();
                }
            },
            on ? UndoName(QT_TRANSLATE_NOOP("Undo", "Add Consent Checkbox"))
               : UndoName(QT_TRANSLATE_NOOP("Undo", "Remove Consent Checkbox")));
    });
    m_editors.onRefresh([consent, formOf] {
        if (const PreCallForm *f = formOf()) {
            const QSignalBlocker blocker(consent);
            consent->setChecked(f->consent.has_value());
        }
    });
    outer->addRow(QString(), consent);
    m_editors.add(consentPointer().to_string(), consent);
    if (!shown)
        return;
    addTextRow(
        outer, callstudio::PropertiesDock::tr("Consent text"), consentLabelPointer().to_string(),
        [formOf]() -> const LocalizedText * {
            const PreCallForm *f = formOf();
            return f && f->consent ? &f->consent->label : nullptr;
        },
        [editForm](const LocalizedText &t) {
            editForm(
                "consent/label",
                [&](PreCallForm &f) {
                    if (f.consent)
                        f.consent->label = t;
                },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Consent Text")));
        });
    auto *required = new QCheckBox(callstudio::PropertiesDock::tr("Consent required to call"));
    QObject::connect(required, &QCheckBox::toggled, m_receiver, [editForm](bool on) {
        editForm(
            "consent/required",
            [&](PreCallForm &f) {
                if (f.consent)
                    f.consent->required = on;
            },
            UndoName(QT_TRANSLATE_NOOP("Undo", "Change Consent Required")));
    });
    m_editors.onRefresh([required, formOf] {
        const PreCallForm *f = formOf();
        if (f && f->consent) {
            const QSignalBlocker blocker(required);
            required->setChecked(f->consent->required);
        }
    });
    outer->addRow(QString(), required);
}

} // namespace callstudio
