// The operator-facing pieces: the mic dialog answered from the PreviewWidget, the
// timeline and console fed by a real preview, the injector and the simulator panel.
#include "CallSimulatorPanel.h"
#include "ConsoleWidget.h"
#include "EventInjector.h"
#include "MicPermissionDialog.h"
#include "PreviewTestSupport.h"
#include "PreviewWidget.h"
#include "TimelineWidget.h"
#include "checks/OperatorNames.h"
#include "io/PlainTextToolTip.h"

#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>
#include <QTreeWidget>

using namespace callstudio;

class TestPreviewWidgets : public QObject
{
    Q_OBJECT

private:
    static WidgetDesign design(const std::string &bodyEnd = {})
    {
        WidgetDesign d = makeStarterDesign();
        d.businessHours.alwaysOpen = true;
        d.urlContext = {{"orderId", "A-7"}};
        d.customCode.bodyEndHtml = bodyEnd;
        return d;
    }

    static QPushButton *buttonNamed(QWidget *parent, const QString &text)
    {
        for (QPushButton *button : parent->findChildren<QPushButton *>())
            if (button->text() == text)
                return button;
        return nullptr;
    }

private slots:
    void micDialogAllowsAndBlocks()
    {
        PreviewWidget preview;
        preview.resize(900, 700);
        preview.show();
        QList<QDialog *> dialogs;
        connect(&preview, &PreviewWidget::micDialogOpened, this, [&dialogs](QDialog *d) { dialogs.append(d); });
        QSignalSpy ready(preview.session(), &PreviewSession::ready);
        preview.setDesign(design());
        QVERIFY(ready.wait(20000));
        preview.session()->tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(dialogs.size(), 1, 10000);
        QVERIFY(dialogs.first()->findChild<QComboBox *>());
        dialogs.first()->reject();
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("error"), 10000);

        // Reset, then allow.
        preview.session()->micGate()->resetRemembered();
        preview.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("idle"), 10000);
        preview.session()->tapCall();
        QTRY_COMPARE_WITH_TIMEOUT(dialogs.size(), 2, 10000);
        dialogs.last()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("connecting"), 10000);
    }

    void micDialogSaysWhichInputAnswers()
    {
        const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        const QUrl origin(QStringLiteral("callstudio://preview/"));
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --use-fake-device-for-media-stream");
        MicPermissionDialog withStandIn(origin);
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox");
        MicPermissionDialog withoutStandIn(origin);
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
        if (withStandIn.deviceCount() > 0)
            QSKIP("this machine has a microphone: both dialogs list it");
        // No device on the system: whether a call can still get audio depends on Chromium's stand-in.
        QVERIFY2(withStandIn.deviceNote().contains(QStringLiteral("simulated")), qPrintable(withStandIn.deviceNote()));
        QVERIFY2(withoutStandIn.deviceNote().contains(callErrorTitle(CallErrorCode::MicUnavailable)),
                 qPrintable(withoutStandIn.deviceNote()));
    }

    void micDialogSpeaksToTheOperator()
    {
        const auto labels = [](const MicPermissionDialog &dialog) {
            QStringList texts;
            for (const QLabel *label : dialog.findChildren<QLabel *>()) {
                // Nothing in it is greyed out as if it did not apply.
                if (!label->isEnabled())
                    texts << QStringLiteral("(disabled) ") + label->text();
                texts << label->text();
            }
            return texts.join(QLatin1Char('\n'));
        };
        // The widget asking is the normal case: no internal address shown.
        const QString widget = labels(MicPermissionDialog(QUrl(QStringLiteral("callstudio://widget/"))));
        QVERIFY2(!widget.contains(QLatin1String("callstudio:")), qPrintable(widget));
        QVERIFY2(!widget.contains(QLatin1String("(disabled)")), qPrintable(widget));
        QVERIFY2(widget.contains(QLatin1String("Reset microphone permission")), qPrintable(widget));
        // Anything else asking is named, so it stands out.
        const QString other = labels(MicPermissionDialog(QUrl(QStringLiteral("https://elsewhere.example/"))));
        QVERIFY2(other.contains(QLatin1String("https://elsewhere.example")), qPrintable(other));
    }

    void timelineConsoleAndInjectorFollowThePreview()
    {
        PreviewWidget preview;
        TimelineWidget timeline;
        ConsoleWidget console;
        timeline.attach(preview.session());
        console.attach(preview.session());
        EventInjector injector(preview.session());
        QSignalSpy jumps(&console, &ConsoleWidget::lineActivated);
        QSignalSpy sandbox(preview.session(), &PreviewSession::sandboxReady);
        preview.setDesign(design(
            "<script>\nwindow.c2c.on('explode', function () {\n  null.boom();\n});\n"
            "window.c2c.on('hello', function (e) { window.c2c.emit('hello_back', { got: e.who }); });\n</script>\n"));
        QVERIFY(sandbox.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), 1, 10000);

        // The injector refuses a payload that is not a JSON object, then fires into the sandbox.
        injector.findChild<QComboBox *>()->setCurrentText(QStringLiteral("hello"));
        injector.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("[1, 2"));
        QVERIFY(!injector.fire());
        injector.findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("{\"who\": \"operator\"}"));
        QVERIFY(injector.fire());
        QTRY_COMPARE_WITH_TIMEOUT(timeline.rowCount(), 3, 10000);
        const QJsonArray rows = QJsonDocument::fromJson(timeline.visibleRowsAsJson()).array();
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("widget_loaded"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("places")).toArray().size(), 3);
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("custom:hello_back"));
        QCOMPARE(rows.at(2)
                     .toObject()
                     .value(QStringLiteral("envelope"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("got"))
                     .toString(),
                 QStringLiteral("operator"));

        // Filtering keeps only matching rows.
        timeline.findChild<QLineEdit *>()->setText(QStringLiteral("hello_back"));
        QCOMPARE(QJsonDocument::fromJson(timeline.visibleRowsAsJson()).array().size(), 1);

        // An uncaught error in a handler lands in the console with its Body-end line; activating it asks to jump there.
        preview.session()->injectEvent(QStringLiteral("explode"), {});
        QTRY_COMPARE_WITH_TIMEOUT(console.errorCount(), 1, 10000);
        auto *tree = console.findChild<QTreeWidget *>();
        QTreeWidgetItem *errorRow = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(2) == QLatin1String("Body-end HTML, line 3"))
                errorRow = tree->topLevelItem(i);
        QVERIFY(errorRow);
        emit tree->itemActivated(errorRow, 0);
        QCOMPARE(jumps.size(), 1);
        QCOMPARE(jumps.first().at(0).toBool(), true);
        QCOMPARE(jumps.first().at(1).toInt(), 3);
    }

    // A request of the custom code is a Timeline row too, between the events (its URL,
    // who made it, how it went), and copies as the `request` line simulate prints.
    void timelineShowsTheCustomCodesRequests()
    {
        PreviewWidget preview;
        TimelineWidget timeline;
        timeline.attach(preview.session());
        QSignalSpy sandbox(preview.session(), &PreviewSession::sandboxReady);
        // .invalid never resolves: the request leaves and fails, nothing is reached.
        preview.setDesign(design("<img src=\"https://pixel.example.invalid/p.gif?e=call\" alt=\"\">\n"));
        QVERIFY(sandbox.wait(20000));
        QJsonObject request;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonValue row : QJsonDocument::fromJson(timeline.visibleRowsAsJson()).array())
                    if (row.toObject().value(QStringLiteral("envelope")).toObject().value(QStringLiteral("type"))
                        == QLatin1String("request"))
                        request = row.toObject().value(QStringLiteral("envelope")).toObject();
                return !request.isEmpty();
            }(),
            10000);
        QCOMPARE(request.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://pixel.example.invalid/p.gif?e=call"));
        QCOMPARE(request.value(QStringLiteral("initiator")).toString(), QStringLiteral("custom_code"));
        QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("image"));
    }

    // An external script's error says where in that script; a masked one says it was masked.
    void consoleNamesTheScriptThatRaised()
    {
        ConsoleWidget console;
        ConsoleMessage line;
        line.level = QStringLiteral("error");
        line.uncaught = true;
        line.area = ConsoleArea::External;
        line.url = QStringLiteral("https://cdn.example/sdk.js");
        line.line = 400;
        line.column = 3;
        line.text = QStringLiteral("Error: boom");
        console.addMessage(line);
        line.url.clear();
        line.line = 0;
        line.masked = true;
        line.text = QStringLiteral("Script error.");
        console.addMessage(line);
        auto *tree = console.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("https://cdn.example/sdk.js, line 400:3"));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("A cross-origin script (masked)"));
        QCOMPARE(console.errorCount(), 2);
    }

    // A flood keeps the newest kPreviewLogRowLimit rows; the oldest go and a label says how many.
    void consoleAndTimelineKeepTheNewestRows()
    {
        const int extra = 123;
        ConsoleWidget console;
        TimelineWidget timeline;
        timeline.show();
        for (int i = 0; i < kPreviewLogRowLimit + extra; ++i) {
            ConsoleMessage line;
            line.level = QStringLiteral("log");
            line.area = ConsoleArea::BodyEnd;
            line.text = QStringLiteral("line %1").arg(i);
            console.addMessage(line);
            PreviewEvent event;
            event.place = EventPlace::ParentPage;
            event.envelope = {{QStringLiteral("name"), QStringLiteral("custom:n%1").arg(i)},
                              {QStringLiteral("data"), QJsonObject{{QStringLiteral("i"), i}}},
                              {QStringLiteral("timestamp"), QStringLiteral("t%1").arg(i)}};
            event.receivedAt = QDateTime::currentDateTimeUtc();
            timeline.addEvent(event);
        }
        QCOMPARE(console.rowCount(), kPreviewLogRowLimit);
        QCOMPARE(console.droppedRowCount(), extra);
        QCOMPARE(console.findChild<QTreeWidget *>()->topLevelItem(0)->text(3), QStringLiteral("line %1").arg(extra));
        const QString consoleSummary = console.findChild<QLabel *>()->text();
        // Untranslated here: the plural is the source text's "(s)".
        QVERIFY2(consoleSummary.contains(QLatin1String("123 older message(s) dropped")), qPrintable(consoleSummary));

        QCOMPARE(timeline.rowCount(), kPreviewLogRowLimit);
        QCOMPARE(timeline.droppedRowCount(), extra);
        const QJsonArray rows = QJsonDocument::fromJson(timeline.visibleRowsAsJson()).array();
        QCOMPARE(rows.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("custom:n%1").arg(extra));
        QLabel *dropped = nullptr;
        for (QLabel *label : timeline.findChildren<QLabel *>())
            if (label->text().contains(QLatin1String("dropped")))
                dropped = label;
        QVERIFY(dropped);
        QVERIFY(dropped->isVisible());
        QCOMPARE(dropped->text(), QStringLiteral("123 older event(s) dropped to keep the last %1")
                                      .arg(QLocale().toString(kPreviewLogRowLimit)));

        // Clear starts over: nothing dropped to speak of.
        console.clear();
        timeline.clear();
        QCOMPARE(console.droppedRowCount(), 0);
        QVERIFY(!console.findChild<QLabel *>()->text().contains(QLatin1String("dropped")));
        QVERIFY(!dropped->isVisible());
    }

    // Hostile text in a console line or an event's data shows as the characters it holds:
    // an <img> in a tooltip would otherwise load a file (or hang on a FIFO) on hover.
    void hostileTextStaysPlainInTooltips()
    {
        const QString hostile =
            QStringLiteral("<b style='color:red'>Your licence expired</b><img src='file:///etc/passwd'>");
        ConsoleWidget console;
        ConsoleMessage line;
        line.level = QStringLiteral("log");
        line.text = hostile + QString(5000, QLatin1Char('x'));
        line.receivedAt = QDateTime::currentDateTimeUtc();
        console.addMessage(line);
        TimelineWidget timeline;
        PreviewEvent event;
        event.envelope = {{QStringLiteral("name"), QStringLiteral("custom:lead")},
                          {QStringLiteral("data"), QJsonObject{{QStringLiteral("note"), hostile}}}};
        event.receivedAt = QDateTime::currentDateTimeUtc();
        timeline.addEvent(event);
        for (QTreeWidget *tree : {console.findChild<QTreeWidget *>(), timeline.findChild<QTreeWidget *>()}) {
            QVERIFY(tree && tree->topLevelItemCount() == 1);
            const QTreeWidgetItem *row = tree->topLevelItem(0);
            bool checked = false;
            for (int column = 0; column < tree->columnCount(); ++column) {
                const QString tip = row->toolTip(column);
                if (!tip.contains(QLatin1String("Your licence")))
                    continue;
                checked = true;
                QTextDocument shown;
                shown.setHtml(tip);
                QVERIFY2(shown.toPlainText().contains(hostile), qPrintable(shown.toPlainText().left(200)));
                QVERIFY(!tip.contains(QLatin1String("<img")));
                QVERIFY(shown.toPlainText().size() <= kMaxToolTipChars + 1);
            }
            QVERIFY(checked);
        }
    }

    void stateBoxFollowsTheLiveWidgetAndReloadKeepsTheChosenState()
    {
        PreviewWidget preview;
        preview.setMicPolicy(MicPolicy::AlwaysAllow);
        CallSimulatorPanel panel(preview.session());
        QSignalSpy ready(preview.session(), &PreviewSession::ready);
        preview.setDesign(design());
        QVERIFY(ready.wait(20000));
        auto *box = preview.findChild<QComboBox *>(QStringLiteral("previewStateBox"));
        QVERIFY(box);
        preview.forceState(WidgetState::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("idle"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(&panel, QStringLiteral("Tap call"))->isEnabled(), 10000);
        buttonNamed(&panel, QStringLiteral("Tap call"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(&panel, QStringLiteral("Answer"))->isEnabled(), 10000);
        buttonNamed(&panel, QStringLiteral("Answer"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("in_call"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(box->currentData().toString(), QStringLiteral("in_call"), 5000);
        // Reload starts over in the state the operator chose, and says so.
        preview.findChild<QAction *>(QStringLiteral("previewReload"))->trigger();
        QVERIFY(ready.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("idle"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(box->currentData().toString(), QStringLiteral("idle"), 5000);
        QCOMPARE(preview.session()->forcedState(), std::optional<WidgetState>(WidgetState::Idle));
    }

    void simulatorPanelPlaysTheAgent()
    {
        PreviewWidget preview;
        preview.setMicPolicy(MicPolicy::AlwaysAllow);
        CallSimulatorPanel panel(preview.session());
        previewtest::Recorder rec(*preview.session());
        QSignalSpy ready(preview.session(), &PreviewSession::ready);
        preview.setDesign(design());
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(&panel, QStringLiteral("Tap call"))->isEnabled(), 10000);
        QVERIFY(!buttonNamed(&panel, QStringLiteral("Answer"))->isEnabled());
        buttonNamed(&panel, QStringLiteral("Tap call"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(buttonNamed(&panel, QStringLiteral("Answer"))->isEnabled(), 10000);
        buttonNamed(&panel, QStringLiteral("Answer"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("in_call"), 10000);
        // The panel names the state as text the operator reads, markup rendered, never shown.
        const auto shownState = [&panel] {
            for (const QLabel *label : panel.findChildren<QLabel *>()) {
                if (!label->text().startsWith(QStringLiteral("Widget state")))
                    continue;
                if (label->textFormat() == Qt::PlainText)
                    return label->text();
                QTextDocument rendered;
                rendered.setHtml(label->text());
                return rendered.toPlainText();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shownState(), QStringLiteral("Widget state: ") + stateTitle(WidgetState::InCall),
                                  5000);
        QCOMPARE(stateTitle(WidgetState::InCall), QStringLiteral("In call"));
        panel.findChild<QComboBox *>()->setCurrentIndex(
            panel.findChild<QComboBox *>()->findData(QStringLiteral("network")));
        buttonNamed(&panel, QStringLiteral("Fail"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(preview.session()->widgetState(), QStringLiteral("error"), 10000);
        QCOMPARE(
            rec.dataOf(EventPlace::ParentPage, QStringLiteral("call_error")).value(QStringLiteral("code")).toString(),
            QStringLiteral("network"));
        QVERIFY(!buttonNamed(&panel, QStringLiteral("Agent hangs up"))->isEnabled());
        QCOMPARE(rec.count(EventPlace::ParentPage, QStringLiteral("call_ended")), 0);
    }
};

PREVIEW_TEST_MAIN(TestPreviewWidgets, true)
#include "test_preview_widgets.moc"
