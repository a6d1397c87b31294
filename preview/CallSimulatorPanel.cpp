#include "CallSimulatorPanel.h"

#include "checks/OperatorNames.h"

#include "PreviewSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace callstudio {

namespace {
QString failureTitle(CallErrorCode code)
{
    switch (code) {
    case CallErrorCode::MicDenied:
        return CallSimulatorPanel::tr("Microphone denied");
    case CallErrorCode::MicUnavailable:
        return CallSimulatorPanel::tr("No microphone");
    case CallErrorCode::MediaFailure:
        return CallSimulatorPanel::tr("Media failure");
    case CallErrorCode::Network:
        return CallSimulatorPanel::tr("Network drop");
    case CallErrorCode::SessionRejected:
        return CallSimulatorPanel::tr("Session rejected");
    case CallErrorCode::NoProvider:
        return CallSimulatorPanel::tr("No provider");
    }
    return {};
}
} // namespace

CallSimulatorPanel::CallSimulatorPanel(PreviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_state = new QLabel(this);
    m_state->setTextFormat(Qt::RichText); // the state is escaped where it is set
    layout->addWidget(m_state);

    m_visitor = new QGroupBox(this);
    auto *visitorLayout = new QGridLayout(m_visitor);
    m_tapCall = new QPushButton(m_visitor);
    m_visitorHangUp = new QPushButton(m_visitor);
    visitorLayout->addWidget(m_tapCall, 0, 0);
    visitorLayout->addWidget(m_visitorHangUp, 0, 1);
    layout->addWidget(m_visitor);

    m_agent = new QGroupBox(this);
    auto *agentLayout = new QGridLayout(m_agent);
    m_accept = new QPushButton(m_agent);
    m_answer = new QPushButton(m_agent);
    m_agentHangUp = new QPushButton(m_agent);
    agentLayout->addWidget(m_accept, 0, 0);
    agentLayout->addWidget(m_answer, 0, 1);
    agentLayout->addWidget(m_agentHangUp, 1, 0, 1, 2);
    m_autoAnswer = new QCheckBox(m_agent);
    m_delay = new QSpinBox(m_agent);
    m_delay->setRange(0, 60000);
    m_delay->setSingleStep(250);
    m_delay->setValue(session->autoAnswerDelay());
    agentLayout->addWidget(m_autoAnswer, 2, 0);
    agentLayout->addWidget(m_delay, 2, 1);
    m_loopback = new QCheckBox(m_agent);
    agentLayout->addWidget(m_loopback, 3, 0, 1, 2);
    layout->addWidget(m_agent);

    m_failures = new QGroupBox(this);
    auto *failureLayout = new QGridLayout(m_failures);
    m_failure = new QComboBox(m_failures);
    for (CallErrorCode code : kAllCallErrorCodes)
        if (code != CallErrorCode::MicDenied && code != CallErrorCode::MicUnavailable)
            m_failure->addItem(QString(), QString::fromLatin1(callErrorCodeName(code)));
    m_fail = new QPushButton(m_failures);
    failureLayout->addWidget(m_failure, 0, 0);
    failureLayout->addWidget(m_fail, 0, 1);
    layout->addWidget(m_failures);
    layout->addStretch(1);
    retranslate();

    connect(m_tapCall, &QPushButton::clicked, session, &PreviewSession::tapCall);
    connect(m_visitorHangUp, &QPushButton::clicked, session, &PreviewSession::visitorHangUp);
    connect(m_accept, &QPushButton::clicked, session, &PreviewSession::acceptCall);
    connect(m_answer, &QPushButton::clicked, session, &PreviewSession::answerCall);
    connect(m_agentHangUp, &QPushButton::clicked, session, &PreviewSession::agentHangUp);
    connect(m_fail, &QPushButton::clicked, this, [this] {
        if (const auto code = callErrorCodeFromName(m_failure->currentData().toString().toStdString()))
            m_session->failCall(*code);
    });
    auto applyAutoAnswer = [this] { m_session->setAutoAnswer(m_autoAnswer->isChecked(), m_delay->value()); };
    connect(m_autoAnswer, &QCheckBox::toggled, this, applyAutoAnswer);
    connect(m_delay, &QSpinBox::valueChanged, this, applyAutoAnswer);
    connect(m_loopback, &QCheckBox::toggled, session, &PreviewSession::setMicLoopback);
    connect(session, &PreviewSession::widgetStateChanged, this, &CallSimulatorPanel::updateButtons);
    connect(session, &PreviewSession::ready, this, [this] { updateButtons(m_session->widgetState()); });
    updateButtons(session->widgetState());
}

void CallSimulatorPanel::retranslate()
{
    m_visitor->setTitle(tr("Visitor"));
    m_tapCall->setText(tr("Tap call"));
    m_visitorHangUp->setText(tr("Visitor hangs up"));
    m_agent->setTitle(tr("Agent"));
    m_accept->setText(tr("Accept request"));
    m_accept->setToolTip(tr("The call request is accepted (call_started); the phone is still ringing"));
    m_answer->setText(tr("Answer"));
    m_agentHangUp->setText(tr("Agent hangs up"));
    m_autoAnswer->setText(tr("Answer automatically after"));
    m_delay->setSuffix(tr(" ms"));
    m_loopback->setText(tr("Play my microphone back during the call"));
    m_loopback->setToolTip(tr("Hear your own voice through the widget's call path (use headphones)"));
    m_failures->setTitle(tr("Make the call fail"));
    for (int i = 0; i < m_failure->count(); ++i)
        if (const auto code = callErrorCodeFromName(m_failure->itemData(i).toString().toStdString()))
            m_failure->setItemText(i, failureTitle(*code));
    m_fail->setText(tr("Fail"));
    m_fail->setToolTip(tr("Sends call_error with this code; no call_ended follows"));
    updateButtons(m_session->widgetState());
}

void CallSimulatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallSimulatorPanel::updateButtons(const QString &state)
{
    // The state in the operator's language; a name outside the contract is shown as it came.
    const auto known = stateFromName(state.toStdString());
    const QString shown = state.isEmpty() ? tr("loading") : known ? stateTitle(*known) : state;
    m_state->setText(tr("Widget state: <b>%1</b>").arg(shown.toHtmlEscaped()));
    const bool ringing = state == QLatin1String("connecting");
    const bool talking = state == QLatin1String("in_call");
    m_tapCall->setEnabled(state == QLatin1String("idle"));
    m_accept->setEnabled(ringing);
    m_answer->setEnabled(ringing);
    m_agentHangUp->setEnabled(ringing || talking);
    m_visitorHangUp->setEnabled(ringing || talking);
    m_fail->setEnabled(ringing || talking);
}

} // namespace callstudio
