// File ▸ Check Accessibility: the accessibility audit (preview/WidgetAudit) of the open
// design in a preview of its own, off screen; its violations go to Problems, each on the
// block it concerns, until the next edit.
#pragma once

#include <QObject>

#include <memory>

class QAction;

namespace callstudio {

class MainWindow;
class WidgetAudit;
struct AuditReport;

class AuditInDesigner : public QObject
{
    Q_OBJECT

public:
    explicit AuditInDesigner(MainWindow *window);
    ~AuditInDesigner() override;

    QAction *action() const { return m_action; }
    bool isRunning() const { return m_audit != nullptr; }

    // Starts the audit of the design as it is now (nothing when one is running).
    void start();

signals:
    // The audit ended; its findings are in Problems (or the message bar says why not).
    void done();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finished(const AuditReport &report);
    void retranslate();

    MainWindow *m_window;
    QAction *m_action;
    std::unique_ptr<WidgetAudit> m_audit;
    bool m_editedSinceStart = false;
};

} // namespace callstudio
