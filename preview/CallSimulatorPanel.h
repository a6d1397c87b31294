// The agent's side of a call, played by the operator: accept, answer (now or after a
// delay), hang up, or make the call fail with a call_error code.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace callstudio {

class PreviewSession;

class CallSimulatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallSimulatorPanel(PreviewSession *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons(const QString &state);

    PreviewSession *m_session;
    QLabel *m_state = nullptr;
    QGroupBox *m_visitor = nullptr;
    QGroupBox *m_agent = nullptr;
    QGroupBox *m_failures = nullptr;
    QPushButton *m_tapCall = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_answer = nullptr;
    QPushButton *m_agentHangUp = nullptr;
    QPushButton *m_visitorHangUp = nullptr;
    QPushButton *m_fail = nullptr;
    QComboBox *m_failure = nullptr;
    QCheckBox *m_autoAnswer = nullptr;
    QSpinBox *m_delay = nullptr;
    QCheckBox *m_loopback = nullptr;
};

} // namespace callstudio
