#include "StatesDock.h"

#include "BlockTreeModel.h"
#include "checks/OperatorNames.h"
#include "commands/AddRemoveBlock.h"
#include "commands/DuplicateBlock.h"
#include "commands/MoveBlock.h"
#include "document/DesignDocument.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace callstudio {

StatesDock::StatesDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new BlockTreeModel(document, this))
    , m_view(new QTreeView(this))
    , m_addButton(new QToolButton(this))
    , m_paletteMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("statesDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolBar = new QToolBar(content);
    toolBar->setIconSize(QSize(16, 16));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(m_paletteMenu);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_addButton->setObjectName(QStringLiteral("addBlockButton"));
    toolBar->addWidget(m_addButton);
    for (BlockKind kind : kAllBlockKinds) {
        QAction *a = m_paletteMenu->addAction(QString());
        a->setData(static_cast<int>(kind));
        connect(a, &QAction::triggered, this, [this, kind] { addBlock(kind); });
    }
    m_duplicate = toolBar->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this,
                                     &StatesDock::duplicateSelected);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete =
        toolBar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this, &StatesDock::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_moveUp =
        toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), QString(), this, [this] { moveSelected(-1); });
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown =
        toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), QString(), this, [this] { moveSelected(+1); });
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    // The shortcuts work wherever the focus is inside this dock (the tree, mostly).
    for (QAction *a : {m_duplicate, m_delete, m_moveUp, m_moveDown}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    layout->addWidget(toolBar);

    m_view->setObjectName(QStringLiteral("statesTree"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->expandAll();
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit selectionChanged(currentState(), currentBlockId());
    });
    connect(m_document, &DesignDocument::changed, this, &StatesDock::onDocumentChanged);
    selectState(WidgetState::Idle);
    retranslate();
}

void StatesDock::retranslate()
{
    setWindowTitle(tr("States & blocks"));
    // Menus read "&" as a mnemonic: the View menu's entry needs it doubled.
    toggleViewAction()->setText(windowTitle().replace(QLatin1Char('&'), QLatin1String("&&")));
    m_view->setAccessibleName(tr("States and blocks"));
    m_view->setToolTip(tr("Select a block to edit it; drag blocks to reorder them or to move them to another state"));
    m_addButton->setText(tr("Add block"));
    m_addButton->setToolTip(tr("Add a block after the selected one"));
    m_addButton->setAccessibleName(tr("Add block"));
    for (QAction *a : m_paletteMenu->actions())
        a->setText(blockKindTitle(static_cast<BlockKind>(a->data().toInt())));
    m_duplicate->setText(tr("Duplicate block"));
    m_duplicate->setToolTip(
        tr("Duplicate the selected block (%1)").arg(m_duplicate->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setText(tr("Delete block"));
    m_delete->setToolTip(
        tr("Delete the selected block (%1)").arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    m_moveUp->setText(tr("Move block up"));
    m_moveUp->setToolTip(
        tr("Move the selected block up (%1)").arg(m_moveUp->shortcut().toString(QKeySequence::NativeText)));
    m_moveDown->setText(tr("Move block down"));
    m_moveDown->setToolTip(
        tr("Move the selected block down (%1)").arg(m_moveDown->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
}

WidgetState StatesDock::currentState() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? static_cast<WidgetState>(i.data(BlockTreeModel::StateRole).toInt()) : WidgetState::Idle;
}

QString StatesDock::currentBlockId() const
{
    return m_view->currentIndex().data(BlockTreeModel::BlockIdRole).toString();
}

void StatesDock::selectBlock(const QString &blockId)
{
    const QModelIndex i = m_model->blockIndex(blockId);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

void StatesDock::selectState(WidgetState state)
{
    m_view->setCurrentIndex(m_model->stateIndex(state));
}

void StatesDock::addBlock(BlockKind kind)
{
    const WidgetState state = currentState();
    WidgetState s;
    int index = static_cast<int>(m_document->design().state(state).blocks.size());
    if (m_document->findBlock(currentBlockId(), &s, &index))
        ++index;
    const std::string &locale = m_document->design().defaultLocale;
    auto *cmd =
        new AddBlock(m_document, state, index, makeStarterBlock(kind, m_document->design().freshBlockId(), locale));
    const QString id = cmd->blockId();
    m_document->undoStack()->push(cmd);
    selectBlock(id);
}

void StatesDock::duplicateSelected()
{
    const QString id = currentBlockId();
    if (id.isEmpty())
        return;
    auto *cmd = new DuplicateBlock(m_document, id);
    const QString copyId = cmd->blockId();
    m_document->undoStack()->push(cmd);
    selectBlock(copyId);
}

void StatesDock::deleteSelected()
{
    const QString id = currentBlockId();
    if (id.isEmpty())
        return;
    const WidgetState state = currentState();
    m_document->undoStack()->push(new RemoveBlock(m_document, id));
    selectState(state);
}

void StatesDock::moveSelected(int delta)
{
    const QString id = currentBlockId();
    WidgetState s;
    int index;
    if (!m_document->findBlock(id, &s, &index))
        return;
    m_document->undoStack()->push(new MoveBlock(m_document, id, s, index + delta));
    selectBlock(id);
}

void StatesDock::updateActions()
{
    const bool onBlock = !currentBlockId().isEmpty();
    for (QAction *a : {m_duplicate, m_delete, m_moveUp, m_moveDown})
        a->setEnabled(onBlock);
}

void StatesDock::onDocumentChanged(DesignDocument::Change what, const QString &blockId)
{
    using Change = DesignDocument::Change;
    if (what != Change::Layout && what != Change::Text && what != Change::Whole && what != Change::Locales)
        return;
    // A text edit changes one row's content, never the tree: a keystroke costs one row.
    if (what == Change::Text && m_model->blockIndex(blockId).isValid()) {
        m_model->blockChanged(blockId);
        return;
    }
    // A reset keeps nothing of the selection: put it back by block id, else by state.
    const QString id = currentBlockId();
    const WidgetState state = currentState();
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->refresh();
        m_view->expandAll();
        const QModelIndex again = m_model->blockIndex(id);
        m_view->setCurrentIndex(again.isValid() ? again : m_model->stateIndex(state));
    }
    m_view->viewport()->update();
    updateActions();
    if (currentBlockId() != id || currentState() != state)
        emit selectionChanged(currentState(), currentBlockId());
}

} // namespace callstudio
