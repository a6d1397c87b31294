#include "PreviewPage.h"

#include "PreviewSchemes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPreviewInternal, "callstudio.preview.internal")

namespace callstudio {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                           const QString &sourceID)
{
    if (sourceID == QLatin1String(kBridgeSourceUrl)) {
        qCWarning(lcPreviewInternal) << "bridge.js:" << lineNumber << message.left(500);
        return;
    }
    ConsoleMessage line;
    line.receivedAt = QDateTime::currentDateTimeUtc();
    line.text = message;
    line.level = level == ErrorMessageLevel     ? QStringLiteral("error")
                 : level == WarningMessageLevel ? QStringLiteral("warn")
                                                : QStringLiteral("info");
    if (sourceID.startsWith(QLatin1String("about:srcdoc"))) {
        // The shim forwards console calls and uncaught errors itself, with their area.
        if (lineNumber > 0 && lineNumber <= m_shimLines)
            return;
        if (message.startsWith(QLatin1String("Uncaught")))
            return;
        line.area = ConsoleArea::Browser;
    } else if (message.startsWith(QLatin1String("Uncaught"))
               && (sourceID.startsWith(QLatin1String("http:")) || sourceID.startsWith(QLatin1String("https:")))) {
        // An external script's uncaught error: the shim reports it; kept to name a masked one's source.
        m_lastScriptErrorUrl = sourceID;
        m_lastScriptErrorText = message;
        m_lastScriptErrorLine = lineNumber;
        m_lastScriptErrorAt = line.receivedAt;
        return;
    } else if (sourceID.startsWith(QLatin1String(kWidgetOrigin)) || sourceID.startsWith(QLatin1String(kHostOrigin))) {
        line.area = ConsoleArea::Runtime;
        line.line = lineNumber;
    } else {
        line.area = ConsoleArea::Browser;
    }
    emit engineConsoleMessage(line);
}

void PreviewPage::attributeMaskedError(ConsoleMessage &message) const
{
    // The engine's line and the shim's report of one error arrive moments apart.
    constexpr qint64 kSameErrorMs = 2000;
    if (m_lastScriptErrorAt.isValid() && m_lastScriptErrorAt.msecsTo(message.receivedAt) <= kSameErrorMs) {
        message.url = m_lastScriptErrorUrl;
        message.line = m_lastScriptErrorLine;
        message.engineText = m_lastScriptErrorText;
    }
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (url.scheme() == QLatin1String(kPreviewScheme))
        return true;
    // Frames inside the widget (the sandbox's srcdoc) may load; the page itself stays ours.
    // Not data: — a sandbox that navigated itself to one would receive the bridge port in a
    // document without the shim, past its caps.
    if (!isMainFrame && url.scheme() == QLatin1String("about"))
        return true;
    ConsoleMessage line;
    line.receivedAt = QDateTime::currentDateTimeUtc();
    line.level = QStringLiteral("warn");
    line.area = ConsoleArea::Browser;
    line.text = tr("Navigation to %1 blocked by the preview").arg(url.toDisplayString());
    emit engineConsoleMessage(line);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    ConsoleMessage line;
    line.receivedAt = QDateTime::currentDateTimeUtc();
    line.level = QStringLiteral("info");
    line.area = ConsoleArea::Browser;
    line.text = tr("A new window was requested; the preview does not open windows");
    emit engineConsoleMessage(line);
    return nullptr;
}

} // namespace callstudio
