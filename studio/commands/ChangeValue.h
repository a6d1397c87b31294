// The generic value-change command: sets one part of the design, merges with the next
// edit of the same part, and drops itself when the value is back where it started.
#pragma once

#include "DesignCommand.h"
#include "MergeIds.h"

#include <functional>
#include <string>
#include <utility>

namespace callstudio {

// One editable part of the design: where it lives and what changing it means.
template <typename Value> struct DesignProperty
{
    MergeId mergeId = MergeId::None;
    std::string target; // which instance (block id, colour role, field…); merges need equal targets
    DesignDocument::Change change = DesignDocument::Change::Whole;
    QString blockId; // the block the part belongs to, if any
    // Where the part is, nullptr when it no longer exists: `locate` in a design a command
    // writes (only commands hold one), `read` in the document's design for everyone else.
    std::function<Value *(WidgetDesign &)> locate;
    std::function<const Value *(const WidgetDesign &)> read;
};

template <typename Value> class ChangeValue : public DesignCommand
{
public:
    ChangeValue(DesignDocument *document, DesignProperty<Value> property, Value newValue, UndoName name,
                QUndoCommand *parent = nullptr)
        : DesignCommand(document, std::move(name), parent)
        , m_property(std::move(property))
        , m_newValue(std::move(newValue))
    {
        const Value *current = m_property.read(document->design());
        m_oldValue = current ? *current : m_newValue;
        // A command that changes nothing never reaches the history.
        setObsolete(!current || m_oldValue == m_newValue);
    }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }
    int id() const override { return static_cast<int>(m_property.mergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue<Value> *>(other);
        if (!next || m_property.mergeId == MergeId::None || next->m_property.target != m_property.target)
            return false;
        if (next->isObsolete()) // the next edit changes nothing: absorbing it keeps this one as is
            return true;
        m_newValue = next->m_newValue;
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

    const Value &oldValue() const { return m_oldValue; }
    const Value &newValue() const { return m_newValue; }

private:
    void apply(const Value &value)
    {
        if (Value *slot = m_property.locate(editedDesign())) {
            *slot = value;
            announce(m_property.change, m_property.blockId);
        }
    }

    DesignProperty<Value> m_property;
    Value m_oldValue;
    Value m_newValue;
};

// The value of `property` after `edit`; unchanged when the part no longer exists.
template <typename Value, typename Edit>
Value editedValue(const DesignDocument *document, const DesignProperty<Value> &property, Edit edit)
{
    const Value *current = property.read(document->design());
    Value value = current ? *current : Value{};
    if (current)
        edit(value);
    return value;
}

// `property` as an edit that never merges with its neighbours: one action, one undo step.
template <typename Value> DesignProperty<Value> oneStep(DesignProperty<Value> property)
{
    property.mergeId = MergeId::None;
    return property;
}

} // namespace callstudio
