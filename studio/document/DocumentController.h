// The open design's files, without any window: new, open, save, save as, revert, import
// and export of the widget config, autosave with crash recovery, watching the file for
// another program's changes, and the recent-files list. Each action returns whether it
// worked and announces its outcome by a signal; the designer window turns those into
// dialogs and messages. A failed load or write never changes the open document.
#pragma once

#include "RecoveryStore.h"
#include "checks/Problem.h"
#include "io/DesignFile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

class QFileSystemWatcher;
class QTimer;

namespace callstudio {

class DesignDocument;

class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(DesignDocument *document, QObject *parent = nullptr);
    ~DocumentController() override;

    DesignDocument *document() const { return m_document; }

    void newDesign();
    bool openFile(const QString &path);
    // Saves to the open file; false without one (the window then asks where).
    bool save();
    bool saveAs(const QString &path);
    bool revert();
    // Replaces the design with the widget config's as one undoable step (the URL context
    // keys come without sample values).
    bool importWidgetConfig(const QString &path);
    // Writes the widget config (contract/WidgetConfig); refused, writing nothing, while
    // exportBlockers() finds errors in the design.
    bool exportWidgetConfig(const QString &path);

    QStringList recentFiles() const;
    void clearRecentFiles();
    // Where the last file was opened or saved, for the next file dialog.
    QString lastDirectory() const;

    // Autosave: this session's recovery file holds the unsaved design while it is modified.
    void setAutosaveInterval(int milliseconds);
    bool autosaveNow();
    QString recoveryFilePath() const;
    // Unsaved work from sessions that ended without closing, claimed by this session and
    // offered until the operator answers; announced by recoveriesChanged().
    using RecoveryOffer = RecoveryStore::Orphan;
    const std::vector<RecoveryOffer> &recoveryOffers() const { return m_offers; }
    void findRecoveries();
    // Replaces the open design (which the window has saved or given up) with the offer's.
    bool restoreRecovery(const QString &id);
    void discardRecovery(const QString &id);
    // At a clean exit: this session's recovery file goes; unanswered offers stay.
    void endSession();

    // Compares the open file on disk with what was last loaded or saved; announces
    // changedOnDisk() when another program changed it. Called by the file watcher.
    void checkFileOnDisk();
    // The two answers to changedOnDisk(): load the file's version, or keep the open one
    // (which then needs saving).
    bool reloadFromDisk();
    void keepMine();

signals:
    void opened(const QString &path, bool olderFormat);
    void loadFailed(const QString &path, const std::vector<callstudio::Problem> &problems);
    void saved(const QString &path);
    void saveFailed(const QString &error);
    void imported(const QString &path);
    void exportRefused(const std::vector<callstudio::Problem> &blockers);
    void exported(const QString &path);
    void exportFailed(const QString &error);
    void autosaveFailed(const QString &error);
    void recoveriesChanged();
    // `deleted` when the file is gone (deleted or moved) rather than rewritten.
    void changedOnDisk(const QString &path, bool deleted);

private:
    // Reads `path` once (its bytes into `text`), announcing loadFailed() when it cannot be
    // used; the document is untouched. Clears temp files that crashed saves left beside it.
    LoadResult load(const QString &path, std::string *text = nullptr);
    // `result` as it is, after announcing loadFailed() when it cannot be used.
    LoadResult announced(const QString &path, LoadResult result);
    bool saveTo(const QString &path);
    // Shows `design` as the contents of `path` (empty: a new design), read as `textOnDisk`;
    // history cleared.
    void resetTo(const WidgetDesign &design, const QString &path, std::string textOnDisk = {});
    void watch(const QString &path);
    void rememberRecent(const QString &path);

    DesignDocument *m_document;
    QTimer *m_autosaveTimer;
    QFileSystemWatcher *m_watcher;
    std::string m_textOnDisk; // what the open file held when last loaded or saved
    bool m_askingAboutDisk = false;
    std::unique_ptr<RecoveryStore> m_recovery;
    std::vector<RecoveryOffer> m_offers;
};

} // namespace callstudio
