// Files the designer tests open, change behind the designer's back, and read back.
#pragma once

#include "contract/WidgetConfig.h"
#include "io/DesignFile.h"

#include <QDir>
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

// The example design as it loads.
inline callstudio::WidgetDesign exampleDesign()
{
    return *callstudio::loadDesignFromFile(kExample.toStdString()).design;
}

// The example's widget config, written into `dir`; its path.
inline QString writeExampleConfig(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("example-widget.json"));
    writeText(path, callstudio::widgetConfigText(exampleDesign()));
    return path;
}

} // namespace testfiles
