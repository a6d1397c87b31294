// Every web host the preview's page requested, recorded as the requests leave (before
// any network answer, so offline requests count too). Requests from the custom-code
// sandbox (an opaque origin) are told apart from the widget's own content (its images).
// Nothing is blocked: custom code may call third parties, the operator just sees whom.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QWebEngineUrlRequestInterceptor>

namespace callstudio {

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

signals:
    void changed();

private:
    QMap<QString, HostContact> m_hosts;
};

} // namespace callstudio
