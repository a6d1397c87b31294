// The operator's microphone decision: asked once, allowed or blocked, remembered for
// the session, forgotten on reset. Runs with Chromium's fake capture device.
#include "PreviewTestSupport.h"

#include <QSignalSpy>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewMicrophone : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign plainDesign()
    {
        WidgetDesign design = makeStarterDesign();
        design.businessHours.alwaysOpen = true;
        design.urlContext = {{"orderId", "A-1"}};
        return design;
    }

    // Taps call, waits for the operator's question and answers it.
    static bool tapAndAnswer(PreviewSession &session, bool allow)
    {
        QSignalSpy asked(session.micGate(), &MicPermissionGate::decisionNeeded);
        session.tapCall();
        if (!asked.wait(10000))
            return false;
        session.micGate()->decide(allow);
        return true;
    }

    static bool start(PreviewSession &session)
    {
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(plainDesign());
        return ready.wait(20000);
    }

private slots:
    void askingWaitsForTheOperatorThenAllows()
    {
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session));
        QSignalSpy asked(session.micGate(), &MicPermissionGate::decisionNeeded);
        session.tapCall();
        QVERIFY(asked.wait(10000));
        QCOMPARE(asked.first().first().toUrl().host(), QStringLiteral("widget"));
        QVERIFY(session.micGate()->hasPendingRequest());
        // Nothing happens until the operator answers.
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
        session.micGate()->decide(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("connecting"), 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_error")), 0);
    }

    void blockingEndsInMicDenied()
    {
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session));
        QVERIFY(tapAndAnswer(session, false));
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_error")), 1);
        const QJsonObject data = rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_error"));
        QCOMPARE(data.value(QStringLiteral("code")).toString(), QStringLiteral("mic_denied"));
        QVERIFY(!data.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(data.value(QStringLiteral("context")).toObject().value(QStringLiteral("orderId")).toString(),
                 QStringLiteral("A-1"));
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_started")), 0);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 0);
    }

    void answerIsRememberedUntilReset()
    {
        PreviewSession session;
        Recorder rec(session);
        QVERIFY(start(session));
        QSignalSpy asked(session.micGate(), &MicPermissionGate::decisionNeeded);
        session.tapCall();
        QVERIFY(asked.wait(10000));
        session.micGate()->decide(false);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);

        // Second attempt in the same session: no question, blocked again.
        session.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("idle"), 10000);
        session.tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("call_error")), 2, 10000);
        QCOMPARE(asked.size(), 1);

        // After a reset the operator is asked again.
        session.micGate()->resetRemembered();
        session.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("idle"), 10000);
        session.tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
        session.micGate()->decide(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("connecting"), 10000);
    }

    void policiesAnswerWithoutAsking()
    {
        PreviewSession session;
        Recorder rec(session);
        session.micGate()->setPolicy(MicPolicy::AlwaysBlock);
        QVERIFY(start(session));
        QSignalSpy asked(session.micGate(), &MicPermissionGate::decisionNeeded);
        session.tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);
        QCOMPARE(asked.size(), 0);
        QCOMPARE(session.micGate()->requestCount(), 1);
    }
};

PREVIEW_TEST_MAIN(TestPreviewMicrophone, true)
#include "test_preview_microphone.moc"
