#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace callstudio {

namespace {
const QString kKey = QStringLiteral("files/recent");
}

QStringList withRecentFile(QStringList recent, const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    return recent;
}

QStringList loadRecentFiles()
{
    return QSettings().value(kKey).toStringList();
}

void saveRecentFiles(const QStringList &recent)
{
    QSettings().setValue(kKey, recent);
}

} // namespace callstudio
