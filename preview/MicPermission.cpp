#include "MicPermission.h"

#include <QWebEnginePage>

namespace callstudio {

FeaturePermissionAdapter::FeaturePermissionAdapter(QWebEnginePage *page)
    : MicPermissionAdapter(page)
    , m_page(page)
{
    connect(page, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                if (feature == QWebEnginePage::MediaAudioCapture)
                    emit requested(origin);
                else
                    m_page->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    connect(page, &QWebEnginePage::featurePermissionRequestCanceled, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                if (feature == QWebEnginePage::MediaAudioCapture)
                    emit canceled(origin);
            });
}

void FeaturePermissionAdapter::answer(const QUrl &origin, bool allow)
{
    if (m_page)
        m_page->setFeaturePermission(origin, QWebEnginePage::MediaAudioCapture,
                                     allow ? QWebEnginePage::PermissionGrantedByUser
                                           : QWebEnginePage::PermissionDeniedByUser);
}

MicPermissionGate::MicPermissionGate(MicPermissionAdapter *adapter, QObject *parent)
    : QObject(parent)
    , m_adapter(adapter)
{
    connect(adapter, &MicPermissionAdapter::requested, this, &MicPermissionGate::onRequested);
    connect(adapter, &MicPermissionAdapter::canceled, this, [this](const QUrl &origin) {
        if (m_pending && *m_pending == origin) {
            m_pending.reset();
            emit pendingCanceled();
        }
    });
}

void MicPermissionGate::onRequested(const QUrl &origin)
{
    ++m_requestCount;
    std::optional<bool> answer = m_remembered;
    if (!answer && m_policy == MicPolicy::AlwaysAllow)
        answer = true;
    if (!answer && m_policy == MicPolicy::AlwaysBlock)
        answer = false;
    if (answer) {
        m_adapter->answer(origin, *answer);
        emit decided(*answer);
        return;
    }
    m_pending = origin;
    emit decisionNeeded(origin);
}

void MicPermissionGate::decide(bool allow)
{
    m_remembered = allow;
    if (!m_pending)
        return;
    const QUrl origin = *m_pending;
    m_pending.reset();
    m_adapter->answer(origin, allow);
    emit decided(allow);
}

void MicPermissionGate::resetRemembered()
{
    m_remembered.reset();
}

} // namespace callstudio
