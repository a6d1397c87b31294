#include "ContactedHosts.h"

#include "PreviewSchemes.h"

#include <QWebEngineUrlRequestInfo>

namespace callstudio {

namespace {

QString resourceKindName(QWebEngineUrlRequestInfo::ResourceType type)
{
    switch (type) {
    case QWebEngineUrlRequestInfo::ResourceTypeScript:
        return QStringLiteral("script");
    case QWebEngineUrlRequestInfo::ResourceTypeImage:
        return QStringLiteral("image");
    case QWebEngineUrlRequestInfo::ResourceTypeXhr:
        return QStringLiteral("xhr");
    case QWebEngineUrlRequestInfo::ResourceTypePing:
        return QStringLiteral("ping");
    case QWebEngineUrlRequestInfo::ResourceTypeStylesheet:
        return QStringLiteral("stylesheet");
    case QWebEngineUrlRequestInfo::ResourceTypeSubFrame:
        return QStringLiteral("frame");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

QJsonObject PreviewRequest::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("request")},
            {QStringLiteral("url"), url},
            {QStringLiteral("host"), host},
            {QStringLiteral("method"), method},
            {QStringLiteral("initiator"), initiator},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("outcome"), outcome}};
}

ContactedHosts::ContactedHosts(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void ContactedHosts::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return;
    // The widget and host page live on callstudio:// origins; the sandbox's opaque origin
    // is anything else (Chromium reports it as "null").
    const bool fromCustomCode = info.initiator().scheme() != QLatin1String(kPreviewScheme);
    HostContact &contact = m_hosts[url.host().toLower()];
    const QDateTime now = QDateTime::currentDateTime();
    if (contact.requests++ == 0)
        contact.first = now;
    contact.last = now;
    contact.fromCustomCode = contact.fromCustomCode || fromCustomCode;
    if (m_offline)
        info.block(true);
    emit changed();
    emit requestSeen({url.toString(), url.host().toLower(), QString::fromLatin1(info.requestMethod()),
                      fromCustomCode ? QStringLiteral("custom_code") : QStringLiteral("widget"),
                      resourceKindName(info.resourceType()),
                      m_offline ? QStringLiteral("failed: offline") : QStringLiteral("sent")});
}

QMap<QString, int> ContactedHosts::customCodeHosts() const
{
    QMap<QString, int> hosts;
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it)
        if (it->fromCustomCode)
            hosts.insert(it.key(), it->requests);
    return hosts;
}

void ContactedHosts::clear()
{
    m_hosts.clear();
    emit changed();
}

} // namespace callstudio
