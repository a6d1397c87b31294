// No capture device at all (no fake device flag): the widget reports mic_unavailable
// with a clear message, the designer is told, and nobody is asked for permission.
#include "PreviewTestSupport.h"

#include <QSignalSpy>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewNoDevice : public QObject
{
    Q_OBJECT

private slots:
    void noMicrophoneMeansMicUnavailable()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign design = makeStarterDesign();
        design.businessHours.alwaysOpen = true;
        design.errorMessages[CallErrorCode::MicUnavailable].set(design.defaultLocale, "No microphone here.");
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(design);
        QVERIFY(ready.wait(20000));
        QSignalSpy unavailable(&session, &PreviewSession::micUnavailable);
        session.tapCall();
        QVERIFY(unavailable.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);
        QCOMPARE(session.micGate()->requestCount(), 0);
        const QJsonObject data = rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_error"));
        QCOMPARE(data.value(QStringLiteral("code")).toString(), QStringLiteral("mic_unavailable"));
        QCOMPARE(data.value(QStringLiteral("message")).toString(), QStringLiteral("No microphone here."));
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        QTRY_COMPARE_WITH_TIMEOUT(rec.probes.size(), 1, 10000);
        QVERIFY(
            rec.probes.first().value(QStringLiteral("html")).toString().contains(QLatin1String("No microphone here.")));
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 0);
    }
};

PREVIEW_TEST_MAIN(TestPreviewNoDevice, false)
#include "test_preview_nodevice.moc"
