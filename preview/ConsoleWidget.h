// The custom code's console: its messages and uncaught errors/rejections, each with the
// area (Head HTML / Body-end HTML) and the line inside it; the engine's own refusals and
// dropped messages too. Activating a line of custom code asks to jump there.
#pragma once

#include "PreviewTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace callstudio {

class PreviewSession;

class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(QWidget *parent = nullptr);

    void attach(PreviewSession *session);
    void addMessage(const ConsoleMessage &message);
    void addDropped(const QString &from, const QString &reason);
    void addNotice(const QString &text);
    void clear();
    // A line's level as the Level column shows it, in the UI language.
    static QString levelTitle(const ConsoleMessage &message);
    int rowCount() const;
    int errorCount() const { return m_errors; }
    // Rows removed to stay within kPreviewLogRowLimit since the last Clear.
    int droppedRowCount() const { return m_droppedRows; }

signals:
    void lineActivated(bool bodyEnd, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the bar and headers; lines already logged keep their words
    void updateSummary();

    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_clear = nullptr;
    int m_errors = 0;
    int m_droppedRows = 0;
};

} // namespace callstudio
