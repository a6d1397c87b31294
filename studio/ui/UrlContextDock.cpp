#include "UrlContextDock.h"

#include "commands/ChangeUrlContext.h"
#include "contract/DesignFields.h"
#include "document/DesignDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callstudio {

UrlContextDock::UrlContextDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("urlContextDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_table->setObjectName(QStringLiteral("urlContextTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_table, &QTableWidget::cellChanged, this, &UrlContextDock::onCellChanged);
    connect(m_add, &QPushButton::clicked, this, &UrlContextDock::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &UrlContextDock::removeEntry);
    connect(m_document, &DesignDocument::changed, this, [this](DesignDocument::Change what) {
        if (what == DesignDocument::Change::UrlContext || what == DesignDocument::Change::Whole)
            reload();
    });
    retranslate();
}

void UrlContextDock::retranslate()
{
    setWindowTitle(tr("URL context"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Sample value")});
    m_table->setAccessibleName(tr("URL context entries"));
    m_table->setToolTip(tr("Values the preview passes to the widget as if they came from the page URL"));
    m_add->setText(tr("Add entry"));
    m_remove->setText(tr("Remove entry"));
    m_remove->setToolTip(tr("Remove the selected entry"));
    reload();
}

void UrlContextDock::reload()
{
    const QSignalBlocker blocker(m_table);
    const auto &context = m_document->design().urlContext;
    m_table->setRowCount(static_cast<int>(context.size()));
    int row = 0;
    for (const auto &[key, value] : context) {
        auto *k = new QTableWidgetItem(QString::fromStdString(key));
        k->setData(Qt::UserRole, QString::fromStdString(key));
        m_table->setItem(row, 0, k);
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(value)));
        ++row;
    }
}

void UrlContextDock::onCellChanged(int row, int column)
{
    QTableWidgetItem *keyItem = m_table->item(row, 0);
    if (!keyItem)
        return;
    const std::string oldKey = keyItem->data(Qt::UserRole).toString().toStdString();
    if (column == 1) {
        m_document->undoStack()->push(
            new SetContextEntry(m_document, oldKey, m_table->item(row, 1)->text().toStdString()));
        return;
    }
    const std::string newKey = keyItem->text().trimmed().toStdString();
    QString problem;
    if (!isValidContextKey(newKey))
        problem =
            tr("“%1” is not a valid key: start with a letter or '_', then letters, digits or '_'").arg(keyItem->text());
    else if (newKey != oldKey && m_document->design().urlContext.count(newKey))
        problem = tr("The key “%1” is already used").arg(keyItem->text());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_document->undoStack()->push(new RenameContextKey(m_document, oldKey, newKey));
    else
        reload();
}

void UrlContextDock::addEntry()
{
    const auto &context = m_document->design().urlContext;
    std::string key = "key";
    for (int n = 2; context.count(key); ++n)
        key = "key" + std::to_string(n);
    m_document->undoStack()->push(new SetContextEntry(m_document, key, std::string()));
    const auto items = m_table->findItems(QString::fromStdString(key), Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_table->setCurrentItem(items.front());
        m_table->editItem(items.front());
    }
}

void UrlContextDock::removeEntry()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    m_document->undoStack()->push(
        new RemoveContextEntry(m_document, m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString()));
}

bool UrlContextDock::focusPointer(const std::string &pointer)
{
    raise();
    m_table->setFocus(Qt::OtherFocusReason);
    const DesignPlace place = placeOf(pointer);
    if (place.area == DesignSection::UrlContext && !place.inSection.empty()) {
        const std::string key = pointerTokens(place.inSection).front();
        const auto items = m_table->findItems(QString::fromStdString(key), Qt::MatchExactly);
        if (!items.isEmpty())
            m_table->setCurrentItem(items.front());
    }
    return true;
}

} // namespace callstudio
