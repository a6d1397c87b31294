// The web page of the preview: keeps navigation on the callstudio scheme, refuses popups,
// and reports the engine's own console lines (sandbox refusals and the like).
#pragma once

#include "PreviewTypes.h"

#include <QWebEnginePage>

namespace callstudio {

class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Lines of the sandbox document taken by the c2c shim; the shim's own forwarding of
    // console calls is reported through the bridge already, not here.
    void setShimLineCount(int lines) { m_shimLines = lines; }
    // Gives a masked "Script error." the script, line and text the engine saw raise it, when
    // it saw one lately (the page itself is told none of them).
    void attributeMaskedError(ConsoleMessage &message) const;

signals:
    void engineConsoleMessage(const callstudio::ConsoleMessage &message);

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    int m_shimLines = 0;
    // The last uncaught error the engine reported from an external script.
    QString m_lastScriptErrorUrl;
    QString m_lastScriptErrorText;
    int m_lastScriptErrorLine = 0;
    QDateTime m_lastScriptErrorAt;
};

} // namespace callstudio
