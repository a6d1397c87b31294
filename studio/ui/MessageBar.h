// An inline message above the central area, with optional action buttons: the designer
// reports errors and asks questions here instead of in modal dialogs.
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace callstudio {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` as plain text (it often quotes a file or a design), cut to a readable
    // length, replacing any earlier message and its actions.
    void showMessage(Kind kind, const QString &text);
    // Whether the operator may close the bar without answering (default true).
    void setDismissible(bool dismissible);
    // Adds a button to the shown message; clicking it runs `onClick` and hides the bar.
    QToolButton *addAction(const QString &label, std::function<void()> onClick);
    void dismiss();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace callstudio
