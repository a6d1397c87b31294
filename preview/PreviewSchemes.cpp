#include "PreviewSchemes.h"

#include "PreviewEngineFlags.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace callstudio {

void registerPreviewUrlSchemes()
{
    QWebEngineUrlScheme scheme(kPreviewScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure so getUserMedia works (it needs a secure context); CORS-enabled so the
    // widget origin and the site origin behave like two real https origins.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
    // Every mode registers the scheme before the engine starts: the one place to set its flags too.
    addPreviewChromiumFlags();
}

PreviewSchemeHandler::PreviewSchemeHandler(BootProvider hostConfig, BootProvider widgetBoot, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_hostConfig(std::move(hostConfig))
    , m_widgetBoot(std::move(widgetBoot))
{
}

QByteArray PreviewSchemeHandler::resourceText(const QString &fileName)
{
    QFile file(QStringLiteral(":/callstudio/preview/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray jsonForScriptElement(const QByteArray &json)
{
    QByteArray safe = json;
    safe.replace('<', "\\u003c");
    return safe;
}

const QStringList &runtimeScriptNames()
{
    static const QStringList names{QStringLiteral("protocol.js"), QStringLiteral("runtime-shared.js"),
                                   QStringLiteral("access.js"),   QStringLiteral("form.js"),
                                   QStringLiteral("render.js"),   QStringLiteral("call.js"),
                                   QStringLiteral("sandbox.js"),  QStringLiteral("widget.js")};
    return names;
}

const SandboxPrefix &sandboxPrefix()
{
    static const SandboxPrefix prefix = [] {
        const QString opening = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><script>\n");
        const QString closing = QStringLiteral("\n</script>\n");
        QString shim = QString::fromUtf8(PreviewSchemeHandler::resourceText(QStringLiteral("shim.js")));
        const int lines = int((opening + shim + closing).count(QLatin1Char('\n')));
        shim.replace(QStringLiteral("__SHIM_LAST_LINE__"), QString::number(lines));
        return SandboxPrefix{opening + shim + closing, lines};
    }();
    return prefix;
}

// The only frame that may load `path` of `host`: the host page is the browser's own
// navigation (no initiator) and loads its files; the host page creates the widget frame,
// which loads its files. The sandbox (opaque origin "null") and any other origin get nothing.
static bool isOwnFrameRequest(const QString &host, const QString &path, const QUrl &initiator)
{
    const QString from = initiator.toString();
    if (host == QLatin1String("site"))
        return path.isEmpty() || path == QLatin1String("index.html") ? initiator.isEmpty()
                                                                     : from == QLatin1String(kHostOrigin);
    return from == QLatin1String(path == QLatin1String("widget.html") ? kHostOrigin : kWidgetOrigin);
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString host = url.host();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (host != QLatin1String("site") && host != QLatin1String("widget") && !host.isEmpty()) {
        // A protocol-relative address ("//cdn.example/sdk.js", as Mixpanel's snippet writes
        // it) resolved against our scheme; on the integrator's HTTPS page it is https.
        QUrl https = url;
        https.setScheme(QStringLiteral("https"));
        job->redirect(https);
        return;
    }
    if (!isOwnFrameRequest(host, path, job->initiator())) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }

    QByteArray body;
    if (host == QLatin1String("site")) {
        if (path.isEmpty() || path == QLatin1String("index.html"))
            body = resourceText(QStringLiteral("host.html")).replace("@HOST@", jsonForScriptElement(m_hostConfig()));
        else if (path == QLatin1String("host.css") || path == QLatin1String("host.js"))
            body = resourceText(path);
    } else if (host == QLatin1String("widget")) {
        if (path == QLatin1String("widget.html")) {
            QByteArray scripts;
            for (const QString &name : runtimeScriptNames())
                scripts += "<script src=\"" + name.toUtf8() + "\"></script>\n";
            // The boot data last: nothing it contains is searched for placeholders.
            body = resourceText(path)
                       .replace("@SCRIPTS@", scripts)
                       .replace("@BOOT@", jsonForScriptElement(m_widgetBoot()));
        } else if (path == QLatin1String("widget.css") || runtimeScriptNames().contains(path)) {
            body = resourceText(path);
        }
    }
    if (body.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QString fileName = path.isEmpty() ? QStringLiteral("index.html") : path;
    QByteArray mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name().toUtf8();
    if (fileName.endsWith(QLatin1String(".html")))
        mime = "text/html";
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    job->reply(mime, buffer);
}

} // namespace callstudio
