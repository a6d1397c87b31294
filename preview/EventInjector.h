// Fires an event into the custom-code sandbox only, as if the widget had emitted it:
// any catalogue event with an editable payload, or a custom name.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace callstudio {

class PreviewSession;

class EventInjector : public QWidget
{
    Q_OBJECT
public:
    explicit EventInjector(PreviewSession *session, QWidget *parent = nullptr);

    // Fires the current name and payload; false (with a message shown) when the payload is not a JSON object.
    bool fire();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadTemplate();

    PreviewSession *m_session;
    QComboBox *m_name = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace callstudio
