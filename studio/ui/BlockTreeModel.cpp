#include "BlockTreeModel.h"

#include "checks/OperatorNames.h"
#include "commands/MoveBlock.h"
#include "document/DesignDocument.h"

#include <QMimeData>
#include <QUndoStack>

namespace callstudio {

namespace {

const QString kBlockMime = QStringLiteral("application/x-callstudio-block-id");
// Internal ids: state rows carry 0, block rows carry their state's index + 1.
constexpr quintptr kStateRowId = 0;

} // namespace

QString blockSummary(const Block &b, const WidgetDesign &d, const std::string &locale)
{
    auto text = [&](const LocalizedText &t) { return QString::fromStdString(t.resolve(locale, d.defaultLocale)); };
    switch (b.kind) {
    case BlockKind::Image:
        return b.url.empty() ? text(b.altText) : QString::fromStdString(b.url);
    case BlockKind::Spacer:
        return BlockTreeModel::tr("%1 px").arg(b.size);
    case BlockKind::PreCallForm:
        return BlockTreeModel::tr("%n field(s)", nullptr, static_cast<int>(b.form.fields.size()));
    case BlockKind::Survey:
        return text(b.survey.question);
    default:
        return text(b.text);
    }
}

BlockTreeModel::BlockTreeModel(DesignDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
}

QModelIndex BlockTreeModel::stateIndex(WidgetState state) const
{
    return index(static_cast<int>(state), 0);
}

QModelIndex BlockTreeModel::blockIndex(const QString &blockId) const
{
    WidgetState s;
    int i;
    if (!m_document->findBlock(blockId, &s, &i))
        return {};
    return index(i, 0, stateIndex(s));
}

QModelIndex BlockTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kStateRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex BlockTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStateRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kStateRowId);
}

int BlockTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(kAllStates.size());
    if (parent.internalId() != kStateRowId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_document->design().states[static_cast<size_t>(parent.row())].blocks.size());
}

int BlockTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

const Block *BlockTreeModel::blockAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kStateRowId)
        return nullptr;
    const auto &blocks = m_document->design().states[static_cast<size_t>(index.internalId() - 1)].blocks;
    return index.row() < static_cast<int>(blocks.size()) ? &blocks[static_cast<size_t>(index.row())] : nullptr;
}

QVariant BlockTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isState = index.internalId() == kStateRowId;
    const auto state = static_cast<WidgetState>(isState ? index.row() : static_cast<int>(index.internalId() - 1));
    if (role == StateRole)
        return static_cast<int>(state);
    if (isState) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (index.column() == 0)
                return stateTitle(state);
            return tr("%n block(s)", nullptr, rowCount(index.siblingAtColumn(0)));
        }
        if (role == Qt::ToolTipRole)
            return tr("Blocks shown while the widget is in the “%1” state").arg(stateTitle(state));
        return {};
    }
    const Block *b = blockAt(index);
    if (!b)
        return {};
    switch (role) {
    case BlockIdRole:
        return QString::fromStdString(b->id);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == 0 ? blockKindTitle(b->kind)
                                   : blockSummary(*b, m_document->design(),
                                                  m_locale.empty() ? m_document->design().defaultLocale : m_locale);
    case Qt::ToolTipRole:
        return tr("%1 “%2” — drag to reorder or to move to another state")
            .arg(blockKindTitle(b->kind), QString::fromStdString(b->id));
    default:
        return {};
    }
}

QVariant BlockTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Block") : tr("Content");
}

Qt::ItemFlags BlockTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kStateRowId)
        return f | Qt::ItemIsDropEnabled;
    return f | Qt::ItemIsDragEnabled;
}

Qt::DropActions BlockTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList BlockTreeModel::mimeTypes() const
{
    return {kBlockMime};
}

QMimeData *BlockTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const Block *b = blockAt(i)) {
            auto *data = new QMimeData;
            data->setData(kBlockMime, QByteArray::fromStdString(b->id));
            return data;
        }
    }
    return nullptr;
}

bool BlockTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &parent) const
{
    return action == Qt::MoveAction && data && data->hasFormat(kBlockMime) && parent.isValid()
           && parent.internalId() == kStateRowId;
}

bool BlockTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(kBlockMime));
    WidgetState from;
    int fromIndex;
    if (!m_document->findBlock(id, &from, &fromIndex))
        return false;
    const auto to = static_cast<WidgetState>(parent.row());
    int toIndex = row < 0 ? rowCount(parent) : row;
    // The view counts rows before the block leaves its place.
    if (to == from && toIndex > fromIndex)
        --toIndex;
    m_document->undoStack()->push(new MoveBlock(m_document, id, to, toIndex));
    // The command already moved the block; the view must not remove the source row.
    return false;
}

void BlockTreeModel::setLocale(const std::string &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 1), index(rowCount() - 1, 1));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex state = index(row, 0);
        if (rowCount(state) > 0)
            emit dataChanged(index(0, 1, state), index(rowCount(state) - 1, 1, state));
    }
}

void BlockTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex state = index(row, 0);
        emit dataChanged(state, index(row, columnCount() - 1));
        if (rowCount(state) > 0)
            emit dataChanged(index(0, 0, state), index(rowCount(state) - 1, columnCount(state) - 1, state));
    }
}

void BlockTreeModel::blockChanged(const QString &blockId)
{
    // Only the content column shows texts: the kind column (sized to its contents over
    // every row) is not measured again.
    const QModelIndex content = blockIndex(blockId).siblingAtColumn(1);
    if (content.isValid())
        emit dataChanged(content, content);
}

void BlockTreeModel::refresh()
{
    beginResetModel();
    endResetModel();
}

} // namespace callstudio
