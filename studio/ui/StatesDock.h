// The "States & blocks" dock: the six states with their blocks, a palette to add blocks,
// and actions to duplicate, delete and reorder them.
#pragma once

#include "document/DesignDocument.h"

#include <QDockWidget>

class QAction;
class QMenu;
class QToolButton;
class QTreeView;

namespace callstudio {

class BlockTreeModel;

class StatesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit StatesDock(DesignDocument *document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    BlockTreeModel *model() const { return m_model; }

    WidgetState currentState() const;
    QString currentBlockId() const;
    void selectBlock(const QString &blockId);
    void selectState(WidgetState state);

    // The actions, for menus and tests.
    void addBlock(BlockKind kind);
    void duplicateSelected();
    void deleteSelected();
    void moveSelected(int delta);

    // Duplicate, delete, move up and move down, for the Edit menu.
    QList<QAction *> blockActions() const { return {m_duplicate, m_delete, m_moveUp, m_moveDown}; }

    void retranslate();

signals:
    void selectionChanged(callstudio::WidgetState state, const QString &blockId);

private:
    void updateActions();
    void onDocumentChanged(DesignDocument::Change what, const QString &blockId);

    DesignDocument *m_document;
    BlockTreeModel *m_model;
    QTreeView *m_view;
    QToolButton *m_addButton;
    QMenu *m_paletteMenu;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace callstudio
