// The six states and their blocks as a two-level tree. Dragging a block onto a state or
// between blocks moves it with a MoveBlock command.
#pragma once

#include "model/WidgetDesign.h"

#include <QAbstractItemModel>

namespace callstudio {

class DesignDocument;

class BlockTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { BlockIdRole = Qt::UserRole + 1, StateRole };

    explicit BlockTreeModel(DesignDocument *document, QObject *parent = nullptr);

    QModelIndex stateIndex(WidgetState state) const;
    QModelIndex blockIndex(const QString &blockId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Re-reads the design (after a change of layout or texts).
    void refresh();
    // The block's row shows its new texts; the tree and its selection stay.
    void blockChanged(const QString &blockId);
    void retranslate(); // new titles and headers; the tree and the selection stay
    // The locale the content column shows texts in.
    void setLocale(const std::string &locale);

private:
    const Block *blockAt(const QModelIndex &index) const;

    DesignDocument *m_document;
    std::string m_locale;
};

// Short text describing a block's content, in `locale`.
QString blockSummary(const Block &block, const WidgetDesign &design, const std::string &locale);

} // namespace callstudio
