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

    // Watches `window` (not yet shown) for its first exposure.
    explicit StartupReport(QWidget *window);

public slots:
    void previewReady();
};

} // namespace callstudio
