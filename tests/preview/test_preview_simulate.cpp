// The headless run behind `callstudio simulate`: its JSON lines and exit codes.
#include "PreviewSimulation.h"
#include "PreviewTestSupport.h"
#include "SimulateCommand.h"
#include "SimulationRun.h"
#include "contract/ProductContract.h"
#include "io/DesignFile.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace callstudio;
using simulationtest::Run;
using simulationtest::run;

class TestPreviewSimulate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeDesign(const QString &name, const WidgetDesign &design)
    {
        const QString path = m_dir.filePath(name);
        if (!saveDesignToFile(design, path.toStdString()).ok)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString writeText(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

    // A call from load to survey, as the parent page sees it.
    static QStringList wholeCallEvents()
    {
        return {previewtest::eventName(callstudio::kEventWidgetLoaded),
                previewtest::eventName(callstudio::kEventCallStarted),
                previewtest::eventName(callstudio::kEventCallEnded),
                previewtest::eventName(callstudio::kEventSurveySubmitted)};
    }

    static WidgetDesign openDesign()
    {
        WidgetDesign design = previewtest::loadExample("order-help.design.json");
        design.businessHours.alwaysOpen = true;
        return design;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultScenarioPlaysAWholeCall()
    {
        const Run result = run(writeDesign(QStringLiteral("open.design.json"), openDesign()), {});
        QVERIFY2(result.exit == 0, qPrintable(result.err));
        const QStringList expected = wholeCallEvents();
        QCOMPARE(result.namesAt(QStringLiteral("parent_page")), expected);
        QCOMPARE(result.namesAt(QStringLiteral("sandbox")), expected);
        QCOMPARE(result.namesAt(QStringLiteral("integrations")), expected);
        for (const QJsonObject &line : result.ofType(QStringLiteral("event"))) {
            const QJsonObject env = line.value(QStringLiteral("event")).toObject();
            QVERIFY(env.value(QStringLiteral("data")).toObject().contains(QStringLiteral("context")));
            QVERIFY(!env.value(QStringLiteral("timestamp")).toString().isEmpty());
        }
        QCOMPARE(result.lines.last().value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QCOMPARE(result.lines.last().value(QStringLiteral("exitCode")).toInt(), 0);
        // The design's GA4 body-end code tries to load gtag.js, which is offline here: a warning, not an error.
        QVERIFY(result.ofType(QStringLiteral("error")).isEmpty());
    }

    void customCodeThatThrowsExitsOne()
    {
        WidgetDesign design = openDesign();
        design.customCode.bodyEndHtml = "<script>\nwindow.c2c.on('call_ended', function (e) {\n  "
                                        "e.context.orderId.missing.boom();\n});\n</script>\n";
        const QString scenario = writeText(QStringLiteral("call.json"), R"({"micPolicy":"allow","steps":[
            {"do":"fill_form"},{"do":"tap_call"},{"do":"answer"},{"do":"hang_up"}]})");
        const Run result = run(writeDesign(QStringLiteral("throws.design.json"), design), scenario);
        QCOMPARE(result.exit, 1);
        const auto errors = result.ofType(QStringLiteral("error"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value(QStringLiteral("area")).toString(), QStringLiteral("body_end"));
        QCOMPARE(errors.first().value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(errors.first().value(QStringLiteral("message")).toString().contains(QLatin1String("TypeError")));
        QCOMPARE(result.namesAt(QStringLiteral("parent_page")).last(),
                 previewtest::eventName(callstudio::kEventCallEnded));
        QCOMPARE(result.ofType(QStringLiteral("event"))
                     .last()
                     .value(QStringLiteral("event"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("user_hangup"));
    }

    void blockedMicrophoneIsReportedAndFinishes()
    {
        const QString scenario =
            writeText(QStringLiteral("blocked.json"),
                      R"([{"do":"fill_form"},{"do":"tap_call"},{"do":"block_mic"},{"wait_for":"call_error"}])");
        const Run result = run(writeDesign(QStringLiteral("open2.design.json"), openDesign()), scenario);
        QVERIFY2(result.exit == 0, qPrintable(result.err));
        QCOMPARE(result.namesAt(QStringLiteral("parent_page")),
                 (QStringList{previewtest::eventName(callstudio::kEventWidgetLoaded),
                              previewtest::eventName(callstudio::kEventCallError)}));
    }

    void badInputExitsTwo()
    {
        QCOMPARE(run(m_dir.filePath(QStringLiteral("missing.design.json")), {}).exit, 2);
        QCOMPARE(run(writeText(QStringLiteral("broken.design.json"), "{ not json"), {}).exit, 2);
        const QString design = writeDesign(QStringLiteral("ok.design.json"), openDesign());
        QCOMPARE(run(design, writeText(QStringLiteral("bad.json"), "[{\"do\":\"dance\"}]")).exit, 2);
        QCOMPARE(run(design, writeText(QStringLiteral("bad2.json"), "{\"steps\": 3")).exit, 2);
        QCOMPARE(run(design, m_dir.filePath(QStringLiteral("nope.json"))).exit, 2);
        const Run timeout = run(design, {}, 0);
        QCOMPARE(timeout.exit, 2);
        QVERIFY(timeout.err.contains(QLatin1String("--timeout")));
    }

    void defaultScenarioRunsTheExampleWhateverTheTime()
    {
        // The example keeps Madrid business hours; the default scenario plays the call at
        // the next opening when the test happens to run outside them.
        const Run result = run(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json"), {});
        QVERIFY2(result.exit == 0, qPrintable(result.err));
        QVERIFY(result.namesAt(QStringLiteral("parent_page"))
                    .contains(previewtest::eventName(callstudio::kEventCallEnded)));
    }

    // Floods from custom code are dropped where they start, not killed as a hang: the run
    // finishes normally and the call completes.
    void floodsAreCappedAndTheCallCompletes()
    {
        WidgetDesign design = openDesign();
        design.customCode.bodyEndHtml = R"(<script>
var line = new Array(2049).join('x');
var i;
for (i = 0; i < 100000; ++i) { window.c2c.emit('flood', { i: i }); }
for (i = 0; i < 30000; ++i) { console.log(line); }
for (i = 0; i < 40000; ++i) { window.parent.postMessage({ flood: i }, '*'); }
window.c2c.on('call_started', function () {
  for (var j = 0; j < 100000; ++j) { window.c2c.emit('flood_in_call', { j: j }); }
  for (j = 0; j < 30000; ++j) { console.log(line); }
});
</script>)";
        const Run result = run(writeDesign(QStringLiteral("flood.design.json"), design), {}, 60);
        QVERIFY2(result.exit == 0, qPrintable(result.err));
        QCOMPARE(result.lines.last().value(QStringLiteral("exitCode")).toInt(), 0);
        const QStringList parentPage = result.namesAt(QStringLiteral("parent_page"));
        QVERIFY(parentPage.contains(previewtest::eventName(callstudio::kEventCallEnded)));
        QVERIFY(parentPage.contains(previewtest::eventName(callstudio::kEventSurveySubmitted)));
        const int emitted = int(parentPage.count(QStringLiteral("custom:flood")))
                            + int(parentPage.count(QStringLiteral("custom:flood_in_call")));
        QCOMPARE(parentPage.count(QStringLiteral("custom:flood")), kRuntimeLimits.emitsPerSecond);
        // Whether any in-call emit passes depends on when the call starts within the second;
        // that both floods ran shows in the totals below (200,000 emits, 60,000 lines).
        int logged = 0;
        QStringList summaries;
        for (const QJsonObject &line : result.ofType(QStringLiteral("console"))) {
            if (line.value(QStringLiteral("level")) == QLatin1String("log"))
                ++logged;
            else if (line.value(QStringLiteral("area")) == QLatin1String("runtime"))
                summaries << line.value(QStringLiteral("message")).toString();
        }
        // Every call is either passed on or counted in a "12,345 … dropped: over N a second" line.
        const auto droppedCount = [&summaries](const QString &what, int perSecond) {
            const QRegularExpression pattern(QStringLiteral("^([0-9,]+) %1 dropped: over %2 a second$")
                                                 .arg(QRegularExpression::escape(what))
                                                 .arg(perSecond));
            int total = 0;
            for (const QString &summary : summaries) {
                const auto match = pattern.match(summary);
                total += match.hasMatch() ? match.captured(1).remove(QLatin1Char(',')).toInt() : 0;
            }
            return total;
        };
        const QString all = summaries.join(QLatin1Char('\n'));
        QVERIFY2(droppedCount(QStringLiteral("emits"), kRuntimeLimits.emitsPerSecond) + emitted == 200000,
                 qPrintable(all));
        QVERIFY2(droppedCount(QStringLiteral("console lines"), kRuntimeLimits.consoleLinesPerSecond) + logged == 60000,
                 qPrintable(all));
        const auto strays = result.ofType(QStringLiteral("dropped")).size();
        QVERIFY2(droppedCount(QStringLiteral("more messages posted to the widget window outside the bridge"),
                              kRuntimeLimits.droppedReportsPerSecond)
                         + strays
                     == 40000,
                 qPrintable(all));
        QVERIFY(strays <= 10 * kRuntimeLimits.droppedReportsPerSecond);
        QVERIFY(logged <= 10 * kRuntimeLimits.consoleLinesPerSecond);
    }

    void aStepThatCannotRunEndsIncomplete()
    {
        WidgetDesign design = openDesign();
        design.businessHours.alwaysOpen = false;
        const QString scenario =
            writeText(QStringLiteral("closed.json"), R"({"now":"2026-11-22T11:00:00Z","steps":[{"do":"tap_call"}]})");
        const Run result = run(writeDesign(QStringLiteral("closed.design.json"), design), scenario);
        QCOMPARE(result.exit, 3);
        QVERIFY(result.err.contains(QLatin1String("closed")));
    }

    // The visitor's whole call with the keyboard alone: Tab into the form, type a name,
    // pick a topic with the arrow keys, tick the consent box with Space, Enter on call; Tab
    // and Enter on hang up; stars and a typed comment in the survey. Only the agent's
    // answer is not a key.
    void wholeCallByKeyboardOnly()
    {
        const QString scenario =
            QStringLiteral(CALLSTUDIO_SOURCE_DIR "/tests/fixtures/a11y/keyboard-call.scenario.json");
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &step :
             QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = step.toObject();
            const bool keyboard = s.contains(QStringLiteral("key")) || s.contains(QStringLiteral("text"));
            QVERIFY2(keyboard || s.contains(QStringLiteral("wait_for_state"))
                         || s.value(QStringLiteral("do")) == QLatin1String("answer"),
                     qPrintable(QJsonDocument(s).toJson()));
        }
        const Run result =
            run(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json"), scenario);
        QVERIFY2(result.exit == 0, qPrintable(result.err));
        const QStringList expected = wholeCallEvents();
        QCOMPARE(result.namesAt(QStringLiteral("parent_page")), expected);
        QJsonObject started, ended, survey;
        for (const QJsonObject &line : result.ofType(QStringLiteral("event"))) {
            const QJsonObject env = line.value(QStringLiteral("event")).toObject();
            const QString name = env.value(QStringLiteral("name")).toString();
            const QJsonObject data = env.value(QStringLiteral("data")).toObject();
            if (name == previewtest::eventName(callstudio::kEventCallStarted))
                started = data;
            else if (name == previewtest::eventName(callstudio::kEventCallEnded))
                ended = data;
            else if (name == previewtest::eventName(callstudio::kEventSurveySubmitted))
                survey = data;
        }
        // The form let the call go: the typed name, the topic and the consent were taken.
        QCOMPARE(started.value(QStringLiteral("hasFormValues")).toBool(), true);
        QCOMPARE(ended.value(QStringLiteral("reason")).toString(),
                 previewtest::eventName(callstudio::kReasonUserHangup));
        QCOMPARE(survey.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(survey.value(QStringLiteral("comment")).toString(), QStringLiteral("Quick and kind"));
    }

    void keyStepsNameKnownKeys()
    {
        const QByteArray known = "[{\"key\": \"Tab\"}, {\"key\": \"Shift+Tab\"}, {\"text\": \"abc\"}]";
        const QByteArray unknown = "[{\"key\": \"F13\"}]";
        const QByteArray tooLong = "[{\"text\": \"" + QByteArray(500, 'a') + "\"}]";
        QString error;
        QVERIFY(parseScenario(known, &error));
        QVERIFY(!parseScenario(unknown, &error));
        QVERIFY2(error.contains(QLatin1String("key")), qPrintable(error));
        QVERIFY(!parseScenario(tooLong, &error));
    }
};

PREVIEW_TEST_MAIN(TestPreviewSimulate, true)
#include "test_preview_simulate.moc"
