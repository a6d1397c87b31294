#include "PropertyPage.h"

#include "ui/PropertiesDock.h"

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
    QObject::connect(edit, &QLineEdit::textEdited, m_receiver, [edit, error, validate, set](const QString &text) {
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

} // namespace callstudio
