#include "ConsoleWidget.h"

#include "PreviewSession.h"
#include "io/PlainTextToolTip.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace callstudio {

namespace {
enum Column { TimeColumn, LevelColumn, WhereColumn, MessageColumn };
constexpr int kAreaRole = Qt::UserRole;
constexpr int kLineRole = Qt::UserRole + 1;

QString whereText(const ConsoleMessage &message)
{
    switch (message.area) {
    case ConsoleArea::Head:
        return message.line > 0 ? ConsoleWidget::tr("Head HTML, line %1").arg(message.line)
                                : ConsoleWidget::tr("Head HTML");
    case ConsoleArea::BodyEnd:
        return message.line > 0 ? ConsoleWidget::tr("Body-end HTML, line %1").arg(message.line)
                                : ConsoleWidget::tr("Body-end HTML");
    case ConsoleArea::Shim:
        return ConsoleWidget::tr("c2c bridge");
    case ConsoleArea::Runtime:
        return ConsoleWidget::tr("Preview");
    case ConsoleArea::Browser:
        return ConsoleWidget::tr("Browser");
    case ConsoleArea::Unknown:
        return ConsoleWidget::tr("Custom code");
    case ConsoleArea::External:
        if (message.url.isEmpty())
            return ConsoleWidget::tr("A cross-origin script (masked)");
        return message.line > 0
                   ? ConsoleWidget::tr("%1, line %2:%3").arg(message.url).arg(message.line).arg(message.column)
                   : message.url;
    }
    return {};
}
} // namespace

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(this);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_clear);
    layout->addLayout(bar);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(4);
    m_tree->setColumnWidth(TimeColumn, 95);
    m_tree->setColumnWidth(WhereColumn, 160);
    m_tree->setColumnWidth(LevelColumn, 105);
    layout->addWidget(m_tree, 1);
    connect(m_clear, &QPushButton::clicked, this, &ConsoleWidget::clear);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const auto area = ConsoleArea(item->data(WhereColumn, kAreaRole).toInt());
        const int line = item->data(WhereColumn, kLineRole).toInt();
        if ((area == ConsoleArea::Head || area == ConsoleArea::BodyEnd) && line > 0)
            emit lineActivated(area == ConsoleArea::BodyEnd, line);
    });
    retranslate();
}

void ConsoleWidget::attach(PreviewSession *session)
{
    connect(session, &PreviewSession::consoleMessage, this, &ConsoleWidget::addMessage);
    connect(session, &PreviewSession::messageDropped, this, &ConsoleWidget::addDropped);
    connect(session, &PreviewSession::rendererProblem, this, &ConsoleWidget::addNotice);
}

QString ConsoleWidget::levelTitle(const ConsoleMessage &message)
{
    // The console's level in the operator's language; one the page invented is shown as it came.
    if (message.uncaught)
        return tr("uncaught");
    if (message.level == QLatin1String("error"))
        return tr("error");
    if (message.level == QLatin1String("warn"))
        return tr("warning");
    if (message.level == QLatin1String("info"))
        return tr("info");
    return message.level;
}

void ConsoleWidget::addMessage(const ConsoleMessage &message)
{
    auto *row = new QTreeWidgetItem(m_tree);
    const QDateTime at = message.receivedAt.isValid() ? message.receivedAt : QDateTime::currentDateTimeUtc();
    row->setText(TimeColumn, at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
    row->setText(LevelColumn, levelTitle(message));
    row->setText(WhereColumn, whereText(message));
    row->setText(MessageColumn, message.text);
    row->setToolTip(MessageColumn, plainTextToolTip(message.text));
    row->setData(WhereColumn, kAreaRole, int(message.area));
    row->setData(WhereColumn, kLineRole, message.line);
    if (message.level == QLatin1String("error") || message.uncaught) {
        ++m_errors;
        row->setIcon(LevelColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        for (int c = 0; c < m_tree->columnCount(); ++c)
            row->setForeground(c, QColor(0xc5, 0x22, 0x1f));
    } else if (message.level == QLatin1String("warn")) {
        row->setIcon(LevelColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    if ((message.area == ConsoleArea::Head || message.area == ConsoleArea::BodyEnd) && message.line > 0)
        row->setToolTip(WhereColumn, tr("Double-click to open this line in the code editor"));
    while (m_tree->topLevelItemCount() > kPreviewLogRowLimit) {
        delete m_tree->takeTopLevelItem(0);
        ++m_droppedRows;
    }
    m_tree->scrollToItem(row);
    updateSummary();
}

void ConsoleWidget::addDropped(const QString &from, const QString &reason)
{
    ConsoleMessage message;
    message.level = QStringLiteral("warn");
    message.area = ConsoleArea::Runtime;
    message.text = tr("Dropped a message (from %1): %2").arg(from, reason);
    addMessage(message);
}

void ConsoleWidget::addNotice(const QString &text)
{
    ConsoleMessage message;
    message.level = QStringLiteral("error");
    message.area = ConsoleArea::Runtime;
    message.text = text;
    addMessage(message);
}

void ConsoleWidget::clear()
{
    m_tree->clear();
    m_errors = 0;
    m_droppedRows = 0;
    updateSummary();
}

int ConsoleWidget::rowCount() const
{
    return m_tree->topLevelItemCount();
}

void ConsoleWidget::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_tree->setHeaderLabels({tr("Time"), tr("Level"), tr("Where"), tr("Message")});
    updateSummary();
}

void ConsoleWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsoleWidget::updateSummary()
{
    QString summary = tr("%n message(s)", nullptr, m_tree->topLevelItemCount()) + QStringLiteral(" · ")
                      + tr("%n error(s)", nullptr, m_errors);
    if (m_droppedRows > 0)
        summary += QStringLiteral(" · ") + tr("%Ln older message(s) dropped", nullptr, m_droppedRows);
    m_summary->setText(summary);
}

} // namespace callstudio
