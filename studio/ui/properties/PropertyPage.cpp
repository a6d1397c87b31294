#include "PropertyPage.h"

#include "ui/PropertiesDock.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QLabel *inlineErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("inlineError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->hide();
    return label;
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

PropertyPage::PropertyPage(const PageContext &context)
    : m_document(context.document)
    , m_editors(context.editors)
    , m_locale(context.locale)
    , m_receiver(context.receiver)
    , m_drafts(context.drafts)
    , m_subject(context.subject)
{
}

QWidget *PropertyPage::addTextRow(QFormLayout *form, const QString &label, const std::string &pointer, TextGetter get,
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
        QObject::connect(edit, &QPlainTextEdit::textChanged, m_receiver,
                         [edit, edited] { edited(edit->toPlainText()); });
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
        QObject::connect(edit, &QLineEdit::textEdited, m_receiver, edited);
        m_editors.onRefresh([edit, value, fallback] {
            edit->setPlaceholderText(fallback());
            setLineText(edit, value());
        });
        editor = edit;
    }
    editor->setAccessibleName(label);
    editor->setToolTip(
        locale == defaultLocale
            ? callstudio::PropertiesDock::tr("Text in %1, the default locale").arg(q(locale))
            : callstudio::PropertiesDock::tr("Text in %1; when empty, visitors see the %2 text shown greyed")
                  .arg(q(locale), q(defaultLocale)));
    form->addRow(label, editor);
    m_editors.add(pointer, editor);
    return editor;
}

QLineEdit *PropertyPage::addCheckedLineRow(QFormLayout *form, const QString &label, const std::string &pointer,
                                           std::function<std::string()> get,
                                           std::function<QString(const QString &)> validate,
                                           std::function<void(const std::string &)> set, RefusedValue refused)
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
    const auto show = [edit, error](const QString &message) {
        error->setText(message);
        error->setVisible(!message.isEmpty());
        edit->setAccessibleDescription(message);
        edit->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b3261e; }"));
    };
    const QString draftKey = DraftStore::key(m_subject, pointer);
    DraftStore *drafts = &m_drafts;
    QObject::connect(edit, &QLineEdit::textEdited, m_receiver,
                     [show, get, validate, set, refused, drafts, draftKey, label](const QString &text) {
                         const QString message = validate(text);
                         show(message);
                         if (message.isEmpty() || refused == RefusedValue::Store) {
                             drafts->remove(draftKey);
                             set(text.toStdString());
                         } else {
                             drafts->put(draftKey, Draft{text, get(), label, message});
                         }
                     });
    // Esc gives the stored value back and forgets the draft.
    auto *revert = new QAction(edit);
    revert->setShortcut(QKeySequence(Qt::Key_Escape));
    revert->setShortcutContext(Qt::WidgetShortcut);
    edit->addAction(revert);
    QObject::connect(revert, &QAction::triggered, m_receiver, [edit, show, get, validate, drafts, draftKey] {
        drafts->remove(draftKey);
        setLineText(edit, q(get()));
        show(validate(edit->text()));
    });
    m_editors.onRefresh([edit, show, get, validate, drafts, draftKey] {
        // A draft stays until fixed or reverted; a change of the stored value (an undo) ends it.
        const Draft *draft = drafts->find(draftKey);
        if (draft && draft->stored == get()) {
            setLineText(edit, draft->typed);
        } else {
            drafts->remove(draftKey);
            setLineText(edit, q(get()));
        }
        show(validate(edit->text()));
    });
    form->addRow(label, box);
    m_editors.add(pointer, edit);
    return edit;
}

} // namespace callstudio
