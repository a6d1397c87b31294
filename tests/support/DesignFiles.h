// Files the designer tests open, change behind the designer's back, and read back.
#pragma once

#include <QFile>
#include <QString>
#include <QTest>

#include <string>

namespace testfiles {

inline const QString kExample = QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");

// The whole file, empty when it cannot be read.
inline std::string fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

// Replaces the file's contents, as another program would.
inline void writeText(const QString &path, const std::string &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.data(), static_cast<qint64>(text.size()));
}

} // namespace testfiles
