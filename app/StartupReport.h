// Start-up markers for the benchmark (B5): with CALLSTUDIO_STARTUP_REPORT set, prints
// "window-shown" when the main window is first exposed and "preview-ready" when the
// preview's widget has rendered, then quits. Without it, does nothing.
#pragma once

#include <QObject>

class QWidget;

namespace callstudio {

class StartupReport : public QObject
{
    Q_OBJECT

public:
    static bool requested();

    // Watches `window` (shown or about to be shown) for its first exposure.
    explicit StartupReport(QWidget *window);

public slots:
    void previewReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_shown = false;
};

} // namespace callstudio
