// The live preview as the operator sees it: the page (host site + widget) and a toolbar
// to force a state, switch viewport and host look, reload, and reset the mic decision.
#pragma once

#include "PreviewSession.h"

#include <QWidget>

class QComboBox;
class QAction;
class QLabel;
class QPushButton;
class QToolBar;
class QWebEngineView;
class QFrame;

namespace callstudio {

class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewWidget(QWidget *parent = nullptr);

    PreviewSession *session() const { return m_session; }

    void setDesign(const WidgetDesign &design);
    void applyChange(PreviewChange kind, const WidgetDesign &design, const QString &blockId = {});
    void setLocale(const QString &locale);
    void forceState(WidgetState state);
    // How the microphone prompt is answered: the dialog (Ask) or up front.
    void setMicPolicy(MicPolicy policy);
    void setMobileViewport(bool mobile);
    void setDarkHostPage(bool dark);

signals:
    void eventObserved(const callstudio::PreviewEvent &event);
    void consoleMessage(const callstudio::ConsoleMessage &message);
    void messageDropped(const QString &from, const QString &reason);
    void widgetStateChanged(const QString &state);
    void micUnavailable(const QString &detail);
    void rendererProblem(const QString &message);
    // The mic dialog is about to open (tests answer it from here).
    void micDialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolBar *buildToolBar();
    QFrame *buildNotice();
    void connectControls();
    void connectSession();
    void retranslate();
    void askForMicrophone(const QUrl &origin);
    void showNotice(const QString &text, bool offerSafeReload);
    void updateViewport();

    PreviewSession *m_session = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_stateBox = nullptr;
    QComboBox *m_viewportBox = nullptr;
    QComboBox *m_hostLookBox = nullptr;
    QWebEngineView *m_view = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeReload = nullptr;
    QPushButton *m_noticeDismiss = nullptr;
    QLabel *m_stateLabel = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_safeReload = nullptr;
    QAction *m_resetMic = nullptr;
};

} // namespace callstudio
