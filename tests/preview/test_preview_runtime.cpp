// The widget runtime in the preview: rendering, the event envelope and fields at each
// place, the visitor's call, the agent side and business hours.
#include "PreviewTestSupport.h"
#include "contract/RuntimeContract.h"
#include "io/DesignJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace callstudio;
using previewtest::Recorder;

class TestPreviewRuntime : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign orderHelp() { return previewtest::alwaysOpenOrderHelp(); }

    bool startReady(PreviewSession &session, const WidgetDesign &design)
    {
        QSignalSpy ready(&session, &PreviewSession::ready);
        session.setDesign(design);
        return ready.wait(20000);
    }

    // Fills the form, taps call (the mic policy answers) and waits for the ringing state.
    bool tapCallUntilRinging(PreviewSession &session)
    {
        fillOrderForm(session);
        session.tapCall();
        return QTest::qWaitFor([&session] { return session.widgetState() == QLatin1String("connecting"); }, 10000);
    }

    void fillOrderForm(PreviewSession &session)
    {
        session.fillForm({{QStringLiteral("name"), QStringLiteral("Ana")},
                          {QStringLiteral("topic"), QStringLiteral("delivery")},
                          {QStringLiteral("__consent"), true}});
    }

private slots:
    void widgetLoadedReachesEveryPlaceWithTheEnvelope()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign design = orderHelp();
        design.customCode.bodyEndHtml = "<script>window.c2c.on('widget_loaded', function (e) { console.log('seen', "
                                        "JSON.stringify(e)); });</script>";
        QVERIFY(startReady(session, design));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("widget_loaded")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::Integrations, QStringLiteral("widget_loaded")), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rec.hasConsole(QStringLiteral("seen")), 10000);

        const QJsonObject env = rec.at(EventPlace::ParentPage, QStringLiteral("widget_loaded")).first().envelope;
        QCOMPARE(env.keys(),
                 (QStringList{QStringLiteral("data"), QStringLiteral("name"), QStringLiteral("timestamp")}));
        QCOMPARE(env.value(QStringLiteral("data")).toObject().value(QStringLiteral("isPreview")).toBool(), true);
        const QJsonObject context =
            env.value(QStringLiteral("data")).toObject().value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("orderId")).toString(), QStringLiteral("A-10023"));
        QCOMPARE(context.value(QStringLiteral("customerTier")).toString(), QStringLiteral("gold"));
        const QString timestamp = env.value(QStringLiteral("timestamp")).toString();
        QVERIFY2(QDateTime::fromString(timestamp, Qt::ISODateWithMs).isValid(), qPrintable(timestamp));
        // The sandbox handler receives the data object itself.
        const auto *seen = rec.findConsole(QStringLiteral("seen"));
        QVERIFY(seen->text.contains(QLatin1String("\"isPreview\":true")));
        QVERIFY(seen->text.contains(QLatin1String("\"orderId\":\"A-10023\"")));
        QCOMPARE(seen->area, ConsoleArea::BodyEnd);
        QCOMPARE(seen->line, 1);
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
    }

    void aCallRunsFromTapToSurvey()
    {
        PreviewSession session;
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        Recorder rec(session);
        QVERIFY(startReady(session, orderHelp()));
        QVERIFY(tapCallUntilRinging(session));
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_started")), 0);
        session.acceptCall();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("call_started")), 1, 10000);
        const QJsonObject started = rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_started"));
        QCOMPARE(started.value(QStringLiteral("destinationId")).toString(), QStringLiteral("orders-team"));
        QCOMPARE(started.value(QStringLiteral("routingKey")).toString(), QStringLiteral("order-help"));
        QCOMPARE(started.value(QStringLiteral("hasFormValues")).toBool(), true);
        session.answerCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("in_call"), 10000);
        session.agentHangUp();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 1, 10000);
        const QJsonObject ended = rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_ended"));
        QCOMPARE(ended.value(QStringLiteral("reason")).toString(), QStringLiteral("remote_hangup"));
        QVERIFY(ended.value(QStringLiteral("duration")).isDouble());
        QVERIFY(ended.value(QStringLiteral("duration")).toDouble() >= 0);
        QCOMPARE(session.widgetState(), QStringLiteral("ended"));
        session.submitSurvey(4, QStringLiteral("quick"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("survey_submitted")), 1, 10000);
        const QJsonObject survey = rec.dataOf(EventPlace::ParentPage, QStringLiteral("survey_submitted"));
        QCOMPARE(survey.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(survey.value(QStringLiteral("comment")).toString(), QStringLiteral("quick"));
        QCOMPARE(rec.namesAt(EventPlace::ParentPage),
                 (QStringList{QStringLiteral("widget_loaded"), QStringLiteral("call_started"),
                              QStringLiteral("call_ended"), QStringLiteral("survey_submitted")}));
    }

    void visitorHangUpEndsWithUserHangup()
    {
        PreviewSession session;
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        session.setAutoAnswer(true, 0);
        Recorder rec(session);
        QVERIFY(startReady(session, orderHelp()));
        fillOrderForm(session);
        session.tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("in_call"), 10000);
        session.visitorHangUp();
        QTRY_COMPARE_WITH_TIMEOUT(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 1, 10000);
        QCOMPARE(
            rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_ended")).value(QStringLiteral("reason")).toString(),
            QStringLiteral("user_hangup"));
    }

    void microphoneLoopbackPlaysOnlyDuringTheCall()
    {
        PreviewSession session;
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        session.setMicLoopback(true);
        Recorder rec(session);
        QVERIFY(startReady(session, orderHelp()));
        QVERIFY(tapCallUntilRinging(session));
        session.answerCall();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("in_call"), 10000);
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        QTRY_COMPARE_WITH_TIMEOUT(rec.probes.size(), 1, 10000);
        QCOMPARE(rec.probes.last().value(QStringLiteral("loopbackPlaying")).toBool(), true);
        session.agentHangUp();
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("ended"), 10000);
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        QTRY_COMPARE_WITH_TIMEOUT(rec.probes.size(), 2, 10000);
        QCOMPARE(rec.probes.last().value(QStringLiteral("loopbackPlaying")).toBool(), false);
    }

    void requiredFormFieldsHoldTheCall()
    {
        PreviewSession session;
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        Recorder rec(session);
        QVERIFY(startReady(session, orderHelp()));
        QSignalSpy acks(&session, &PreviewSession::commandAcknowledged);
        QSignalSpy invalid(&session, &PreviewSession::formInvalid);
        session.tapCall();
        QVERIFY(acks.wait(10000));
        QCOMPARE(session.micGate()->requestCount(), 0);
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
        // The operator is told why: the host handles form_invalid and says it in the console.
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().first().toString(), QStringLiteral("missing"));
        QVERIFY2(rec.hasConsole(QStringLiteral("The call was held")), qPrintable(rec.dump()));
    }

    void callErrorsAreNeverFollowedByCallEnded_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("afterAnswer");
        for (CallErrorCode code : {CallErrorCode::MediaFailure, CallErrorCode::Network, CallErrorCode::SessionRejected,
                                   CallErrorCode::NoProvider})
            for (bool after : {false, true})
                QTest::addRow("%s-%s", callErrorCodeName(code), after ? "in_call" : "connecting") << int(code) << after;
    }

    void callErrorsAreNeverFollowedByCallEnded()
    {
        QFETCH(int, code);
        QFETCH(bool, afterAnswer);
        PreviewSession session;
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        Recorder rec(session);
        QVERIFY(startReady(session, orderHelp()));
        QVERIFY(tapCallUntilRinging(session));
        if (afterAnswer) {
            session.answerCall();
            QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("in_call"), 10000);
        }
        session.failCall(CallErrorCode(code));
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);
        // The visitor and the agent both try to hang up afterwards.
        session.visitorHangUp();
        session.agentHangUp();
        QSignalSpy acks(&session, &PreviewSession::commandAcknowledged);
        QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 2, 10000);
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_error")), 1);
        const QJsonObject data = rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_error"));
        QCOMPARE(data.value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(callErrorCodeName(CallErrorCode(code))));
        QVERIFY(!data.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 0);
        QCOMPARE(rec.count(EventPlace::Sandbox, QStringLiteral("call_ended")), 0);
    }

    void markupInTextsStaysText()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign design = orderHelp();
        auto &blocks = design.state(WidgetState::Idle).blocks;
        blocks[0].text.set("en", "<img src=x onerror=\"console.log('pwned')\"><b>bold</b>");
        blocks.push_back(makeStarterBlock(BlockKind::Link, "evil", "en"));
        blocks.back().url = "javascript:console.log('pwned')";
        design.urlContext["orderId"] = "</script><script>console.log('pwned')</script>";
        QVERIFY(startReady(session, design));
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        QTRY_COMPARE_WITH_TIMEOUT(rec.probes.size(), 1, 10000);
        QVERIFY(rec.probes.first().value(QStringLiteral("html")).toString().contains(QLatin1String("<b>bold</b>")));
        QVERIFY(rec.hasConsole(QStringLiteral("only https, mailto and tel")));
        const QJsonObject context = rec.dataOf(EventPlace::ParentPage, QStringLiteral("widget_loaded"))
                                        .value(QStringLiteral("context"))
                                        .toObject();
        QCOMPARE(context.value(QStringLiteral("orderId")).toString(),
                 QStringLiteral("</script><script>console.log('pwned')</script>"));
        QVERIFY2(!rec.hasConsole(QStringLiteral("pwned"))
                     || !rec.findConsole(QStringLiteral("pwned"))->text.startsWith(QLatin1String("pwned")),
                 qPrintable(rec.dump()));
    }

    // The runtime's rules are the contract in its boot data and patches, not its own copy:
    // a patch with another contract changes the URL schemes, default messages and hours.
    void runtimeFollowsTheContractItIsGiven()
    {
        PreviewSession session;
        Recorder rec(session);
        WidgetDesign design = orderHelp();
        design.errorMessages.clear();
        auto &idle = design.state(WidgetState::Idle).blocks;
        idle.push_back(makeStarterBlock(BlockKind::Link, "mail", "en"));
        idle.back().url = "mailto:orders@example.com";
        QVERIFY(startReady(session, design));
        QVERIFY2(!rec.hasConsole(QStringLiteral("addresses are allowed")), qPrintable(rec.dump()));

        nlohmann::json contract = runtimeContract(design, QDateTime::currentDateTimeUtc(), kPreviewHoursHorizonDays);
        contract["urlSchemes"]["link"] = {"https"};
        for (auto &error : contract["callErrors"])
            error["defaultMessage"] = "Contract says " + error["code"].get<std::string>();
        contract["hours"] = {{"alwaysOpen", false},
                             {"from", "2000-01-01T00:00:00.000Z"},
                             {"until", "2000-01-02T00:00:00.000Z"},
                             {"open", nlohmann::json::array()}};
        const QJsonObject designJson =
            QJsonDocument::fromJson(QByteArray::fromStdString(designToJson(design).dump())).object();
        auto patch = [&] {
            QSignalSpy acks(&session, &PreviewSession::commandAcknowledged);
            session.sendCommand({{QStringLiteral("type"), QStringLiteral("patch")},
                                 {QStringLiteral("design"), designJson},
                                 {QStringLiteral("contract"),
                                  QJsonDocument::fromJson(QByteArray::fromStdString(contract.dump())).object()}});
            return acks.wait(10000) && acks.first().at(1).toBool();
        };
        // Now is outside the hours the contract knows: open, with a warning.
        QVERIFY(patch());
        QVERIFY2(rec.hasConsole(QStringLiteral("dropped: only https addresses are allowed")), qPrintable(rec.dump()));
        QVERIFY(rec.hasConsole(QStringLiteral("treated as open now")));
        QCOMPARE(session.widgetState(), QStringLiteral("idle"));
        // Known hours with no opening: closed; one opening around now: open again.
        contract["hours"]["until"] = "2100-01-01T00:00:00.000Z";
        QVERIFY(patch());
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("closed"), 10000);
        contract["hours"]["open"] = {{{"start", "2000-01-01T00:00:00.000Z"}, {"end", "2100-01-01T00:00:00.000Z"}}};
        QVERIFY(patch());
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("idle"), 10000);
        // The default message of a call error is the contract's.
        session.forceState(WidgetState::Error);
        QTRY_COMPARE_WITH_TIMEOUT(session.widgetState(), QStringLiteral("error"), 10000);
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("probe")}});
        QTRY_COMPARE_WITH_TIMEOUT(rec.probes.size(), 1, 10000);
        QVERIFY2(rec.probes.first().value(QStringLiteral("html")).toString().contains(QLatin1String("Contract says")),
                 qPrintable(rec.probes.first().value(QStringLiteral("html")).toString()));
    }

    void closedOutsideBusinessHours()
    {
        PreviewSession session;
        WidgetDesign design = previewtest::loadExample("order-help.design.json");
        design.customCode = {};
        // Sunday 12:00 in Madrid: no opening window.
        session.setClockOverride(QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::UTC));
        QVERIFY(startReady(session, design));
        QCOMPARE(session.widgetState(), QStringLiteral("closed"));
        // Monday 10:00 in Madrid (09:00 UTC): open.
        PreviewSession open;
        open.setClockOverride(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QVERIFY(startReady(open, design));
        QCOMPARE(open.widgetState(), QStringLiteral("idle"));
        // Christmas Day is closed all day even at 10:00.
        PreviewSession holiday;
        holiday.setClockOverride(QDateTime(QDate(2026, 12, 25), QTime(9, 0), Qt::UTC));
        QVERIFY(startReady(holiday, design));
        QCOMPARE(holiday.widgetState(), QStringLiteral("closed"));
    }
};

PREVIEW_TEST_MAIN(TestPreviewRuntime, true)
#include "test_preview_runtime.moc"
