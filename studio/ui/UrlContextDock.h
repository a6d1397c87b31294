// The "URL context" dock: the sample key/value pairs the preview passes to the widget as
// if they came from the page's URL.
#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace callstudio {

class DesignDocument;

class UrlContextDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit UrlContextDock(DesignDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool focusPointer(const std::string &pointer);
    void retranslate();

private:
    void reload();
    void onCellChanged(int row, int column);
    void addEntry();
    void removeEntry();

    DesignDocument *m_document;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace callstudio
