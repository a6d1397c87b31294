#include "EventInjector.h"

#include "PreviewSession.h"
#include "contract/ProductContract.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callstudio {

namespace {
// The data of a catalogue event (context is added from the design's URL context).
QString payloadTemplate(const QString &name)
{
    return QString::fromStdString(sampleEventData(name.toStdString()).dump(2));
}

QStringList injectableNames()
{
    QStringList names;
    for (const auto &event : eventCatalogue())
        names << QString::fromUtf8(event.name.data(), qsizetype(event.name.size()));
    names << QStringLiteral("my_custom_event");
    return names;
}
} // namespace

EventInjector::EventInjector(PreviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_name = new QComboBox(this);
    m_name->setEditable(true);
    m_name->addItems(injectableNames());
    layout->addWidget(m_name);
    m_payload = new QPlainTextEdit(this);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_payload, 1);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_send = new QPushButton(this);
    layout->addWidget(m_send);
    retranslate();

    connect(m_name, &QComboBox::currentTextChanged, this, &EventInjector::loadTemplate);
    connect(m_send, &QPushButton::clicked, this, &EventInjector::fire);
    loadTemplate();
}

void EventInjector::retranslate()
{
    m_intro->setText(tr("Fire an event into the custom-code sandbox (c2c.on handlers). "
                        "The parent page and integrations do not receive it."));
    m_name->setToolTip(tr("A catalogue event, or type any name"));
    m_payload->setAccessibleName(tr("Event data (JSON object)"));
    m_send->setText(tr("Fire into sandbox"));
}

void EventInjector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventInjector::loadTemplate()
{
    m_payload->setPlainText(payloadTemplate(m_name->currentText()));
    m_problem->hide();
}

bool EventInjector::fire()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_payload->toPlainText().toUtf8(), &error);
    const QString name = m_name->currentText().trimmed();
    if (name.isEmpty()) {
        m_problem->setText(tr("Give the event a name."));
        m_problem->show();
        return false;
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_problem->setText(
            error.error != QJsonParseError::NoError
                ? tr("The data is not valid JSON: %1 (at character %2)").arg(error.errorString()).arg(error.offset)
                : tr("The data must be a JSON object."));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    m_session->injectEvent(name, doc.object());
    return true;
}

} // namespace callstudio
