#include "WindowExposure.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace callstudio {

namespace {

class FirstExposureWatcher : public QObject
{
public:
    FirstExposureWatcher(QWindow *window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // Not from inside the expose: the work may make Qt re-create this very window
            // (a QWebEngineView switches a raster window to OpenGL).
            QTimer::singleShot(0, qApp, std::move(m_work));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_work;
};

} // namespace

void afterFirstExposure(QWidget *window, std::function<void()> work)
{
    window->winId(); // creates the native window so its exposure can be watched before show()
    new FirstExposureWatcher(window->windowHandle(), std::move(work));
}

} // namespace callstudio
