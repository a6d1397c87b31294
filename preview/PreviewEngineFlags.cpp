#include "PreviewEngineFlags.h"

#include <QByteArrayList>
#include <QtGlobal>

namespace callstudio {

void addPreviewChromiumFlags()
{
    // Without them Chromium throttles timers of a page it thinks nobody looks at, and a
    // batching analytics SDK never sends what it would send on a visitor's page.
    static const QByteArrayList kFlags{"--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                                       "--disable-backgrounding-occluded-windows"};
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    for (const QByteArray &flag : kFlags)
        if (!flags.contains(flag))
            flags += ' ' + flag;
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}

} // namespace callstudio
