// The recent-files list: absolute cleaned paths, newest first, no duplicates, capped.
#pragma once

#include <QStringList>

namespace callstudio {

inline constexpr int kMaxRecentFiles = 12;

// `recent` with `path` put in front.
QStringList withRecentFile(QStringList recent, const QString &path);

QStringList loadRecentFiles();
void saveRecentFiles(const QStringList &recent);

} // namespace callstudio
