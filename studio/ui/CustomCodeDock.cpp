#include "CustomCodeDock.h"

#include "commands/DesignProperties.h"
#include "document/DesignDocument.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callstudio {

namespace {

QString snippetTitle(const QString &name)
{
    if (name == QLatin1String("ga4"))
        return CustomCodeDock::tr("Google Analytics 4");
    if (name == QLatin1String("meta-pixel"))
        return CustomCodeDock::tr("Meta Pixel");
    if (name == QLatin1String("google-tag-manager"))
        return CustomCodeDock::tr("Google Tag Manager");
    if (name == QLatin1String("custom-event"))
        return CustomCodeDock::tr("Custom event");
    return CustomCodeDock::tr("Conditional tracking on context");
}

} // namespace

QStringList CustomCodeDock::snippetNames()
{
    return {QStringLiteral("ga4"), QStringLiteral("meta-pixel"), QStringLiteral("google-tag-manager"),
            QStringLiteral("custom-event"), QStringLiteral("conditional-tracking")};
}

CustomCodeDock::CustomCodeDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_snippetButton(new QToolButton(this))
    , m_snippetMenu(new QMenu(this))
    , m_findButton(new QToolButton(this))
    , m_findBar(new QWidget(this))
    , m_findText(new QLineEdit(m_findBar))
    , m_replaceText(new QLineEdit(m_findBar))
    , m_matchCase(new QCheckBox(m_findBar))
    , m_findNext(new QPushButton(m_findBar))
    , m_replace(new QPushButton(m_findBar))
    , m_replaceAll(new QPushButton(m_findBar))
    , m_closeFind(new QToolButton(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    setObjectName(QStringLiteral("customCodeDock"));
    m_head = createEditor(false);
    m_bodyEnd = createEditor(true);
    m_tabs->addTab(m_head, QString());
    m_tabs->addTab(m_bodyEnd, QString());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildToolBar(content));
    layout->addWidget(m_tabs, 1);
    buildFindBar();
    layout->addWidget(m_findBar);
    setWidget(content);
    connectFindBar();

    connect(m_document, &DesignDocument::changed, this, [this](DesignDocument::Change what) {
        if (what == DesignDocument::Change::CustomCode || what == DesignDocument::Change::Whole)
            reload();
    });
    reload();
    retranslate();
}

QToolBar *CustomCodeDock::buildToolBar(QWidget *parent)
{
    auto *toolBar = new QToolBar(parent);
    m_snippetButton->setPopupMode(QToolButton::InstantPopup);
    m_snippetButton->setMenu(m_snippetMenu);
    m_snippetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const QString &name : snippetNames()) {
        QAction *a = m_snippetMenu->addAction(QString());
        a->setData(name);
        connect(a, &QAction::triggered, this, [this, name] { insertSnippet(name); });
    }
    toolBar->addWidget(m_snippetButton);
    m_findButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_findButton, &QToolButton::clicked, this, [this] { showFindBar(true); });
    toolBar->addWidget(m_findButton);
    return toolBar;
}

void CustomCodeDock::buildFindBar()
{
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 0, 4, 4);
    findLayout->addWidget(m_findText, 2);
    findLayout->addWidget(m_matchCase);
    findLayout->addWidget(m_findNext);
    findLayout->addWidget(m_replaceText, 2);
    findLayout->addWidget(m_replace);
    findLayout->addWidget(m_replaceAll);
    m_findStatus->setTextFormat(Qt::PlainText);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(m_closeFind);
    m_findText->setObjectName(QStringLiteral("findText"));
    m_replaceText->setObjectName(QStringLiteral("replaceText"));
    m_closeFind->setAutoRaise(true);
    m_closeFind->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_findBar->hide();
}

void CustomCodeDock::connectFindBar()
{
    connect(m_findText, &QLineEdit::returnPressed, this, &CustomCodeDock::findNext);
    connect(m_findNext, &QPushButton::clicked, this, &CustomCodeDock::findNext);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        QsciScintilla *e = currentEditor();
        if (e->hasSelectedText())
            e->replace(m_replaceText->text());
        findNext();
    });
    connect(m_replaceAll, &QPushButton::clicked, this, &CustomCodeDock::replaceAll);
    connect(m_closeFind, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        currentEditor()->setFocus();
    });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] { showFindBar(false); });
    addAction(findAction);
    auto *replaceAction = new QAction(this);
    replaceAction->setShortcut(QKeySequence::Replace);
    replaceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(replaceAction, &QAction::triggered, this, [this] { showFindBar(true); });
    addAction(replaceAction);
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, m_closeFind, &QToolButton::click);
    m_findBar->addAction(escape);
}

QsciScintilla *CustomCodeDock::createEditor(bool bodyEnd)
{
    auto *editor = new QsciScintilla(this);
    editor->setObjectName(bodyEnd ? QStringLiteral("bodyEndEditor") : QStringLiteral("headEditor"));
    editor->setUtf8(true);
    auto *lexer = new QsciLexerHTML(editor);
    // The HTML lexer gives some styles (embedded JavaScript among them) a proportional
    // font of their own; code reads in one fixed-width font.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    lexer->setDefaultFont(fixed);
    lexer->setFont(fixed, -1);
    lexer->setFoldCompact(false);
    editor->setLexer(lexer);
    editor->setMarginType(0, QsciScintilla::NumberMargin);
    editor->setMarginLineNumbers(0, true);
    editor->setMarginsFont(fixed);
    editor->setMarginWidth(0, QStringLiteral("00000"));
    editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    editor->setAutoIndent(true);
    editor->setIndentationWidth(2);
    editor->setIndentationsUseTabs(false);
    editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    editor->setCaretLineVisible(true);
    editor->setCaretLineBackgroundColor(QColor(0xf3, 0xf6, 0xfa));
    // Undo belongs to the design's history: the editor keeps none and leaves the keys to Edit ▸ Undo.
    editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0UL);
    for (int key : {(Qt::CTRL | Qt::Key_Z).toCombined(), (Qt::CTRL | Qt::Key_Y).toCombined(),
                    (Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toCombined(), (Qt::ALT | Qt::Key_Backspace).toCombined()})
        if (QsciCommand *command = editor->standardCommands()->boundTo(key)) {
            if (command->key() == key)
                command->setKey(0);
            else
                command->setAlternateKey(0);
        }
    const CodePart part = bodyEnd ? CodePart::BodyEnd : CodePart::Head;
    connect(editor, &QsciScintilla::textChanged, this, [this, editor, part] {
        const std::string text = editor->text().toStdString();
        m_document->undoStack()->push(new ChangeValue<std::string>(
            m_document, property::customCode(part), text,
            part == CodePart::Head ? UndoName(QT_TRANSLATE_NOOP("Undo", "Edit Head HTML"))
                                   : UndoName(QT_TRANSLATE_NOOP("Undo", "Edit Body-end HTML"))));
    });
    return editor;
}

void CustomCodeDock::retranslate()
{
    setWindowTitle(tr("Custom code"));
    m_tabs->setTabText(0, tr("Head HTML"));
    m_tabs->setTabText(1, tr("Body-end HTML"));
    m_tabs->setTabToolTip(0, tr("Inserted at the end of the page's <head>"));
    m_tabs->setTabToolTip(1, tr("Inserted before </body>: the place for tracking code using window.c2c.on(…)"));
    m_head->setAccessibleName(tr("Head HTML editor"));
    m_bodyEnd->setAccessibleName(tr("Body-end HTML editor"));
    m_snippetButton->setText(tr("Insert snippet"));
    m_snippetButton->setToolTip(tr("Insert one of the documented examples at the cursor"));
    for (QAction *a : m_snippetMenu->actions())
        a->setText(snippetTitle(a->data().toString()));
    m_findButton->setText(tr("Find and replace"));
    m_findButton->setToolTip(tr("Find and replace in the code (%1)")
                                 .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_findText->setPlaceholderText(tr("Find"));
    m_findText->setAccessibleName(tr("Find"));
    m_replaceText->setPlaceholderText(tr("Replace with"));
    m_replaceText->setAccessibleName(tr("Replace with"));
    m_matchCase->setText(tr("Match case"));
    m_findNext->setText(tr("Find next"));
    m_replace->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace all"));
    m_closeFind->setToolTip(tr("Close the find bar (Esc)"));
    m_closeFind->setAccessibleName(tr("Close find bar"));
}

QsciScintilla *CustomCodeDock::currentEditor() const
{
    return m_tabs->currentIndex() == 1 ? m_bodyEnd : m_head;
}

void CustomCodeDock::reload()
{
    const CustomCode &code = m_document->design().customCode;
    for (auto [editor, text] : {std::pair{m_head, &code.headHtml}, std::pair{m_bodyEnd, &code.bodyEndHtml}}) {
        const QString value = QString::fromStdString(*text);
        if (editor->text() == value)
            continue;
        int line, index;
        editor->getCursorPosition(&line, &index);
        const QSignalBlocker blocker(editor);
        editor->setText(value);
        editor->setCursorPosition(std::min(line, std::max(0, editor->lines() - 1)), 0);
    }
}

void CustomCodeDock::showLine(bool bodyEnd, int line)
{
    raise();
    show();
    m_tabs->setCurrentIndex(bodyEnd ? 1 : 0);
    QsciScintilla *e = editor(bodyEnd);
    const int target = std::clamp(line - 1, 0, std::max(0, e->lines() - 1));
    e->setCursorPosition(target, 0);
    e->ensureLineVisible(target);
    e->setFocus(Qt::OtherFocusReason);
}

bool CustomCodeDock::insertSnippet(const QString &name)
{
    QFile file(QStringLiteral(":/snippets/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QsciScintilla *e = currentEditor();
    QString text = QString::fromUtf8(file.readAll());
    int line, index;
    e->getCursorPosition(&line, &index);
    if (index > 0)
        text.prepend(QLatin1Char('\n'));
    e->insert(text);
    e->setFocus();
    return true;
}

void CustomCodeDock::showFindBar(bool withReplace)
{
    m_findBar->show();
    QsciScintilla *e = currentEditor();
    if (e->hasSelectedText())
        m_findText->setText(e->selectedText());
    // Replace goes straight to the replacement once there is something to find.
    QLineEdit *target = withReplace && !m_findText->text().isEmpty() ? m_replaceText : m_findText;
    target->setFocus();
    target->selectAll();
}

bool CustomCodeDock::findNext()
{
    QsciScintilla *e = currentEditor();
    const bool found = !m_findText->text().isEmpty()
                       && e->findFirst(m_findText->text(), false, m_matchCase->isChecked(), false, true, true);
    m_findStatus->setText(found || m_findText->text().isEmpty() ? QString() : tr("Not found"));
    return found;
}

int CustomCodeDock::replaceAll()
{
    QsciScintilla *e = currentEditor();
    const QString needle = m_findText->text();
    if (needle.isEmpty())
        return 0;
    QString text = e->text();
    const int count = text.count(needle, m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (count > 0) {
        text.replace(needle, m_replaceText->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
        // One edit of the whole text, so the replacement is one undo step.
        e->selectAll();
        e->replaceSelectedText(text);
    }
    m_findStatus->setText(tr("%n replaced", nullptr, count));
    return count;
}

} // namespace callstudio
