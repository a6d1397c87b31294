// Every event of the preview in order: when, what, where it went (parent page, sandbox,
// integrations), its data and context; custom events coming back from custom code are
// marked. Filterable; the visible rows copy as JSON.
#pragma once

#include "PreviewTypes.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace callstudio {

class PreviewSession;

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void attach(PreviewSession *session);
    void addEvent(const PreviewEvent &event);
    void clear();
    // The visible rows as a JSON array of {time, name, places, envelope}.
    QByteArray visibleRowsAsJson() const;
    int rowCount() const;

private:
    void applyFilter();

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace callstudio
