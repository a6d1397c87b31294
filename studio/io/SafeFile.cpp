#include "SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace callstudio {

namespace {

const char *nonRegularKind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "FIFO";
    if (S_ISSOCK(mode))
        return "socket";
    return "device";
}

FileBytes failure(FileBytes::Failure f, std::string reason = {})
{
    FileBytes r;
    r.failure = f;
    r.reason = std::move(reason);
    return r;
}

// Reads the open regular file `fd` up to one byte past `maxBytes` (a file that grew since
// its size was read is still refused).
FileBytes readAll(int fd, size_t maxBytes)
{
    FileBytes r;
    char buffer[64 * 1024];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failure(FileBytes::Failure::Unreadable, std::strerror(errno));
        if (n == 0)
            return r;
        r.bytes.append(buffer, static_cast<size_t>(n));
        if (r.bytes.size() > maxBytes) {
            r.failure = FileBytes::Failure::TooLarge;
            r.size = static_cast<long long>(r.bytes.size());
            r.bytes.clear();
            return r;
        }
    }
}

// The name stem of temp files for `target`: ".NAME.callstudio-save-".
QString tempPrefix(const QFileInfo &target)
{
    return QLatin1Char('.') + target.fileName() + QLatin1String(kSaveTempInfix);
}

// The file a save of `path` replaces: the end of a symlink chain, or `path` itself.
QFileInfo saveTarget(const std::string &path)
{
    const QFileInfo info(QString::fromStdString(path));
    if (info.isSymLink() && info.exists())
        return QFileInfo(info.canonicalFilePath());
    return QFileInfo(info.absoluteFilePath());
}

bool sameFile(int fd, const QString &path)
{
    struct stat byFd, byPath;
    return ::fstat(fd, &byFd) == 0 && ::stat(QFile::encodeName(path).constData(), &byPath) == 0
           && byFd.st_dev == byPath.st_dev && byFd.st_ino == byPath.st_ino;
}

} // namespace

FileBytes readRegularFile(const std::string &path, size_t maxBytes)
{
    struct stat status;
    if (::stat(path.c_str(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return failure(FileBytes::Failure::Missing);
        if (errno == ELOOP)
            return failure(FileBytes::Failure::SymlinkLoop);
        return failure(FileBytes::Failure::Unreadable, std::strerror(errno));
    }
    if (S_ISDIR(status.st_mode))
        return failure(FileBytes::Failure::Directory);
    if (!S_ISREG(status.st_mode)) {
        auto r = failure(FileBytes::Failure::NotRegular);
        r.kind = nonRegularKind(status.st_mode);
        return r;
    }
    if (static_cast<unsigned long long>(status.st_size) > maxBytes) {
        auto r = failure(FileBytes::Failure::TooLarge);
        r.size = static_cast<long long>(status.st_size);
        return r;
    }
    // O_NONBLOCK: should a FIFO be put in the file's place since stat(), open() still
    // returns; fstat() then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failure(FileBytes::Failure::Unreadable, std::strerror(errno));
    FileBytes r;
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        r = failure(FileBytes::Failure::NotRegular);
        r.kind = nonRegularKind(status.st_mode);
    } else {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        r = readAll(fd, maxBytes);
    }
    ::close(fd);
    return r;
}

int removeSaveLeftovers(const std::string &path)
{
    const QFileInfo target = saveTarget(path);
    const QDir dir = target.absoluteDir();
    int removed = 0;
    // Compared by prefix, not as a wildcard: a file name may hold '*', '?' or '['.
    const QString prefix = tempPrefix(target);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (!name.startsWith(prefix))
            continue;
        const QString leftover = dir.filePath(name);
        const int fd = ::open(QFile::encodeName(leftover).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        // A running save holds a lock on its temp file; a crashed one no longer does.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && sameFile(fd, leftover) && QFile::remove(leftover))
            ++removed;
        ::close(fd);
    }
    return removed;
}

std::string replaceFileAtomically(const std::string &path, const std::string &text)
{
    const QFileInfo target = saveTarget(path);
    removeSaveLeftovers(path);
    QTemporaryFile temp(target.absoluteDir().filePath(tempPrefix(target) + QLatin1String("XXXXXX")));
    if (!temp.open())
        return temp.errorString().toStdString();
    // Locked so that another save's clean-up leaves it alone (no locks at all on some
    // network file systems: then the save goes on unlocked).
    if (::flock(temp.handle(), LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        return std::strerror(errno);
    if (!sameFile(temp.handle(), temp.fileName()))
        return std::strerror(ENOENT);
    // A new file gets the usual rw-r--r--; a replaced one keeps its permissions.
    temp.setPermissions(target.exists() ? target.permissions()
                                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ReadOther);
    if (temp.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !temp.flush())
        return temp.errorString().toStdString();
    if (::fsync(temp.handle()) != 0)
        return std::strerror(errno);
    const QByteArray from = QFile::encodeName(temp.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (::rename(from.constData(), to.constData()) != 0)
        return std::strerror(errno); // the temp file is removed with `temp`
    temp.setAutoRemove(false);
    return {};
}

} // namespace callstudio
