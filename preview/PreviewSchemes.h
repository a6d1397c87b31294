// The callstudio:// scheme: the preview's host page (callstudio://site/...) and widget
// frame (callstudio://widget/...) served from memory, two origins as in production.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QWebEngineUrlSchemeHandler>

#include <functional>

namespace callstudio {

inline constexpr char kPreviewScheme[] = "callstudio";
inline constexpr char kHostOrigin[] = "callstudio://site";
inline constexpr char kWidgetOrigin[] = "callstudio://widget";
// The source name of Call Studio's own script in the host page's isolated world: what it
// logs is ours, for the developer log, never the operator's Console.
inline constexpr char kBridgeSourceUrl[] = "callstudio-internal:bridge.js";

// Registers the secure callstudio scheme and adds the preview's Chromium flags
// (PreviewEngineFlags.h). Must run before the QApplication is created.
void registerPreviewUrlSchemes();

// Serves the host page, the widget runtime and the boot data of one preview page.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using BootProvider = std::function<QByteArray()>;

    PreviewSchemeHandler(BootProvider hostConfig, BootProvider widgetBoot, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // A resource of resources/preview as embedded in the library.
    static QByteArray resourceText(const QString &fileName);

private:
    BootProvider m_hostConfig;
    BootProvider m_widgetBoot;
};

// JSON made safe to sit inside a <script> element: no "<" can end it.
QByteArray jsonForScriptElement(const QByteArray &json);

// The widget runtime's scripts (resources/preview), in the order the widget document runs them.
const QStringList &runtimeScriptNames();

// The start of every sandbox document: doctype, then the c2c shim (told its own last line).
// The operator's Head HTML starts on line `lines + 1`; the runtime receives both in its boot
// data and the preview page reads `lines` to keep the shim's engine messages out.
struct SandboxPrefix
{
    QString text;
    int lines = 0;
};
const SandboxPrefix &sandboxPrefix();

} // namespace callstudio
