// Puts the live preview into the designer: the preview in the central area, its
// timeline, console, call simulator and event injector as docks, and every document
// change, selected state and text locale passed on to the running widget.
#pragma once

#include "document/DesignDocument.h"

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;

namespace callstudio {

class AuditInDesigner;
class MainWindow;
class PreviewWidget;

class PreviewDocks : public QObject
{
    Q_OBJECT

public:
    explicit PreviewDocks(MainWindow *window);

    PreviewWidget *preview() const { return m_preview; }
    AuditInDesigner *audit() const { return m_audit; }

    // Writes the shareable standalone preview of the open design (refused while the
    // design has errors, as the exported config is); the outcome shows in the message bar.
    bool exportShareablePreview(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createShareAction();
    void retranslate();
    // Brings the preview up to the document after an edit: the changed part, or all of it.
    void showChange(DesignDocument::Change what, const QString &blockId);

    MainWindow *m_window;
    PreviewWidget *m_preview;
    QString m_shownState;
    QAction *m_shareAction;
    AuditInDesigner *m_audit;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_consoleDock = nullptr;
    QDockWidget *m_simulatorDock = nullptr;
    QDockWidget *m_injectorDock = nullptr; // the widget's state as the preview last reported it
};

} // namespace callstudio
