// Every event of the preview in order: when, what, where it went (parent page, sandbox,
// integrations), its data and context; custom events coming back from custom code are
// marked. Filterable; the visible rows copy as JSON.
#pragma once

#include "PreviewTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace callstudio {

class PreviewSession;
struct PreviewRequest;

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void attach(PreviewSession *session);
    void addEvent(const PreviewEvent &event);
    // A request of the page as it left (url, who made it, how it went), between the events.
    void addRequest(const PreviewRequest &request);
    void clear();
    // The visible rows as a JSON array of {time, name, places, envelope}.
    QByteArray visibleRowsAsJson() const;
    int rowCount() const;
    // Rows removed to stay within kPreviewLogRowLimit since the last Clear.
    int droppedRowCount() const { return m_droppedRows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the bar and headers; rows already logged keep their words
    void applyFilter();
    void updateDroppedLabel();

    QLineEdit *m_filter = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_clear = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_dropped = nullptr;
    int m_droppedRows = 0;
};

} // namespace callstudio
