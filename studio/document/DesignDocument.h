// The open design: its value, undo stack, file name and modified state. Every edit goes
// through an undo command, and the document announces what each one changed so that a
// view refreshes only what it shows.
#pragma once

#include "model/WidgetDesign.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace callstudio {

class DesignDocument : public QObject
{
    Q_OBJECT

public:
    // What an edit touched. Layout covers blocks added, removed, moved and their
    // kind-specific properties (alignment, variant, level, url, form, survey).
    enum class Change {
        Text,
        Layout,
        Theme,
        Placement, // where the widget sits on the page: launcher position, offsets, width
        Locales,
        CustomCode,
        BusinessHours,
        UrlContext,
        Routing,
        Identity,      // appId and name
        ErrorMessages, // the visitor-facing call error texts
        Whole,         // new, open, revert, import
    };
    Q_ENUM(Change)

    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const WidgetDesign &design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The file this design was opened from or saved to; empty for a new design.
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Replaces the whole design without undo (new, open, revert), clearing the history.
    void reset(const WidgetDesign &design, const QString &filePath);
    // After a successful save: remembers the path and marks the current state clean.
    void markSaved(const QString &filePath);

    // Where the block with `blockId` stands; false when no state holds it.
    bool findBlock(const QString &blockId, WidgetState *state, int *index) const;
    const Block *block(const QString &blockId) const;

signals:
    void changed(callstudio::DesignDocument::Change what, const QString &blockId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    // The design was replaced without undo (new, open, revert, restore): what views kept
    // about the old one (the preview's timeline and console) no longer applies. Sent
    // before the changed(Whole) that shows the new design.
    void startedOver();

private:
    // One writer: only undo commands reach the mutable design, so every change is undoable
    // and announced. DesignCommand is the only friend and hands these to its subclasses
    // (friendship is not inherited); any other caller fails to compile.
    friend class DesignCommand;
    WidgetDesign &designForEdit() { return m_design; }
    void announce(Change what, const QString &blockId = QString());

    WidgetDesign m_design;
    QString m_filePath;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace callstudio
