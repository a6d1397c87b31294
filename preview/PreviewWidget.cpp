#include "PreviewWidget.h"

#include "MicPermissionDialog.h"
#include "checks/OperatorNames.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace callstudio {

namespace {
constexpr int kMobileWidth = 390;
constexpr int kMobileHeight = 780;
} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_session(new PreviewSession(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolBar());
    layout->addWidget(buildNotice());

    auto *stage = new QWidget(this);
    stage->setObjectName(QStringLiteral("previewStage"));
    auto *stageLayout = new QHBoxLayout(stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QWebEngineView(stage);
    m_view->setPage(m_session->page());
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    stageLayout->addWidget(m_view);
    layout->addWidget(stage, 1);

    connectControls();
    connectSession();
    retranslate();
}

QToolBar *PreviewWidget::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_stateLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_stateLabel);
    // Language switches may lengthen any of these boxes.
    m_stateBox = new QComboBox(m_toolBar);
    m_stateBox->setObjectName(QStringLiteral("previewStateBox"));
    m_stateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateBox->addItem(QString());
    for (WidgetState state : kAllStates)
        m_stateBox->addItem(QString(), QString::fromLatin1(stateName(state)));
    m_toolBar->addWidget(m_stateBox);
    m_toolBar->addSeparator();
    m_viewportBox = new QComboBox(m_toolBar);
    m_viewportBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewportBox->addItems({QString(), QString()});
    m_toolBar->addWidget(m_viewportBox);
    m_hostLookBox = new QComboBox(m_toolBar);
    m_hostLookBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hostLookBox->addItems({QString(), QString()});
    m_toolBar->addWidget(m_hostLookBox);
    m_toolBar->addSeparator();
    // One button: a click reloads; its menu holds the rarer reloads, so the bar fits a
    // 1366-pixel screen in every language without an overflow menu hiding any of them.
    m_reload = new QAction(this);
    m_reload->setObjectName(QStringLiteral("previewReload"));
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_safeReload = new QAction(this);
    m_safeReload->setObjectName(QStringLiteral("previewSafeReload"));
    m_resetMic = new QAction(this);
    m_resetMic->setObjectName(QStringLiteral("previewResetMic"));
    auto *reloadMenu = new QMenu(this);
    reloadMenu->addAction(m_safeReload);
    reloadMenu->addAction(m_resetMic);
    auto *reloadButton = new QToolButton(m_toolBar);
    reloadButton->setObjectName(QStringLiteral("previewReloadButton"));
    reloadButton->setDefaultAction(m_reload);
    reloadButton->setMenu(reloadMenu);
    reloadButton->setPopupMode(QToolButton::MenuButtonPopup);
    reloadButton->setToolButtonStyle(Qt::ToolButtonIconOnly); // named by its tooltip and accessible name
    m_toolBar->addWidget(reloadButton);
    return m_toolBar;
}

QFrame *PreviewWidget::buildNotice()
{
    m_notice = new QFrame(this);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setStyleSheet(QStringLiteral("QFrame { background: #fff4e5; color: #5f3700; }"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_noticeText->setWordWrap(true);
    m_noticeReload = new QPushButton(m_notice);
    m_noticeDismiss = new QPushButton(m_notice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeReload);
    noticeLayout->addWidget(m_noticeDismiss);
    m_notice->hide();
    return m_notice;
}

void PreviewWidget::connectControls()
{
    connect(m_stateBox, &QComboBox::activated, this, [this](int index) {
        if (index == 0) {
            m_session->reloadLive();
            return;
        }
        if (const auto state = stateFromName(m_stateBox->itemData(index).toString().toStdString()))
            m_session->forceState(*state);
    });
    connect(m_viewportBox, &QComboBox::currentIndexChanged, this, &PreviewWidget::updateViewport);
    connect(m_hostLookBox, &QComboBox::currentIndexChanged, this, &PreviewWidget::updateViewport);
    connect(m_reload, &QAction::triggered, this, [this] {
        m_notice->hide();
        m_session->reload();
    });
    connect(m_safeReload, &QAction::triggered, this, [this] {
        m_notice->hide();
        m_session->reloadWithoutCustomCode();
    });
    // The box names the state the widget is in, whether chosen here or reached by a call.
    connect(m_session, &PreviewSession::widgetStateChanged, this, [this](const QString &state) {
        const int index = m_stateBox->findData(state);
        if (index > 0)
            m_stateBox->setCurrentIndex(index);
    });
    connect(m_noticeReload, &QPushButton::clicked, m_safeReload, &QAction::trigger);
    connect(m_noticeDismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    connect(m_resetMic, &QAction::triggered, this, [this] { m_session->micGate()->resetRemembered(); });
}

void PreviewWidget::connectSession()
{
    connect(m_session->micGate(), &MicPermissionGate::decisionNeeded, this, &PreviewWidget::askForMicrophone);
    connect(m_session, &PreviewSession::eventObserved, this, &PreviewWidget::eventObserved);
    connect(m_session, &PreviewSession::consoleMessage, this, &PreviewWidget::consoleMessage);
    connect(m_session, &PreviewSession::messageDropped, this, &PreviewWidget::messageDropped);
    connect(m_session, &PreviewSession::widgetStateChanged, this, &PreviewWidget::widgetStateChanged);
    connect(m_session, &PreviewSession::micUnavailable, this, [this](const QString &detail) {
        // The one place that says so: the notice above the widget it concerns.
        showNotice(tr("No microphone was found on this computer, so the widget shows the visitor its \u201c%1\u201d "
                      "error. Connect a microphone and reload to try a call. (%2)")
                       .arg(callErrorTitle(CallErrorCode::MicUnavailable), detail),
                   false);
        emit micUnavailable(detail);
    });
    connect(m_session, &PreviewSession::rendererProblem, this, [this](const QString &message) {
        showNotice(message, m_session->customCodeEnabled());
        emit rendererProblem(message);
    });
}

void PreviewWidget::retranslate()
{
    m_toolBar->setWindowTitle(tr("Preview"));
    m_stateLabel->setText(tr("State: "));
    m_stateBox->setToolTip(tr("Show the widget in this state (the live call is stopped)"));
    m_stateBox->setItemText(0, tr("Live"));
    for (int i = 1; i < m_stateBox->count(); ++i)
        if (const auto state = stateFromName(m_stateBox->itemData(i).toString().toStdString()))
            m_stateBox->setItemText(i, stateTitle(*state));
    m_viewportBox->setItemText(0, tr("Desktop"));
    m_viewportBox->setItemText(1, tr("Mobile"));
    m_viewportBox->setToolTip(tr("Viewport of the integrator's page"));
    m_hostLookBox->setItemText(0, tr("Light page"));
    m_hostLookBox->setItemText(1, tr("Dark page"));
    m_hostLookBox->setToolTip(tr("Look of the integrator's page around the widget"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Reload the preview with custom code (the arrow has more)"));
    m_safeReload->setText(tr("Reload without custom code"));
    m_resetMic->setText(tr("Reset microphone permission"));
    m_noticeReload->setText(tr("Reload without custom code"));
    m_noticeDismiss->setText(tr("Dismiss"));
}

void PreviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreviewWidget::setDesign(const WidgetDesign &design)
{
    // A new design keeps the state the preview is held in (0 is "Live").
    const auto forced = m_session->forcedState();
    m_stateBox->setCurrentIndex(forced ? int(*forced) + 1 : 0);
    m_session->setDesign(design);
}

void PreviewWidget::applyChange(PreviewChange kind, const WidgetDesign &design, const QString &blockId)
{
    m_session->applyChange(kind, design, blockId);
}

void PreviewWidget::setLocale(const QString &locale)
{
    m_session->setLocale(locale);
}

void PreviewWidget::forceState(WidgetState state)
{
    m_stateBox->setCurrentIndex(int(state) + 1);
    m_session->forceState(state);
}

void PreviewWidget::setMicPolicy(MicPolicy policy)
{
    m_session->micGate()->setPolicy(policy);
}

void PreviewWidget::setMobileViewport(bool mobile)
{
    m_viewportBox->setCurrentIndex(mobile ? 1 : 0);
}

void PreviewWidget::setDarkHostPage(bool dark)
{
    m_hostLookBox->setCurrentIndex(dark ? 1 : 0);
}

void PreviewWidget::updateViewport()
{
    const bool mobile = m_viewportBox->currentIndex() == 1;
    const bool dark = m_hostLookBox->currentIndex() == 1;
    if (mobile) {
        m_view->setFixedWidth(kMobileWidth);
        m_view->setMaximumHeight(kMobileHeight);
    } else {
        m_view->setMinimumSize(0, 0);
        m_view->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    }
    m_session->setHostLook(dark, mobile);
}

void PreviewWidget::askForMicrophone(const QUrl &origin)
{
    auto *dialog = new MicPermissionDialog(origin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (m_session->micGate()->hasPendingRequest())
            m_session->micGate()->decide(result == QDialog::Accepted);
    });
    // The page gave up asking (reload, navigation): the question is moot.
    connect(m_session->micGate(), &MicPermissionGate::pendingCanceled, dialog, &QDialog::close);
    emit micDialogOpened(dialog);
    dialog->open();
}

void PreviewWidget::showNotice(const QString &text, bool offerSafeReload)
{
    m_noticeText->setText(text);
    m_noticeReload->setVisible(offerSafeReload);
    m_notice->show();
}

} // namespace callstudio
