#include "ContactedHosts.h"

#include "PreviewSchemes.h"

#include <QWebEngineUrlRequestInfo>

namespace callstudio {

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
    emit changed();
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
