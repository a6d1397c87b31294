#include "TimelineWidget.h"

#include "ContactedHosts.h"
#include "PreviewSession.h"
#include "contract/ProductContract.h"
#include "io/PlainTextToolTip.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callstudio {

namespace {
enum Column { TimeColumn, NameColumn, PlacesColumn, DataColumn, ContextColumn };
constexpr int kEnvelopeRole = Qt::UserRole;
constexpr int kPlacesRole = Qt::UserRole + 1;

QString placeTitle(EventPlace place)
{
    switch (place) {
    case EventPlace::ParentPage:
        return TimelineWidget::tr("parent page");
    case EventPlace::Sandbox:
        return TimelineWidget::tr("sandbox");
    case EventPlace::Integrations:
        return TimelineWidget::tr("integrations");
    }
    return {};
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_copy = new QPushButton(this);
    m_clear = new QPushButton(this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(5);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(TimeColumn, 90);
    m_tree->setColumnWidth(NameColumn, 130);
    m_tree->setColumnWidth(PlacesColumn, 230);
    m_tree->setColumnWidth(DataColumn, 240);
    layout->addWidget(m_tree, 1);
    m_dropped = new QLabel(this);
    m_dropped->hide();
    layout->addWidget(m_dropped);

    connect(m_filter, &QLineEdit::textChanged, this, &TimelineWidget::applyFilter);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(visibleRowsAsJson())); });
    connect(m_clear, &QPushButton::clicked, this, &TimelineWidget::clear);
    retranslate();
}

void TimelineWidget::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter events (name, data or place)"));
    m_copy->setText(tr("Copy as JSON"));
    m_clear->setText(tr("Clear"));
    m_tree->setHeaderLabels({tr("Time"), tr("Event"), tr("Went to"), tr("Data"), tr("Context")});
    updateDroppedLabel();
}

void TimelineWidget::updateDroppedLabel()
{
    m_dropped->setText(tr("%Ln older event(s) dropped to keep the last %1", nullptr, m_droppedRows)
                           .arg(QLocale().toString(kPreviewLogRowLimit)));
    m_dropped->setVisible(m_droppedRows > 0);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineWidget::attach(PreviewSession *session)
{
    connect(session, &PreviewSession::eventObserved, this, &TimelineWidget::addEvent);
    connect(session->contactedHosts(), &ContactedHosts::requestSeen, this, &TimelineWidget::addRequest);
}

void TimelineWidget::addRequest(const PreviewRequest &request)
{
    auto *row = new QTreeWidgetItem(m_tree);
    row->setText(TimeColumn, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    row->setText(NameColumn, tr("→ %1 %2").arg(request.method, request.kind));
    row->setText(PlacesColumn,
                 request.initiator == QLatin1String("widget") ? tr("from the widget") : tr("from custom code"));
    row->setText(DataColumn, request.url);
    row->setText(ContextColumn, request.outcome);
    row->setToolTip(DataColumn, plainTextToolTip(request.url));
    row->setData(TimeColumn, kEnvelopeRole, request.toJson());
    row->setHidden(!m_filter->text().isEmpty() && !request.url.contains(m_filter->text(), Qt::CaseInsensitive)
                   && !row->text(NameColumn).contains(m_filter->text(), Qt::CaseInsensitive));
}

void TimelineWidget::addEvent(const PreviewEvent &event)
{
    // One row per envelope; each delivery adds its place to the row.
    const QString key = event.name() + event.envelope.value(QStringLiteral("timestamp")).toString();
    QTreeWidgetItem *row = nullptr;
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0 && i >= m_tree->topLevelItemCount() - 20; --i) {
        QTreeWidgetItem *candidate = m_tree->topLevelItem(i);
        if (candidate->data(NameColumn, Qt::UserRole).toString() == key) {
            row = candidate;
            break;
        }
    }
    if (!row) {
        row = new QTreeWidgetItem(m_tree);
        row->setData(NameColumn, Qt::UserRole, key);
        row->setText(TimeColumn, event.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
        const bool fromCustomCode =
            event.name().startsWith(QString::fromUtf8(kCustomEventPrefix.data(), qsizetype(kCustomEventPrefix.size())));
        row->setText(NameColumn, fromCustomCode ? tr("↩ %1").arg(event.name()) : event.name());
        if (fromCustomCode)
            row->setToolTip(NameColumn, tr("Emitted by custom code with c2c.emit"));
        if (event.injected)
            row->setToolTip(NameColumn, tr("Fired by you from the event injector"));
        QJsonObject data = event.envelope.value(QStringLiteral("data")).toObject();
        const QJsonObject context = data.take(QStringLiteral("context")).toObject();
        row->setText(DataColumn, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        row->setText(ContextColumn, QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)));
        row->setToolTip(DataColumn, plainTextToolTip(QString::fromUtf8(
                                        QJsonDocument(event.envelope).toJson(QJsonDocument::Indented))));
        row->setData(TimeColumn, kEnvelopeRole, event.envelope);
        if (event.name() == QLatin1String(kEventCallError.data(), qsizetype(kEventCallError.size())))
            row->setForeground(NameColumn, QColor(0xc5, 0x22, 0x1f));
        if (m_tree->topLevelItemCount() > kPreviewLogRowLimit) {
            delete m_tree->takeTopLevelItem(0);
            ++m_droppedRows;
            updateDroppedLabel();
        }
    }
    QStringList places = row->data(TimeColumn, kPlacesRole).toStringList();
    places.append(eventPlaceName(event.place));
    row->setData(TimeColumn, kPlacesRole, places);
    QStringList titles;
    for (EventPlace place : {EventPlace::ParentPage, EventPlace::Sandbox, EventPlace::Integrations})
        if (places.contains(eventPlaceName(place)))
            titles << placeTitle(place);
    row->setText(PlacesColumn, titles.join(QLatin1String(", ")));
    row->setHidden(!m_filter->text().isEmpty() && !row->text(NameColumn).contains(m_filter->text(), Qt::CaseInsensitive)
                   && !row->text(DataColumn).contains(m_filter->text(), Qt::CaseInsensitive)
                   && !row->text(PlacesColumn).contains(m_filter->text(), Qt::CaseInsensitive));
    m_tree->scrollToItem(row);
}

void TimelineWidget::applyFilter()
{
    const QString needle = m_filter->text();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        const bool match = needle.isEmpty() || row->text(NameColumn).contains(needle, Qt::CaseInsensitive)
                           || row->text(DataColumn).contains(needle, Qt::CaseInsensitive)
                           || row->text(PlacesColumn).contains(needle, Qt::CaseInsensitive);
        row->setHidden(!match);
    }
}

void TimelineWidget::clear()
{
    m_tree->clear();
    m_droppedRows = 0;
    updateDroppedLabel();
}

int TimelineWidget::rowCount() const
{
    return m_tree->topLevelItemCount();
}

QByteArray TimelineWidget::visibleRowsAsJson() const
{
    QJsonArray rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_tree->topLevelItem(i);
        if (row->isHidden())
            continue;
        rows.append(QJsonObject{
            {QStringLiteral("time"), row->text(TimeColumn)},
            {QStringLiteral("name"), row->data(TimeColumn, kEnvelopeRole).toJsonObject().value(QStringLiteral("name"))},
            {QStringLiteral("places"), QJsonArray::fromStringList(row->data(TimeColumn, kPlacesRole).toStringList())},
            {QStringLiteral("envelope"), row->data(TimeColumn, kEnvelopeRole).toJsonObject()}});
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace callstudio
