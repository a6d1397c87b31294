// The operator's microphone decision for the preview. Requests come from one adapter
// (Qt 6.4's featurePermissionRequested today; Qt >= 6.8's permissionRequested can slot
// in as another adapter); a gate applies the policy and the remembered answer.
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QWebEnginePage;

namespace callstudio {

// Where microphone requests come from and where answers go.
class MicPermissionAdapter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void answer(const QUrl &origin, bool allow) = 0;

signals:
    void requested(const QUrl &origin);
    void canceled(const QUrl &origin);
};

// Qt 6.4: QWebEnginePage::featurePermissionRequested for MediaAudioCapture. Every other
// feature (camera, screen capture, location, notifications ...) is refused outright.
class FeaturePermissionAdapter : public MicPermissionAdapter
{
    Q_OBJECT
public:
    explicit FeaturePermissionAdapter(QWebEnginePage *page);
    void answer(const QUrl &origin, bool allow) override;

private:
    QPointer<QWebEnginePage> m_page;
};

// How requests are answered: by the operator (Ask), or up front (tests, `simulate`).
enum class MicPolicy { Ask, AlwaysAllow, AlwaysBlock };

class MicPermissionGate : public QObject
{
    Q_OBJECT
public:
    explicit MicPermissionGate(MicPermissionAdapter *adapter, QObject *parent = nullptr);

    void setPolicy(MicPolicy policy) { m_policy = policy; }
    MicPolicy policy() const { return m_policy; }

    // The operator's answer to the pending request; remembered for the session.
    void decide(bool allow);
    // Forget the remembered answer: the next request asks again.
    void resetRemembered();

    bool hasPendingRequest() const { return m_pending.has_value(); }
    std::optional<bool> remembered() const { return m_remembered; }
    int requestCount() const { return m_requestCount; }

signals:
    // Policy is Ask and nothing is remembered: the operator must answer with decide().
    void decisionNeeded(const QUrl &origin);
    void decided(bool allow);
    void pendingCanceled();

private:
    void onRequested(const QUrl &origin);

    MicPermissionAdapter *m_adapter;
    MicPolicy m_policy = MicPolicy::Ask;
    std::optional<bool> m_remembered;
    std::optional<QUrl> m_pending;
    int m_requestCount = 0;
};

} // namespace callstudio
