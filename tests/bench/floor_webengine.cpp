// B5's floor: a bare QWebEngineView application, built in the same tree with the same
// flags, loading a one-line page. It prints the same markers as callstudio does under
// CALLSTUDIO_STARTUP_REPORT=1 ("window-shown", then "preview-ready") and quits.
#include <QApplication>
#include <QTimer>
#include <QWebEngineView>
#include <QWindow>

#include <cstdio>

namespace {

// "Shown" is the first time the window system exposes the top-level window.
class FirstExposeMarker : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            std::printf("window-shown\n");
            std::fflush(stdout);
            watched->removeEventFilter(this);
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    FirstExposeMarker marker;
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [] {
        std::printf("preview-ready\n");
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    view.resize(1200, 760);
    view.show();
    view.windowHandle()->installEventFilter(&marker);
    view.setHtml(QStringLiteral("<!doctype html><p>Call Studio start-up floor</p>"));
    return app.exec();
}
