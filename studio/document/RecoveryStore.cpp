#include "RecoveryStore.h"

#include "io/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace callstudio {

namespace {

const char kDesignSuffix[] = ".design.json";
const char kOriginSuffix[] = ".origin";
const char kLockSuffix[] = ".lock";
// An origin is a path: anything longer is not one this session wrote.
constexpr qint64 kMaxOriginBytes = 64 * 1024;

// A lock that only a dead process loses: Qt would otherwise call any lock older than 30 s
// stale, and a second instance would take the lock of a session still running.
std::unique_ptr<QLockFile> tryLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(m_directory);
    m_ownLock = tryLock(pathOf(m_id, kLockSuffix));
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::pathOf(const QString &id, const char *suffix) const
{
    return m_directory + QLatin1Char('/') + id + QLatin1String(suffix);
}

QString RecoveryStore::ownDesignPath() const
{
    return pathOf(m_id, kDesignSuffix);
}

SaveResult RecoveryStore::writeOwn(const std::string &designText, const QString &origin)
{
    QDir().mkpath(m_directory);
    // The origin first: a design file is never found without the file it belongs to.
    const SaveResult originWritten =
        writeFileAtomically(pathOf(m_id, kOriginSuffix).toStdString(), origin.toUtf8().toStdString());
    if (!originWritten.ok)
        return originWritten;
    return writeFileAtomically(ownDesignPath().toStdString(), designText);
}

void RecoveryStore::removeOwn()
{
    QFile::remove(ownDesignPath());
    QFile::remove(pathOf(m_id, kOriginSuffix));
}

RecoveryStore::Orphan RecoveryStore::describe(const QString &id) const
{
    Orphan orphan;
    orphan.id = id;
    orphan.designPath = pathOf(id, kDesignSuffix);
    orphan.savedAt = QFileInfo(orphan.designPath).lastModified();
    QFile origin(pathOf(id, kOriginSuffix));
    if (origin.open(QIODevice::ReadOnly))
        orphan.origin = QString::fromUtf8(origin.read(kMaxOriginBytes));
    return orphan;
}

std::vector<RecoveryStore::Orphan> RecoveryStore::claimOrphans()
{
    const QStringList files =
        QDir(m_directory)
            .entryList({QStringLiteral("*") + QLatin1String(kDesignSuffix)}, QDir::Files, QDir::Time | QDir::Reversed);
    std::vector<Orphan> orphans;
    for (const QString &file : files) {
        const QString id = file.chopped(int(sizeof kDesignSuffix) - 1);
        if (id == m_id)
            continue;
        if (!m_claimed.count(id)) {
            std::unique_ptr<QLockFile> lock = tryLock(pathOf(id, kLockSuffix));
            if (!lock)
                continue; // its session still runs, or another one claimed it
            m_claimed.emplace(id, std::move(lock));
            // A session killed while autosaving left its temp files; its claimer clears them.
            removeSaveLeftovers(pathOf(id, kDesignSuffix).toStdString());
            removeSaveLeftovers(pathOf(id, kOriginSuffix).toStdString());
        }
        orphans.push_back(describe(id));
    }
    return orphans;
}

void RecoveryStore::removeOrphan(const QString &id)
{
    const auto claimed = m_claimed.find(id);
    if (claimed == m_claimed.end())
        return; // never claimed: another session's work
    QFile::remove(pathOf(id, kDesignSuffix));
    QFile::remove(pathOf(id, kOriginSuffix));
    m_claimed.erase(claimed); // unlocks, which removes the lock file
}

} // namespace callstudio
