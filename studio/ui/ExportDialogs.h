// The dialogs of File ▸ Export Widget Config and File ▸ Show Widget Config: what stops the
// export (each entry leads to its culprit), and the config as it would be written.
#pragma once

#include "checks/Problem.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QsciScintilla;

namespace callstudio {

// Lists the export's blockers before any file dialog opens. Choosing one closes the dialog
// and announces it, so the window shows its culprit as the Problems dock would.
class ExportBlockersDialog : public QDialog
{
    Q_OBJECT

public:
    // `where` names a problem's place as the Problems dock does.
    ExportBlockersDialog(std::vector<Problem> blockers, const std::function<QString(const Problem &)> &where,
                         QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    const std::vector<Problem> &blockers() const { return m_blockers; }

signals:
    void problemChosen(const callstudio::Problem &problem);

private:
    std::vector<Problem> m_blockers;
    QListWidget *m_list;
};

// The widget config text, read-only and highlighted, with Copy. `note` says what the
// operator should know first (empty: nothing), e.g. that errors still block the export.
class WidgetConfigViewer : public QDialog
{
    Q_OBJECT

public:
    WidgetConfigViewer(const QString &configText, const QString &note, QWidget *parent = nullptr);

    QsciScintilla *editor() const { return m_editor; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *note() const { return m_note; }

private:
    QsciScintilla *m_editor;
    QPushButton *m_copy;
    QLabel *m_note;
};

} // namespace callstudio
