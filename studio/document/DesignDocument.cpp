#include "DesignDocument.h"

#include <QUndoStack>

namespace callstudio {

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
    , m_design(makeStarterDesign())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

DesignDocument::~DesignDocument() = default;

bool DesignDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void DesignDocument::reset(const WidgetDesign &design, const QString &filePath)
{
    // Clearing a modified stack announces modifiedChanged(false) through cleanChanged.
    m_undoStack->clear();
    m_design = design;
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit startedOver();
    announce(Change::Whole);
}

void DesignDocument::markSaved(const QString &filePath)
{
    m_undoStack->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
}

void DesignDocument::announce(Change what, const QString &blockId)
{
    emit changed(what, blockId);
}

bool DesignDocument::findBlock(const QString &blockId, WidgetState *state, int *index) const
{
    const std::string id = blockId.toStdString();
    for (auto s : kAllStates) {
        const auto &blocks = m_design.state(s).blocks;
        for (size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].id == id) {
                if (state)
                    *state = s;
                if (index)
                    *index = static_cast<int>(i);
                return true;
            }
        }
    }
    return false;
}

const Block *DesignDocument::block(const QString &blockId) const
{
    WidgetState s;
    int i;
    if (!findBlock(blockId, &s, &i))
        return nullptr;
    return &m_design.state(s).blocks[static_cast<size_t>(i)];
}

} // namespace callstudio
