#include "PropertiesDock.h"

#include "PropertyBinding.h"
#include "ReadyTexts.h"
#include "UiText.h"
#include "checks/DesignChecks.h"
#include "commands/AddRemoveFormField.h"
#include "commands/AddRemoveLocale.h"
#include "commands/DesignProperties.h"
#include "commands/MoveFormField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QLabel *inlineErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("inlineError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

// Sets a line edit's text without emitting edits and only when it differs, so that
// refreshing after one's own keystroke leaves the cursor alone.
void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

const QRegularExpression &fieldKeyPattern()
{
    static const QRegularExpression p(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return p;
}

} // namespace

PropertiesDock::PropertiesDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_locale(document->design().defaultLocale)
{
    setObjectName(QStringLiteral("propertiesDock"));
    connect(m_document, &DesignDocument::changed, this, [this] {
        if (shape() != m_shape)
            rebuild();
        else
            m_editors.refreshAll();
    });
    retranslate();
}

void PropertiesDock::retranslate()
{
    setWindowTitle(tr("Properties"));
    rebuild();
}

void PropertiesDock::setSelection(WidgetState state, const QString &blockId)
{
    if (state == m_state && blockId == m_blockId)
        return;
    m_state = state;
    m_blockId = blockId;
    rebuild();
}

void PropertiesDock::setEditingLocale(const QString &locale)
{
    m_locale = locale.toStdString();
    rebuild();
}

const Block *PropertiesDock::shownBlock() const
{
    return m_blockId.isEmpty() ? nullptr : m_document->block(m_blockId);
}

std::string PropertiesDock::shape() const
{
    // What decides which rows exist; values alone are refreshed in place.
    const WidgetDesign &d = m_document->design();
    std::string s = m_locale + "|" + d.defaultLocale + "|";
    for (const auto &l : d.locales)
        s += l + ",";
    if (const Block *b = shownBlock()) {
        s += "|" + b->id + "|" + blockKindName(b->kind) + "|" + std::to_string(b->form.fields.size());
        for (const auto &f : b->form.fields)
            s += fieldTypeName(f.type);
        s += b->form.consent ? "c" : "-";
        s += b->survey.commentEnabled ? "C" : "-";
    } else {
        s += std::string("|state|") + stateName(m_state);
    }
    return s;
}

bool PropertiesDock::focusPointer(const std::string &pointer)
{
    return m_editors.reveal(pointer, this);
}

QWidget *PropertiesDock::editorFor(const std::string &pointer) const
{
    return m_editors.editorFor(pointer);
}

void PropertiesDock::rebuild()
{
    // The editor with the focus comes back focused in the new page (a type change rebuilds).
    const std::string focusedPointer = m_editors.focusedPointer();
    m_editors.clear();
    m_shape = shape();
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    if (const Block *b = shownBlock())
        buildBlockPage(form, *b);
    else
        buildWidgetPage(form);
    // Editors keep a usable width; a label too long beside them moves above them instead.
    for (QWidget *editor : page->findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor)
            || qobject_cast<QComboBox *>(editor))
            editor->setMinimumWidth(180);
    installDockPage(this, page);
    m_editors.refreshAll();
    m_editors.focus(focusedPointer);
}

QWidget *PropertiesDock::addTextRow(QFormLayout *form, const QString &label, const std::string &pointer, TextGetter get,
                                    TextSetter set, bool multiline)
{
    const std::string locale = m_locale;
    const std::string defaultLocale = m_document->design().defaultLocale;
    auto edited = [get, set, locale, defaultLocale](const QString &text) {
        const LocalizedText *current = get();
        if (!current)
            return;
        LocalizedText t = *current;
        // An emptied translation falls back to the default text instead of showing nothing.
        if (text.isEmpty() && locale != defaultLocale)
            t.byLocale.erase(locale);
        else
            t.set(locale, text.toStdString());
        set(t);
    };
    auto fallback = [get, locale, defaultLocale]() -> QString {
        const LocalizedText *t = get();
        if (!t || locale == defaultLocale)
            return {};
        return q(t->resolve(defaultLocale, defaultLocale));
    };
    auto value = [get, locale]() -> QString {
        const LocalizedText *t = get();
        if (!t)
            return {};
        auto it = t->byLocale.find(locale);
        return it == t->byLocale.end() ? QString() : q(it->second);
    };
    QWidget *editor;
    if (multiline) {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(90);
        connect(edit, &QPlainTextEdit::textChanged, this, [edit, edited] { edited(edit->toPlainText()); });
        m_editors.onRefresh([edit, value, fallback] {
            edit->setPlaceholderText(fallback());
            if (edit->toPlainText() != value()) {
                const QSignalBlocker blocker(edit);
                edit->setPlainText(value());
            }
        });
        editor = edit;
    } else {
        auto *edit = new QLineEdit;
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, edited);
        m_editors.onRefresh([edit, value, fallback] {
            edit->setPlaceholderText(fallback());
            setLineText(edit, value());
        });
        editor = edit;
    }
    editor->setAccessibleName(label);
    editor->setToolTip(
        locale == defaultLocale
            ? tr("Text in %1, the default locale").arg(q(locale))
            : tr("Text in %1; when empty, visitors see the %2 text shown greyed").arg(q(locale), q(defaultLocale)));
    form->addRow(label, editor);
    m_editors.add(pointer, editor);
    return editor;
}

QLineEdit *PropertiesDock::addCheckedLineRow(QFormLayout *form, const QString &label, const std::string &pointer,
                                             std::function<std::string()> get,
                                             std::function<QString(const QString &)> validate,
                                             std::function<void(const std::string &)> set)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *edit = new QLineEdit(box);
    edit->setAccessibleName(label);
    auto *error = inlineErrorLabel(box);
    layout->addWidget(edit);
    layout->addWidget(error);
    connect(edit, &QLineEdit::textEdited, this, [edit, error, validate, set](const QString &text) {
        const QString message = validate(text);
        error->setText(message);
        error->setVisible(!message.isEmpty());
        edit->setAccessibleDescription(message);
        if (message.isEmpty())
            set(text.toStdString());
    });
    m_editors.onRefresh([edit, error, get, validate] {
        // An undo brings back a stored value: the typed, refused one is gone.
        if (!error->isVisible() || edit->text().toStdString() == get()) {
            setLineText(edit, q(get()));
            const QString message = validate(edit->text());
            error->setText(message);
            error->setVisible(!message.isEmpty());
        }
    });
    form->addRow(label, box);
    m_editors.add(pointer, edit);
    return edit;
}

void PropertiesDock::buildBlockPage(QFormLayout *form, const Block &block)
{
    const QString id = m_blockId;
    const BlockKindUses uses = blockKindUses(block.kind);
    auto *title = new QLabel(tr("<b>%1</b> · %2").arg(blockKindTitle(block.kind), q(block.id)));
    form->addRow(title);

    auto blockGet = [this, id]() { return m_document->block(id); };
    auto textRow = [&](const QString &label, BlockTextRole role, const std::string &ptr, bool multiline = false) {
        addTextRow(
            form, label, ptr,
            [blockGet, role]() -> const LocalizedText * {
                const Block *b = blockGet();
                return b ? &callstudio::blockText(*b, role) : nullptr;
            },
            [this, id, role](const LocalizedText &t) {
                push(property::blockText(id, role), t, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Text")));
            },
            multiline);
    };

    if (uses.text) {
        const bool multiline = block.kind == BlockKind::Paragraph || block.kind == BlockKind::Disclosure;
        const QString label = block.kind == BlockKind::CallTimer ? tr("Prefix") : tr("Text");
        textRow(label, BlockTextRole::Text, "/text", multiline);
    }
    if (block.kind == BlockKind::Disclosure)
        addReadyTextsButton(form);
    if (uses.activeText)
        textRow(tr("Label while muted"), BlockTextRole::ActiveText, "/activeText");
    if (uses.url) {
        const UrlUse use = block.kind == BlockKind::Link ? UrlUse::Link : UrlUse::Image;
        const bool optional = block.kind == BlockKind::Disclosure;
        const QString label = block.kind == BlockKind::Disclosure ? tr("Privacy notice address")
                              : block.kind == BlockKind::Image    ? tr("Image address")
                                                                  : tr("Link address");
        auto *edit = addCheckedLineRow(
            form, label, "/url",
            [blockGet]() {
                const Block *b = blockGet();
                return b ? b->url : std::string();
            },
            [use, optional](const QString &text) -> QString {
                if (text.isEmpty())
                    return optional ? QString() : tr("An address is required");
                if (!isAllowedUrl(text.toStdString(), use))
                    return use == UrlUse::Link ? tr("Use an https:, mailto: or tel: address")
                                               : tr("Use an https: address");
                return {};
            },
            [this, id](const std::string &url) {
                push(property::blockUrl(id), url, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Address")));
            });
        edit->setToolTip(use == UrlUse::Link ? tr("https://…, mailto:… or tel:…") : tr("https://…"));
        edit->setPlaceholderText(QStringLiteral("https://"));
    }
    if (uses.linkLabel)
        textRow(tr("Privacy link label"), BlockTextRole::LinkLabel, "/linkLabel");
    if (uses.altText)
        textRow(tr("Alternative text"), BlockTextRole::AltText, "/alt");

    auto *align = bindChoice<Alignment>(
        m_editors, m_document, "/align",
        {{tr("Start"), Alignment::Start}, {tr("Centre"), Alignment::Center}, {tr("End"), Alignment::End}},
        property::blockAlignment(id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Alignment")));
    align->setAccessibleName(tr("Alignment"));
    form->addRow(tr("Alignment"), align);

    if (uses.headingLevel) {
        auto *level = bindNumber(m_editors, m_document, "/level", 1, 3, property::blockHeadingLevel(id),
                                 UndoName(QT_TRANSLATE_NOOP("Undo", "Change Heading Level")));
        level->setAccessibleName(tr("Heading level"));
        level->setToolTip(tr("1 is the largest heading"));
        form->addRow(tr("Heading level"), level);
    }
    if (uses.variant) {
        auto *variant = bindChoice<ButtonVariant>(
            m_editors, m_document, "/variant",
            {{tr("Primary"), ButtonVariant::Primary}, {tr("Secondary"), ButtonVariant::Secondary}},
            property::blockVariant(id), UndoName(QT_TRANSLATE_NOOP("Undo", "Change Button Style")));
        variant->setAccessibleName(tr("Button style"));
        form->addRow(tr("Button style"), variant);
    }
    if (uses.size) {
        auto *size = bindNumber(m_editors, m_document, "/size", 0, 640, property::blockSize(id),
                                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Size")));
        size->setSuffix(tr(" px"));
        const QString label = block.kind == BlockKind::Spacer ? tr("Height") : tr("Width");
        size->setAccessibleName(label);
        if (block.kind == BlockKind::Image)
            size->setSpecialValueText(tr("Natural size"));
        form->addRow(label, size);
    }
    if (uses.form)
        buildFormEditor(form, block);
    if (uses.survey)
        buildSurveyEditor(form, block);
}

void PropertiesDock::addReadyTextsButton(QFormLayout *form)
{
    auto *button = new QToolButton;
    button->setText(tr("Ready texts"));
    button->setToolTip(tr("Replace the text in the editing locale with a ready consent wording"));
    button->setAccessibleName(tr("Ready texts"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const QString id = m_blockId;
    const std::string locale = m_locale;
    for (ReadyText which : kAllReadyTexts) {
        const QString title = which == ReadyText::RecordingNotice    ? tr("Recording notice")
                              : which == ReadyText::ProcessingNotice ? tr("Processing notice")
                                                                     : tr("Regulated-industry disclosure");
        menu->addAction(title, this, [this, id, locale, which] {
            const Block *b = m_document->block(id);
            if (!b)
                return;
            LocalizedText t = b->text;
            t.set(locale, readyText(which, locale));
            push(property::blockText(id, BlockTextRole::Text), t,
                 UndoName(QT_TRANSLATE_NOOP("Undo", "Use Ready Text")));
        });
    }
    button->setMenu(menu);
    form->addRow(QString(), button);
}

void PropertiesDock::buildFormEditor(QFormLayout *outer, const Block &block)
{
    const QString id = m_blockId;
    auto formOf = [this, id]() -> const PreCallForm * {
        const Block *b = m_document->block(id);
        return b ? &b->form : nullptr;
    };
    // Pushes an edit of the whole form; `part` keeps typing in one place one undo step.
    auto editForm = [this, id, formOf](const std::string &part, const std::function<void(PreCallForm &)> &edit,
                                       const UndoName &name) {
        const PreCallForm *f = formOf();
        if (!f)
            return;
        PreCallForm copy = *f;
        edit(copy);
        push(property::blockForm(id, part), copy, name);
    };

    for (size_t i = 0; i < block.form.fields.size(); ++i) {
        const int n = static_cast<int>(i);
        const std::string ptr = "/form/fields/" + std::to_string(i);
        auto *group = new QGroupBox(tr("Field %1").arg(n + 1));
        auto *form = new QFormLayout(group);
        auto fieldOf = [formOf, i]() -> const FormField * {
            const PreCallForm *f = formOf();
            return f && i < f->fields.size() ? &f->fields[i] : nullptr;
        };
        addCheckedLineRow(
            form, tr("Key"), ptr + "/key",
            [fieldOf] {
                const FormField *f = fieldOf();
                return f ? f->key : std::string();
            },
            [](const QString &text) {
                return fieldKeyPattern().match(text).hasMatch()
                           ? QString()
                           : tr("A key starts with a letter or '_' and holds only letters, digits and '_'");
            },
            [editForm, i, ptr](const std::string &key) {
                editForm(
                    ptr + "/key", [&](PreCallForm &f) { f.fields[i].key = key; },
                    UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Key")));
            });
        auto *type = new QComboBox;
        for (FieldType t : {FieldType::Text, FieldType::Email, FieldType::Tel, FieldType::Select, FieldType::Checkbox})
            type->addItem(fieldTypeTitle(t), static_cast<int>(t));
        type->setAccessibleName(tr("Field type"));
        connect(type, QOverload<int>::of(&QComboBox::activated), this, [editForm, i, ptr, type] {
            const auto t = static_cast<FieldType>(type->currentData().toInt());
            editForm(
                ptr + "/type", [&](PreCallForm &f) { f.fields[i].type = t; },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Type")));
        });
        m_editors.onRefresh([type, fieldOf] {
            if (const FormField *f = fieldOf())
                type->setCurrentIndex(type->findData(static_cast<int>(f->type)));
        });
        form->addRow(tr("Type"), type);
        m_editors.add(ptr + "/type", type);
        addTextRow(
            form, tr("Label"), ptr + "/label",
            [fieldOf]() -> const LocalizedText * {
                const FormField *f = fieldOf();
                return f ? &f->label : nullptr;
            },
            [editForm, i, ptr](const LocalizedText &t) {
                editForm(
                    ptr + "/label", [&](PreCallForm &f) { f.fields[i].label = t; },
                    UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Label")));
            });
        if (block.form.fields[i].type != FieldType::Checkbox)
            addTextRow(
                form, tr("Placeholder"), ptr + "/placeholder",
                [fieldOf]() -> const LocalizedText * {
                    const FormField *f = fieldOf();
                    return f ? &f->placeholder : nullptr;
                },
                [editForm, i, ptr](const LocalizedText &t) {
                    editForm(
                        ptr + "/placeholder", [&](PreCallForm &f) { f.fields[i].placeholder = t; },
                        UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Placeholder")));
                });
        auto *required = new QCheckBox(tr("Required"));
        connect(required, &QCheckBox::toggled, this, [editForm, i, ptr](bool on) {
            editForm(
                ptr + "/required", [&](PreCallForm &f) { f.fields[i].required = on; },
                UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Required")));
        });
        m_editors.onRefresh([required, fieldOf] {
            if (const FormField *f = fieldOf()) {
                const QSignalBlocker blocker(required);
                required->setChecked(f->required);
            }
        });
        form->addRow(QString(), required);
        if (block.form.fields[i].type == FieldType::Select) {
            // One option per line as "value = label", the label in the editing locale.
            auto *options = new QPlainTextEdit;
            options->setTabChangesFocus(true);
            options->setMaximumHeight(80);
            options->setAccessibleName(tr("Options"));
            options->setToolTip(tr("One option per line: value = label"));
            options->setPlaceholderText(tr("standard = Standard delivery"));
            auto *error = inlineErrorLabel(group);
            const std::string locale = m_locale;
            connect(options, &QPlainTextEdit::textChanged, this, [editForm, fieldOf, i, ptr, options, error, locale] {
                const FormField *field = fieldOf();
                if (!field)
                    return;
                std::vector<SelectOption> parsed;
                QString problem;
                const QStringList lines = options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (const QString &line : lines) {
                    const int eq = line.indexOf(QLatin1Char('='));
                    const QString value = (eq < 0 ? line : line.left(eq)).trimmed();
                    const QString label = eq < 0 ? value : line.mid(eq + 1).trimmed();
                    if (value.isEmpty()) {
                        problem = tr("Each option needs a value before '='");
                        break;
                    }
                    SelectOption o;
                    o.value = value.toStdString();
                    for (const auto &old : field->options)
                        if (old.value == o.value)
                            o.label = old.label;
                    o.label.set(locale, label.toStdString());
                    parsed.push_back(std::move(o));
                }
                error->setText(problem);
                error->setVisible(!problem.isEmpty());
                if (problem.isEmpty())
                    editForm(
                        ptr + "/options", [&](PreCallForm &f) { f.fields[i].options = parsed; },
                        UndoName(QT_TRANSLATE_NOOP("Undo", "Change Field Options")));
            });
            const std::string defaultLocale = m_document->design().defaultLocale;
            m_editors.onRefresh([options, fieldOf, locale, defaultLocale, error] {
                const FormField *f = fieldOf();
                if (!f || error->isVisible())
                    return;
                QStringList lines;
                for (const auto &o : f->options)
                    lines << QStringLiteral("%1 = %2").arg(q(o.value), q(o.label.resolve(locale, defaultLocale)));
                const QString text = lines.join(QLatin1Char('\n'));
                QStringList current = options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                for (QString &line : current)
                    line = line.trimmed();
                if (current.join(QLatin1Char('\n')).remove(QLatin1Char(' '))
                    != QString(text).remove(QLatin1Char(' '))) {
                    const QSignalBlocker blocker(options);
                    options->setPlainText(text);
                }
            });
            form->addRow(tr("Options"), options);
            form->addRow(QString(), error);
            m_editors.add(ptr + "/options", options);
        }
        auto *buttons = new QHBoxLayout;
        auto *up = new QPushButton(tr("Move up"));
        auto *down = new QPushButton(tr("Move down"));
        auto *remove = new QPushButton(tr("Remove field"));
        up->setEnabled(i > 0);
        down->setEnabled(i + 1 < block.form.fields.size());
        connect(up, &QPushButton::clicked, this,
                [this, id, n] { m_document->undoStack()->push(new MoveFormField(m_document, id, n, n - 1)); });
        connect(down, &QPushButton::clicked, this,
                [this, id, n] { m_document->undoStack()->push(new MoveFormField(m_document, id, n, n + 1)); });
        connect(remove, &QPushButton::clicked, this,
                [this, id, n] { m_document->undoStack()->push(new RemoveFormField(m_document, id, n)); });
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        buttons->addWidget(remove);
        form->addRow(buttons);
        outer->addRow(group);
        m_editors.add(ptr, group);
    }
    auto *add = new QPushButton(tr("Add field"));
    add->setToolTip(tr("Add a text field to the form"));
    connect(add, &QPushButton::clicked, this, [this, id, formOf] {
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
        field.label.set(m_document->design().defaultLocale, tr("New field").toStdString());
        m_document->undoStack()->push(new AddFormField(m_document, id, field));
    });
    outer->addRow(QString(), add);
    m_editors.add("/form/fields", add);

    auto *consent = new QCheckBox(tr("Ask for consent before the call"));
    consent->setToolTip(tr("A checkbox the visitor ticks before calling"));
    connect(consent, &QCheckBox::toggled, this, [this, editForm](bool on) {
        editForm(
            "consent",
            [&](PreCallForm &f) {
                if (on) {
                    ConsentCheckbox c;
                    c.label.set(m_document->design().defaultLocale,
                                tr("I agree to the processing of my call").toStdString());
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
    m_editors.add("/form/consent", consent);
    if (block.form.consent) {
        addTextRow(
            outer, tr("Consent text"), "/form/consent/label",
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
        auto *required = new QCheckBox(tr("Consent required to call"));
        connect(required, &QCheckBox::toggled, this, [editForm](bool on) {
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
}

void PropertiesDock::buildSurveyEditor(QFormLayout *form, const Block &block)
{
    const QString id = m_blockId;
    auto surveyOf = [this, id]() -> const SurveySpec * {
        const Block *b = m_document->block(id);
        return b ? &b->survey : nullptr;
    };
    auto editSurvey = [this, id, surveyOf](const std::string &part, const std::function<void(SurveySpec &)> &edit) {
        const SurveySpec *s = surveyOf();
        if (!s)
            return;
        SurveySpec copy = *s;
        edit(copy);
        push(property::blockSurvey(id, part), copy, UndoName(QT_TRANSLATE_NOOP("Undo", "Edit Survey")));
    };
    auto text = [&](const QString &label, const std::string &ptr, LocalizedText SurveySpec::*member) {
        addTextRow(
            form, label, ptr,
            [surveyOf, member]() -> const LocalizedText * {
                const SurveySpec *s = surveyOf();
                return s ? &(s->*member) : nullptr;
            },
            [editSurvey, ptr, member](const LocalizedText &t) {
                editSurvey(ptr, [&](SurveySpec &s) { s.*member = t; });
            });
    };
    text(tr("Question"), "/survey/question", &SurveySpec::question);

    auto scale = [&](const QString &label, int SurveySpec::*member, int lowest, int highest) {
        auto *spin = new QSpinBox;
        spin->setRange(lowest, highest);
        spin->setAccessibleName(label);
        connect(spin, QOverload<int>::of(&QSpinBox::valueChanged), this,
                [editSurvey, member](int v) { editSurvey("scale", [&](SurveySpec &s) { s.*member = v; }); });
        m_editors.onRefresh([spin, surveyOf, member] {
            if (const SurveySpec *s = surveyOf()) {
                const QSignalBlocker blocker(spin);
                spin->setValue(s->*member);
            }
        });
        form->addRow(label, spin);
        return spin;
    };
    m_editors.add("/survey/scale", scale(tr("Lowest rating"), &SurveySpec::scaleMin, 0, 1));
    scale(tr("Highest rating"), &SurveySpec::scaleMax, 2, 10);

    auto *style = new QComboBox;
    style->addItem(tr("Stars"), static_cast<int>(RatingStyle::Stars));
    style->addItem(tr("Numbers"), static_cast<int>(RatingStyle::Numbers));
    style->setAccessibleName(tr("Rating style"));
    connect(style, QOverload<int>::of(&QComboBox::activated), this, [editSurvey, style] {
        const auto v = static_cast<RatingStyle>(style->currentData().toInt());
        editSurvey("style", [&](SurveySpec &s) { s.style = v; });
    });
    m_editors.onRefresh([style, surveyOf] {
        if (const SurveySpec *s = surveyOf())
            style->setCurrentIndex(style->findData(static_cast<int>(s->style)));
    });
    form->addRow(tr("Rating style"), style);

    auto *comment = new QCheckBox(tr("Ask for a comment"));
    connect(comment, &QCheckBox::toggled, this, [this, editSurvey](bool on) {
        editSurvey("comment", [&](SurveySpec &s) {
            s.commentEnabled = on;
            if (on && s.commentLabel.isEmpty())
                s.commentLabel.set(m_document->design().defaultLocale, tr("Anything else?").toStdString());
        });
    });
    m_editors.onRefresh([comment, surveyOf] {
        if (const SurveySpec *s = surveyOf()) {
            const QSignalBlocker blocker(comment);
            comment->setChecked(s->commentEnabled);
        }
    });
    form->addRow(QString(), comment);
    if (block.survey.commentEnabled) {
        text(tr("Comment label"), "/survey/comment/label", &SurveySpec::commentLabel);
        text(tr("Comment placeholder"), "/survey/comment/placeholder", &SurveySpec::commentPlaceholder);
    }
    text(tr("Send button"), "/survey/submitLabel", &SurveySpec::submitLabel);
    text(tr("Thank-you text"), "/survey/thanks", &SurveySpec::thanks);
}

void PropertiesDock::buildWidgetPage(QFormLayout *form)
{
    auto *title =
        new QLabel(tr("<b>Widget</b> · state “%1” selected — select a block to edit it").arg(stateTitle(m_state)));
    title->setWordWrap(true);
    form->addRow(title);
    const WidgetDesign &d = m_document->design();

    addCheckedLineRow(
        form, tr("Name"), "/name", [this] { return m_document->design().name; },
        [](const QString &t) { return t.trimmed().isEmpty() ? tr("The widget needs a name") : QString(); },
        [this](const std::string &v) {
            push(property::identity(IdentityPart::Name), v, UndoName(QT_TRANSLATE_NOOP("Undo", "Rename Widget")));
        });
    addCheckedLineRow(
        form, tr("App id"), "/appId", [this] { return m_document->design().appId; },
        [](const QString &t) {
            static const QRegularExpression p(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
            return p.match(t).hasMatch() ? QString() : tr("1 to 64 letters, digits, '_' or '-'");
        },
        [this](const std::string &v) {
            push(property::identity(IdentityPart::AppId), v, UndoName(QT_TRANSLATE_NOOP("Undo", "Change App Id")));
        });

    auto *defaultLocale = new QComboBox;
    for (const auto &l : d.locales)
        defaultLocale->addItem(q(l));
    defaultLocale->setAccessibleName(tr("Default locale"));
    defaultLocale->setToolTip(tr("Texts missing in another locale fall back to this one"));
    connect(defaultLocale, QOverload<int>::of(&QComboBox::activated), this, [this, defaultLocale] {
        push(property::defaultLocale(), defaultLocale->currentText().toStdString(),
             UndoName(QT_TRANSLATE_NOOP("Undo", "Change Default Locale")));
    });
    m_editors.onRefresh(
        [this, defaultLocale] { defaultLocale->setCurrentText(q(m_document->design().defaultLocale)); });
    form->addRow(tr("Default locale"), defaultLocale);
    m_editors.add("/locales/default", defaultLocale);

    auto *locales = new QListWidget;
    locales->setObjectName(QStringLiteral("localesList"));
    locales->setAccessibleName(tr("Locales"));
    locales->setMaximumHeight(90);
    for (const auto &l : d.locales)
        locales->addItem(q(l));
    form->addRow(tr("Locales"), locales);
    m_editors.add("/locales", locales);
    auto *localeRow = new QHBoxLayout;
    auto *newLocale = new QLineEdit;
    newLocale->setObjectName(QStringLiteral("newLocaleEdit"));
    newLocale->setPlaceholderText(tr("e.g. fr or pt-BR"));
    newLocale->setAccessibleName(tr("New locale"));
    auto *addLocale = new QPushButton(tr("Add locale"));
    auto *removeLocale = new QPushButton(tr("Remove locale"));
    removeLocale->setToolTip(tr("Removes the selected locale and all its texts"));
    auto *localeError = inlineErrorLabel(nullptr);
    localeRow->addWidget(newLocale, 1);
    localeRow->addWidget(addLocale);
    localeRow->addWidget(removeLocale);
    form->addRow(QString(), localeRow);
    form->addRow(QString(), localeError);
    auto add = [this, newLocale, localeError] {
        const std::string tag = newLocale->text().trimmed().toStdString();
        const auto &l = m_document->design().locales;
        QString message;
        if (!isValidLocaleTag(tag))
            message = tr("Use a language code such as fr, de or pt-BR");
        else if (std::find(l.begin(), l.end(), tag) != l.end())
            message = tr("The widget already has this locale");
        localeError->setText(message);
        localeError->setVisible(!message.isEmpty());
        if (message.isEmpty())
            m_document->undoStack()->push(new AddLocale(m_document, tag));
    };
    connect(addLocale, &QPushButton::clicked, this, add);
    connect(newLocale, &QLineEdit::returnPressed, this, add);
    connect(removeLocale, &QPushButton::clicked, this, [this, locales, localeError] {
        const QListWidgetItem *item = locales->currentItem();
        if (!item)
            return;
        const std::string tag = item->text().toStdString();
        if (tag == m_document->design().defaultLocale) {
            localeError->setText(tr("The default locale cannot be removed; choose another default first"));
            localeError->show();
            return;
        }
        m_document->undoStack()->push(new RemoveLocale(m_document, tag));
    });

    auto optionalRow = [&](const QString &label, RoutingPart part, const std::string &ptr, const QString &tip) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(label);
        edit->setToolTip(tip);
        edit->setPlaceholderText(tr("(default)"));
        connect(edit, &QLineEdit::textEdited, this, [this, part](const QString &text) {
            std::optional<std::string> v;
            if (!text.trimmed().isEmpty())
                v = text.trimmed().toStdString();
            push(property::routing(part), v, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Routing")));
        });
        m_editors.onRefresh([this, edit, part] {
            const Routing &r = m_document->design().routing;
            const auto &v = part == RoutingPart::DestinationId ? r.destinationId : r.routingKey;
            if (edit->text().trimmed() != q(v.value_or(std::string())))
                setLineText(edit, q(v.value_or(std::string())));
        });
        form->addRow(label, edit);
        m_editors.add(ptr, edit);
    };
    optionalRow(tr("Destination id"), RoutingPart::DestinationId, "/routing/destinationId",
                tr("The call profile that answers; empty uses the account's default"));
    optionalRow(tr("Routing key"), RoutingPart::RoutingKey, "/routing/routingKey",
                tr("Sent in call_started so the contact centre can route the call"));

    if (m_state == WidgetState::Error) {
        auto *heading = new QLabel(tr("<b>Call error messages</b>"));
        form->addRow(heading);
        for (CallErrorCode code : kAllCallErrorCodes) {
            addTextRow(
                form, callErrorTitle(code), std::string("/errorMessages/") + callErrorCodeName(code),
                [this, code]() -> const LocalizedText * {
                    const auto &m = m_document->design().errorMessages;
                    auto it = m.find(code);
                    static const LocalizedText kNone;
                    return it == m.end() ? &kNone : &it->second;
                },
                [this, code](const LocalizedText &t) {
                    auto messages = m_document->design().errorMessages;
                    if (t.byLocale.empty())
                        messages.erase(code);
                    else
                        messages[code] = t;
                    push(property::errorMessages(code), messages,
                         UndoName(QT_TRANSLATE_NOOP("Undo", "Change Error Message")));
                });
        }
    }
}

} // namespace callstudio
