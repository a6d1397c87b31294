#include "WidgetPage.h"

#include "checks/OperatorNames.h"
#include "commands/AddRemoveLocale.h"
#include "commands/DesignProperties.h"
#include "contract/DesignPointers.h"
#include "contract/FieldConstraints.h"
#include "ui/PropertiesDock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace callstudio {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

WidgetPage::WidgetPage(const PageContext &context, WidgetState state)
    : PropertyPage(context)
    , m_state(state)
{
}

void WidgetPage::build(QFormLayout *form)
{
    auto *title =
        new QLabel(callstudio::PropertiesDock::tr("<b>Widget</b> · state “%1” selected — select a block to edit it")
                       .arg(stateTitle(m_state)));
    title->setWordWrap(true);
    form->addRow(title);
    addIdentity(form);
    addDefaultLocale(form);
    addLocales(form);
    addRouting(form, callstudio::PropertiesDock::tr("Destination id"), RoutingPart::DestinationId,
               designMemberPointer(DesignMember::DestinationId).to_string(),
               callstudio::PropertiesDock::tr("The call profile that answers; empty uses the account's default"));
    addRouting(form, callstudio::PropertiesDock::tr("Routing key"), RoutingPart::RoutingKey,
               designMemberPointer(DesignMember::RoutingKey).to_string(),
               callstudio::PropertiesDock::tr("Sent in call_started so the contact centre can route the call"));
    if (m_state == WidgetState::Error)
        addErrorMessages(form);
}

void WidgetPage::addIdentity(QFormLayout *form)
{
    DesignDocument *document = m_document;
    addCheckedLineRow(
        form, callstudio::PropertiesDock::tr("Name"), designMemberPointer(DesignMember::Name).to_string(),
        [document] { return document->design().name; },
        [](const QString &t) {
            return t.trimmed().isEmpty() ? callstudio::PropertiesDock::tr("The widget needs a name") : QString();
        },
        [document](const std::string &v) {
            pushChange(document, property::identity(IdentityPart::Name), v,
                       UndoName(QT_TRANSLATE_NOOP("Undo", "Rename Widget")));
        });
    addCheckedLineRow(
        form, callstudio::PropertiesDock::tr("App id"), designMemberPointer(DesignMember::AppId).to_string(),
        [document] { return document->design().appId; },
        [](const QString &t) {
            return matchesFieldPattern(FieldKind::Id, t.toStdString())
                       ? QString()
                       : callstudio::PropertiesDock::tr("1 to 64 letters, digits, '_' or '-'");
        },
        [document](const std::string &v) {
            pushChange(document, property::identity(IdentityPart::AppId), v,
                       UndoName(QT_TRANSLATE_NOOP("Undo", "Change App Id")));
        });
}

void WidgetPage::addDefaultLocale(QFormLayout *form)
{
    DesignDocument *document = m_document;
    auto *defaultLocale = new QComboBox;
    for (const auto &l : document->design().locales)
        defaultLocale->addItem(q(l));
    defaultLocale->setAccessibleName(callstudio::PropertiesDock::tr("Default locale"));
    defaultLocale->setToolTip(callstudio::PropertiesDock::tr("Texts missing in another locale fall back to this one"));
    QObject::connect(defaultLocale, QOverload<int>::of(&QComboBox::activated), m_receiver, [document, defaultLocale] {
        pushChange(document, property::defaultLocale(), defaultLocale->currentText().toStdString(),
                   UndoName(QT_TRANSLATE_NOOP("Undo", "Change Default Locale")));
    });
    m_editors.onRefresh(
        [document, defaultLocale] { defaultLocale->setCurrentText(q(document->design().defaultLocale)); });
    form->addRow(callstudio::PropertiesDock::tr("Default locale"), defaultLocale);
    m_editors.add(designMemberPointer(DesignMember::DefaultLocale).to_string(), defaultLocale);
}

void WidgetPage::addLocales(QFormLayout *form)
{
    DesignDocument *document = m_document;
    auto *locales = new QListWidget;
    locales->setObjectName(QStringLiteral("localesList"));
    locales->setAccessibleName(callstudio::PropertiesDock::tr("Locales"));
    locales->setMaximumHeight(90);
    for (const auto &l : document->design().locales)
        locales->addItem(q(l));
    form->addRow(callstudio::PropertiesDock::tr("Locales"), locales);
    m_editors.add(designMemberPointer(DesignMember::Locales).to_string(), locales);
    auto *localeRow = new QHBoxLayout;
    auto *newLocale = new QLineEdit;
    newLocale->setObjectName(QStringLiteral("newLocaleEdit"));
    newLocale->setPlaceholderText(callstudio::PropertiesDock::tr("e.g. fr or pt-BR"));
    newLocale->setAccessibleName(callstudio::PropertiesDock::tr("New locale"));
    auto *addLocale = new QPushButton(callstudio::PropertiesDock::tr("Add locale"));
    auto *removeLocale = new QPushButton(callstudio::PropertiesDock::tr("Remove locale"));
    removeLocale->setToolTip(callstudio::PropertiesDock::tr("Removes the selected locale and all its texts"));
    auto *localeError = inlineErrorLabel(nullptr);
    localeRow->addWidget(newLocale, 1);
    localeRow->addWidget(addLocale);
    localeRow->addWidget(removeLocale);
    form->addRow(QString(), localeRow);
    form->addRow(QString(), localeError);
    auto add = [document, newLocale, localeError] {
        const std::string tag = newLocale->text().trimmed().toStdString();
        const auto &l = document->design().locales;
        QString message;
        if (!isValidLocaleTag(tag))
            message = callstudio::PropertiesDock::tr("Use a language code such as fr, de or pt-BR");
        else if (std::find(l.begin(), l.end(), tag) != l.end())
            message = callstudio::PropertiesDock::tr("The widget already has this locale");
        localeError->setText(message);
        localeError->setVisible(!message.isEmpty());
        if (message.isEmpty())
            document->undoStack()->push(new AddLocale(document, tag));
    };
    QObject::connect(addLocale, &QPushButton::clicked, m_receiver, add);
    QObject::connect(newLocale, &QLineEdit::returnPressed, m_receiver, add);
    QObject::connect(removeLocale, &QPushButton::clicked, m_receiver, [document, locales, localeError] {
        const QListWidgetItem *item = locales->currentItem();
        if (!item)
            return;
        const std::string tag = item->text().toStdString();
        if (tag == document->design().defaultLocale) {
            localeError->setText(
                callstudio::PropertiesDock::tr("The default locale cannot be removed; choose another default first"));
            localeError->show();
            return;
        }
        document->undoStack()->push(new RemoveLocale(document, tag));
    });
}

void WidgetPage::addRouting(QFormLayout *form, const QString &label, RoutingPart part, const std::string &pointer,
                            const QString &tip)
{
    DesignDocument *document = m_document;
    auto *edit = new QLineEdit;
    edit->setAccessibleName(label);
    edit->setToolTip(tip);
    edit->setPlaceholderText(callstudio::PropertiesDock::tr("(default)"));
    QObject::connect(edit, &QLineEdit::textEdited, m_receiver, [document, part](const QString &text) {
        std::optional<std::string> v;
        if (!text.trimmed().isEmpty())
            v = text.trimmed().toStdString();
        pushChange(document, property::routing(part), v, UndoName(QT_TRANSLATE_NOOP("Undo", "Change Routing")));
    });
    m_editors.onRefresh([document, edit, part] {
        const Routing &r = document->design().routing;
        const auto &v = part == RoutingPart::DestinationId ? r.destinationId : r.routingKey;
        if (edit->text().trimmed() != q(v.value_or(std::string())))
            setLineText(edit, q(v.value_or(std::string())));
    });
    form->addRow(label, edit);
    m_editors.add(pointer, edit);
}

void WidgetPage::addErrorMessages(QFormLayout *form)
{
    DesignDocument *document = m_document;
    form->addRow(new QLabel(callstudio::PropertiesDock::tr("<b>Call error messages</b>")));
    for (CallErrorCode code : kAllCallErrorCodes) {
        addTextRow(
            form, callErrorTitle(code), errorMessagePointer(code).to_string(),
            [document, code]() -> const LocalizedText * {
                const auto &m = document->design().errorMessages;
                auto it = m.find(code);
                static const LocalizedText kNone;
                return it == m.end() ? &kNone : &it->second;
            },
            [document, code](const LocalizedText &t) {
                auto messages = document->design().errorMessages;
                if (t.byLocale.empty())
                    messages.erase(code);
                else
                    messages[code] = t;
                pushChange(document, property::errorMessages(code), messages,
                           UndoName(QT_TRANSLATE_NOOP("Undo", "Change Error Message")));
            });
    }
}

} // namespace callstudio
