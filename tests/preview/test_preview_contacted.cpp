// The hosts the preview's page contacted: custom code's requests are recorded (even
// offline, where they fail), told apart from the widget's own images, and never blocked.
#include "ContactedHosts.h"
#include "PreviewTestSupport.h"

#include <QSignalSpy>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewContacted : public QObject
{
    Q_OBJECT

private slots:
    void customCodeRequestsAreRecordedApartFromWidgetContent()
    {
        WidgetDesign d = previewtest::loadExample("minimal.design.json");
        // The widget's own image: content of the design, not custom code.
        Block logo = makeStarterBlock(BlockKind::Image, "logo", "en");
        logo.url = "https://images.example.com/logo.png";
        d.state(WidgetState::Idle).blocks.insert(d.state(WidgetState::Idle).blocks.begin(), logo);
        d.customCode.headHtml = "<img src=\"https://pixel.example.net/p.gif\" alt=\"\">\n";
        d.customCode.bodyEndHtml = "<script>\n  fetch('https://collect.example.org/x?d=1').catch(function () {\n"
                                   "    console.log('collect failed as expected offline');\n  });\n</script>\n";

        PreviewSession session;
        Recorder rec(session);
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(d);
        QVERIFY(ready.wait(20000));
        ContactedHosts *hosts = session.contactedHosts();
        QTRY_VERIFY_WITH_TIMEOUT(hosts->hosts().contains(QStringLiteral("collect.example.org"))
                                     && hosts->hosts().contains(QStringLiteral("pixel.example.net"))
                                     && hosts->hosts().contains(QStringLiteral("images.example.com")),
                                 15000);
        const QMap<QString, int> fromCode = hosts->customCodeHosts();
        QVERIFY(fromCode.contains(QStringLiteral("collect.example.org")));
        QVERIFY(fromCode.contains(QStringLiteral("pixel.example.net")));
        QVERIFY2(!fromCode.contains(QStringLiteral("images.example.com")), "the widget's own image is not custom code");
        QCOMPARE(fromCode.value(QStringLiteral("collect.example.org")), 1);
        // Recorded, not blocked: the request went on and failed on its own (no network here).
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("collect failed as expected offline")), 15000);
    }
};

PREVIEW_TEST_MAIN(TestPreviewContacted, false)
#include "test_preview_contacted.moc"
