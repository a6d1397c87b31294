#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace callstudio {

namespace {
constexpr int kMaxShownChars = 600;
}

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    layout->addWidget(m_close);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    static const char *const kStyles[] = {
        "callstudio--MessageBar { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 4px; } QLabel { "
        "color: #174ea6; }",
        "callstudio--MessageBar { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 4px; } QLabel { "
        "color: #7a4f01; }",
        "callstudio--MessageBar { background: #fce8e6; border: 1px solid #ee675c; border-radius: 4px; } QLabel { "
        "color: #a50e0e; }",
    };
    static const QStyle::StandardPixmap kIcons[] = {QStyle::SP_MessageBoxInformation, QStyle::SP_MessageBoxWarning,
                                                    QStyle::SP_MessageBoxCritical};
    const auto k = static_cast<size_t>(kind);
    setStyleSheet(QString::fromLatin1(kStyles[k]));
    m_icon->setPixmap(style()->standardIcon(kIcons[k]).pixmap(20, 20));
    m_label->setText(text.size() > kMaxShownChars ? text.left(kMaxShownChars) + QChar(0x2026) : text);
    show();
}

QToolButton *MessageBar::addAction(const QString &label, std::function<void()> onClick)
{
    auto *button = new QToolButton(this);
    button->setText(label);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(button, &QToolButton::clicked, this, [this, onClick = std::move(onClick)] {
        dismiss();
        onClick();
    });
    m_actions->addWidget(button);
    return button;
}

void MessageBar::setDismissible(bool dismissible)
{
    m_close->setVisible(dismissible);
}

void MessageBar::dismiss()
{
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace callstudio
