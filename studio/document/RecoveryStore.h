// Where unsaved work waits out a crash. Each running session has its own recovery file,
// guarded by a QLockFile for as long as the session lives, so instances never overwrite
// each other's work. A file whose lock no live process holds belongs to a session that
// ended without closing; one session claims it (takes its lock) and offers it back until
// the operator answers. Files are deleted only on that answer, or when this session's own
// work is saved.
#pragma once

#include "io/DesignFile.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QLockFile;

namespace callstudio {

class RecoveryStore
{
public:
    // The work of an ended session: its design file and the file it was a change of.
    struct Orphan
    {
        QString id;
        QString designPath;
        QString origin; // empty for a design never saved
        QDateTime savedAt;
    };

    explicit RecoveryStore(QString directory = defaultDirectory());
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    static QString defaultDirectory();

    // This session's recovery file, and writing or removing it. `origin` is the file the
    // unsaved work belongs to.
    QString ownDesignPath() const;
    SaveResult writeOwn(const std::string &designText, const QString &origin);
    void removeOwn();

    // Claims every recovery file left by a session that ended without closing and that no
    // other running session claimed first; returns all this session holds, oldest first.
    std::vector<Orphan> claimOrphans();
    // Deletes a claimed orphan's files: its work has been restored or discarded.
    void removeOrphan(const QString &id);

private:
    QString pathOf(const QString &id, const char *suffix) const;
    Orphan describe(const QString &id) const;

    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_ownLock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed;
};

} // namespace callstudio
