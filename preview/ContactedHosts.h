// Every web host the preview's page requested, recorded as the requests leave (before
// any network answer, so offline requests count too). Requests from the custom-code
// sandbox (an opaque origin) are told apart from the widget's own content (its images).
// Nothing is blocked while the network is live: custom code may call third parties, the
// operator just sees whom; offline, every such request fails as on a machine with no network.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QWebEngineUrlRequestInterceptor>

namespace callstudio {

// One request as it left the page (`simulate`'s `request` line).
struct PreviewRequest
{
    QString url;
    QString host;
    QString method;
    QString initiator; // "widget" or "custom_code" (the sandbox and the scripts it loaded)
    QString kind;      // what the engine loads it as: script, image, xhr, ping (sendBeacon), ...
    QString outcome;   // "sent", or "failed: offline"

    QJsonObject toJson() const;
};

struct HostContact
{
    int requests = 0;
    bool fromCustomCode = false; // at least one request came from the sandbox
    QDateTime first;
    QDateTime last;
};

class ContactedHosts : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ContactedHosts(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    const QMap<QString, HostContact> &hosts() const { return m_hosts; }
    // Hosts the custom code contacted, with their request counts.
    QMap<QString, int> customCodeHosts() const;
    void clear();
    // Offline: every http(s) request fails (and is still recorded) as with no network.
    void setOffline(bool offline) { m_offline = offline; }

signals:
    void changed();
    void requestSeen(const callstudio::PreviewRequest &request);

private:
    QMap<QString, HostContact> m_hosts;
    bool m_offline = false;
};

} // namespace callstudio
