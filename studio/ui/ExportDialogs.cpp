#include "ExportDialogs.h"

#include "io/PlainTextToolTip.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace callstudio {

namespace {

// A problems list is capped like the Problems dock's messages: hostile designs stay readable.
constexpr int kMaxListed = 200;

} // namespace

ExportBlockersDialog::ExportBlockersDialog(std::vector<Problem> blockers,
                                           const std::function<QString(const Problem &)> &where, QWidget *parent)
    : QDialog(parent)
    , m_blockers(std::move(blockers))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("exportBlockersDialog"));
    setWindowTitle(tr("Export Widget Config"));
    auto *intro = new QLabel(tr("The widget config cannot be exported while the design has these errors. "
                                "Click one to go to its cause."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("exportBlockersList"));
    m_list->setAccessibleName(tr("Errors that block the export"));
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const int listed = std::min(static_cast<int>(m_blockers.size()), kMaxListed);
    for (int i = 0; i < listed; ++i) {
        const Problem &p = m_blockers[static_cast<size_t>(i)];
        const QString place = where(p);
        const QString message = QString::fromStdString(p.message);
        auto *item = new QListWidgetItem(icon, place.isEmpty() ? message : tr("%1 — %2").arg(place, message), m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(plainTextToolTip(message));
    }
    if (static_cast<int>(m_blockers.size()) > listed)
        new QListWidgetItem(tr("… and %n more (see Problems)", nullptr, static_cast<int>(m_blockers.size()) - listed),
                            m_list);
    const auto choose = [this](QListWidgetItem *item) {
        const QVariant i = item->data(Qt::UserRole);
        if (!i.isValid())
            return;
        accept();
        emit problemChosen(m_blockers[static_cast<size_t>(i.toInt())]);
    };
    connect(m_list, &QListWidget::itemClicked, this, choose);
    connect(m_list, &QListWidget::itemActivated, this, choose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 320);
}

WidgetConfigViewer::WidgetConfigViewer(const QString &configText, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QsciScintilla(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_note(new QLabel(note, this))
{
    setObjectName(QStringLiteral("widgetConfigViewer"));
    setWindowTitle(tr("Widget Config"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(!note.isEmpty());
    m_editor->setObjectName(QStringLiteral("widgetConfigText"));
    m_editor->setAccessibleName(tr("Widget config JSON"));
    m_editor->setUtf8(true);
    auto *lexer = new QsciLexerJSON(m_editor);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(fixed);
    lexer->setFont(fixed, -1);
    m_editor->setLexer(lexer);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginsFont(fixed);
    m_editor->setMarginWidth(0, QStringLiteral("000000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_editor->setText(configText);
    m_editor->setReadOnly(true);
    m_copy->setToolTip(tr("Copy the whole widget config to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_editor->text()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace callstudio
