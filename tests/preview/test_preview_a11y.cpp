// The widget as a keyboard or screen-reader visitor meets it (WCAG 2.2 AA), read from its DOM
// by the audit harness; and the accessibility audit itself: axe-core over every state and
// locale, the examples clean, a poor contrast caught, `audit`'s output and exit codes, and
// no axe in anything shipped.
#include "AuditCommand.h"
#include "PreviewSchemes.h"
#include "PreviewSimulation.h"
#include "PreviewTestSupport.h"
#include "SimulateCommand.h"
#include "StandalonePreview.h"
#include "WidgetAudit.h"
#include "checks/ProblemPlace.h"
#include "privacy/EmbedGuidance.h"

#include <QJsonDocument>
#include <QTextStream>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

using namespace callstudio;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CALLSTUDIO_FIXTURES_DIR "/a11y/") + QLatin1String(name);
}

QString blockIdOf(const WidgetDesign &design, WidgetState state, BlockKind kind)
{
    for (const Block &block : design.state(state).blocks)
        if (block.kind == kind)
            return QString::fromStdString(block.id);
    return {};
}

QString enText(const LocalizedText &text)
{
    return QString::fromStdString(text.resolve("en", "en"));
}

// A preview shown in a view, with the audit harness in its widget frame.
struct Visit
{
    PreviewSession session;
    QWebEngineView view;
    int lastId = 0;
    QJsonObject lastFacts;

    explicit Visit(const WidgetDesign &design)
    {
        session.page()->scripts().insert(auditScript());
        session.micGate()->setPolicy(MicPolicy::AlwaysAllow);
        view.setPage(session.page());
        view.resize(1280, 800);
        view.show();
        session.setDesign(design);
        QObject::connect(&session, &PreviewSession::probeResult, &session, [this](const QJsonObject &r) {
            if (r.value(QStringLiteral("kind")) == QLatin1String("audit_result")
                && r.value(QStringLiteral("id")).toInt() == lastId)
                lastFacts = r.value(QStringLiteral("facts")).toObject();
        });
    }

    bool ready()
    {
        return QTest::qWaitFor([this] { return session.isReady(); }, 20000);
    }

    QJsonObject facts()
    {
        lastFacts = {};
        session.sendCommand({{QStringLiteral("type"), QStringLiteral("audit")},
                             {QStringLiteral("id"), ++lastId},
                             {QStringLiteral("axe"), false}});
        // Empty when the harness did not answer: the caller's comparisons then fail.
        (void)QTest::qWaitFor([this] { return !lastFacts.isEmpty(); }, 10000);
        return lastFacts;
    }

    // Waits until the facts satisfy `condition`; returns the last ones read.
    QJsonObject factsWhen(const std::function<bool(const QJsonObject &)> &condition)
    {
        QJsonObject f;
        (void)QTest::qWaitFor(
            [&] {
                f = facts();
                return condition(f);
            },
            10000);
        return f;
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view.focusProxy(), key, modifiers);
    }

    bool inState(const char *state)
    {
        return QTest::qWaitFor([&] { return session.widgetState() == QLatin1String(state); }, 10000);
    }
};

QString focusedKind(const QJsonObject &facts)
{
    return facts.value(QStringLiteral("focused")).toObject().value(QStringLiteral("kind")).toString();
}

} // namespace

class TestPreviewA11y : public QObject
{
    Q_OBJECT

private slots:
    void stateChangesArePoliteAndErrorsAssertive()
    {
        const WidgetDesign design = previewtest::alwaysOpenOrderHelp();
        Visit visit(design);
        QVERIFY(visit.ready());
        QJsonObject f = visit.facts();
        // The page's first state is shown, not announced.
        QCOMPARE(f.value(QStringLiteral("status")).toString(), QString());
        visit.session.fillForm(automaticFormValues(design));
        visit.session.tapCall();
        QVERIFY(visit.inState("connecting"));
        const QString ringing = enText(design.state(WidgetState::Connecting).blocks.front().text);
        f = visit.factsWhen([&](const QJsonObject &x) { return x.value(QStringLiteral("status")) == ringing; });
        QCOMPARE(f.value(QStringLiteral("status")).toString(), ringing);
        QCOMPARE(f.value(QStringLiteral("alert")).toString(), QString());

        visit.session.failCall(CallErrorCode::Network);
        QVERIFY(visit.inState("error"));
        const QString message = enText(design.errorMessages.at(CallErrorCode::Network));
        QVERIFY(!message.isEmpty());
        f = visit.factsWhen([&](const QJsonObject &x) { return x.value(QStringLiteral("alert")) == message; });
        QCOMPARE(f.value(QStringLiteral("alert")).toString(), message);
    }

    void inCallTheClockIsATimerNotALiveRegion()
    {
        Visit visit(previewtest::alwaysOpenOrderHelp());
        QVERIFY(visit.ready());
        visit.session.forceState(WidgetState::InCall);
        QVERIFY(visit.inState("in_call"));
        QCOMPARE(visit.facts().value(QStringLiteral("timers")).toInt(), 1);
    }

    void formErrorsAreTiedToTheirFields()
    {
        const WidgetDesign design = previewtest::alwaysOpenOrderHelp();
        Visit visit(design);
        QVERIFY(visit.ready());
        visit.session.tapCall();
        const QJsonObject f = visit.factsWhen(
            [](const QJsonObject &x) { return !x.value(QStringLiteral("alert")).toString().isEmpty(); });
        const QString message = f.value(QStringLiteral("alert")).toString();
        QVERIFY(message.contains(QLatin1String("required")));
        const Block *form = nullptr;
        for (const Block &block : design.state(WidgetState::Idle).blocks)
            if (block.kind == BlockKind::PreCallForm)
                form = &block;
        QVERIFY(form);
        int invalid = 0;
        for (const QJsonValue &value : f.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject field = value.toObject();
            const QString key = field.value(QStringLiteral("field")).toString();
            for (const FormField &spec : form->form.fields)
                if (QString::fromStdString(spec.key) == key)
                    QVERIFY2(field.value(QStringLiteral("label")).toString().startsWith(enText(spec.label)),
                             qPrintable(key));
            if (field.value(QStringLiteral("invalid")) == QLatin1String("true")) {
                ++invalid;
                QCOMPARE(field.value(QStringLiteral("description")).toString(), message);
            } else {
                QCOMPARE(field.value(QStringLiteral("description")).toString(), QString());
            }
        }
        // name, topic and the consent box are required and empty; email is optional.
        QCOMPARE(invalid, 3);
        // The keyboard lands on the first field to fix.
        QCOMPARE(f.value(QStringLiteral("focused")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("name"));
    }

    void keyboardFollowsTheCallAndEscapeCancelsRinging()
    {
        const WidgetDesign design = previewtest::alwaysOpenOrderHelp();
        Visit visit(design);
        QVERIFY(visit.ready());
        visit.session.fillForm(automaticFormValues(design));
        const QJsonObject idle = visit.facts();
        const QJsonArray controls = idle.value(QStringLiteral("controls")).toArray();
        QVERIFY(controls.size() >= 5);
        // Tab walks the controls in the order they are shown, each with a visible focus.
        for (const QJsonValue &control : controls) {
            visit.press(Qt::Key_Tab);
            const QJsonObject f = visit.factsWhen([&](const QJsonObject &x) {
                const QJsonObject focused = x.value(QStringLiteral("focused")).toObject();
                return focused.value(QStringLiteral("tag")) == control[QStringLiteral("tag")]
                       && focused.value(QStringLiteral("field")) == control[QStringLiteral("field")]
                       && focused.value(QStringLiteral("kind")) == control[QStringLiteral("kind")];
            });
            const QJsonObject focused = f.value(QStringLiteral("focused")).toObject();
            QCOMPARE(focused.value(QStringLiteral("kind")), control[QStringLiteral("kind")]);
            QCOMPARE(focused.value(QStringLiteral("field")), control[QStringLiteral("field")]);
            QVERIFY(focused.value(QStringLiteral("focusVisible")).toBool());
            QVERIFY(f.value(QStringLiteral("focusOutline")).toString() != QLatin1String("none"));
        }
        QCOMPARE(focusedKind(visit.facts()), QStringLiteral("call_button"));
        visit.press(Qt::Key_Return);
        QVERIFY(visit.inState("connecting"));
        // The pressed button is gone with its state: the keyboard is on the new state's control.
        QJsonObject f = visit.factsWhen([](const QJsonObject &x) { return !focusedKind(x).isEmpty(); });
        QCOMPARE(focusedKind(f), QStringLiteral("hangup_button"));
        visit.press(Qt::Key_Escape);
        QVERIFY(visit.inState("idle"));
        // Cancelled before the agent took it: no call to end, and the keyboard is back on the form.
        f = visit.factsWhen([](const QJsonObject &x) { return x.value(QStringLiteral("focused")).isObject(); });
        QCOMPARE(f.value(QStringLiteral("focused")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("name"));
    }

    void targetsAreAtLeast24PixelsInEveryState()
    {
        Visit visit(previewtest::alwaysOpenOrderHelp());
        QVERIFY(visit.ready());
        int measured = 0;
        for (WidgetState state : kAllStates) {
            visit.session.forceState(state);
            QVERIFY(visit.inState(stateName(state)));
            for (const QJsonValue &value : visit.facts().value(QStringLiteral("controls")).toArray()) {
                const QJsonObject control = value.toObject();
                const QString what =
                    QStringLiteral("%1 %2 %3 in %4")
                        .arg(control.value(QStringLiteral("tag")).toString(),
                             control.value(QStringLiteral("kind")).toString(),
                             control.value(QStringLiteral("field")).toString(), QLatin1String(stateName(state)));
                QVERIFY2(control.value(QStringLiteral("width")).toDouble() >= 24, qPrintable(what));
                QVERIFY2(control.value(QStringLiteral("height")).toDouble() >= 24, qPrintable(what));
                ++measured;
            }
        }
        QVERIFY(measured >= 12);
    }

    void motionOnlyForVisitorsWhoDidNotAskForLess()
    {
        Visit visit(previewtest::alwaysOpenOrderHelp());
        QVERIFY(visit.ready());
        const QJsonArray motions = visit.facts().value(QStringLiteral("motions")).toArray();
        QVERIFY(!motions.isEmpty());
        for (const QJsonValue &motion : motions)
            QVERIFY2(motion[QStringLiteral("guarded")].toBool(),
                     qPrintable(motion[QStringLiteral("selector")].toString()));
    }

    void bothExamplesPassTheAuditInEveryStateAndLocale()
    {
        QVERIFY2(auditAvailable(), "this build has no axe-core (npm ci)");
        for (const char *name : {"order-help.design.json", "minimal.design.json"}) {
            const WidgetDesign design = previewtest::loadExample(name);
            const AuditReport report = runWidgetAudit(design, showPageInView);
            QVERIFY2(report.failure.isEmpty(), qPrintable(report.failure));
            QCOMPARE(report.statesChecked, int(kAllStates.size() * design.locales.size()));
            QStringList found;
            for (const AuditViolation &v : report.violations)
                found << v.state + QLatin1Char('/') + v.locale + QLatin1Char(' ') + v.rule;
            QVERIFY2(report.violations.isEmpty(),
                     qPrintable(QLatin1String(name) + QLatin1String(": ") + found.join(", ")));
        }
    }

    void poorContrastFailsWithColorContrastOnItsBlock()
    {
        const auto loaded = loadDesignFromFile(fixture("poor-contrast.design.json").toStdString());
        QVERIFY(loaded.ok());
        const AuditReport report = runWidgetAudit(*loaded.design, showPageInView);
        QVERIFY2(report.failure.isEmpty(), qPrintable(report.failure));
        const auto contrast =
            std::find_if(report.violations.begin(), report.violations.end(),
                         [](const AuditViolation &v) { return v.rule == QLatin1String("color-contrast"); });
        QVERIFY(contrast != report.violations.end());
        const QString button = blockIdOf(*loaded.design, WidgetState::Idle, BlockKind::CallButton);
        QCOMPARE(contrast->state, QStringLiteral("idle"));
        QCOMPARE(contrast->nodes.front().blockId, button);
        // In Problems: a warning on that block with axe's help as the hint.
        const std::vector<Problem> problems = auditProblems(report, *loaded.design);
        const auto row = std::find_if(problems.begin(), problems.end(),
                                      [](const Problem &p) { return p.code == "accessibility.color-contrast"; });
        QVERIFY(row != problems.end());
        QCOMPARE(row->severity, Severity::Warning);
        QCOMPARE(row->pointer, blockPointer(*loaded.design, button));
        QVERIFY(QString::fromStdString(row->message).contains(contrast->help));
        QVERIFY(problemPlace(*row, *loaded.design).startsWith(QLatin1String("Idle")));
    }

    void auditCommandPrintsPerStateAndLocaleWithItsExitCodes()
    {
        QString text, errors;
        QTextStream out(&text), err(&errors);
        QCOMPARE(runAuditCommand(fixture("poor-contrast.design.json"), false, out, err), int(AuditViolations));
        QVERIFY2(text.contains(QLatin1String("idle (en):")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("color-contrast")));
        text.clear();
        QCOMPARE(runAuditCommand(fixture("poor-contrast.design.json"), true, out, err), int(AuditViolations));
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonObject first = json.value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("color-contrast"));
        QCOMPARE(first.value(QStringLiteral("locale")).toString(), QStringLiteral("en"));
        QCOMPARE(runAuditCommand(QStringLiteral(CALLSTUDIO_SOURCE_DIR "/resources/examples/minimal.design.json"), false,
                                 out, err),
                 int(AuditClean));
        QCOMPARE(runAuditCommand(fixture("missing.design.json"), false, out, err), int(AuditFailed));
    }

    void nothingShippedCarriesAxe()
    {
        const WidgetDesign design = previewtest::loadExample("order-help.design.json");
        // axe-core's own marks and the harness's call, present in what the audit injects.
        const QStringList marks{QStringLiteral("Deque Systems"), QStringLiteral("axe.version"),
                                QStringLiteral("window.axe.run")};
        const QString audit = auditScript().sourceCode();
        for (const QString &mark : marks)
            QVERIFY2(audit.contains(mark), qPrintable(mark));
        for (const std::string &shipped : {standalonePreviewHtml(design), embedSnippetText(design)}) {
            const QString text = QString::fromStdString(shipped);
            for (const QString &mark : marks)
                QVERIFY2(!text.contains(mark), qPrintable(mark));
        }
        // The designer's own preview serves the runtime without the audit harness or axe.
        QVERIFY(!runtimeScriptNames().contains(QStringLiteral("audit.js")));
        for (const QString &name : runtimeScriptNames() + QStringList{QStringLiteral("widget.html")})
            for (const QString &mark : marks)
                QVERIFY2(!PreviewSchemeHandler::resourceText(name).contains(mark.toUtf8()), qPrintable(name));
    }
};

PREVIEW_TEST_MAIN(TestPreviewA11y, true)
#include "test_preview_a11y.moc"
