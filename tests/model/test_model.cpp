// The design model: texts per locale, names of states and kinds, starter content.
#include "checks/DesignChecks.h"
#include "model/WidgetDesign.h"

#include <QTest>

#include <set>

using namespace callstudio;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void localizedTextFallsBackToDefaultLocale()
    {
        const LocalizedText t{{"en", "Call us"}, {"es", "Llamar"}};
        QCOMPARE(t.resolve("es", "en"), std::string("Llamar"));
        QCOMPARE(t.resolve("fr", "en"), std::string("Call us"));
        const LocalizedText onlyFrench{{"fr", "Appeler"}};
        QCOMPARE(onlyFrench.resolve("de", "en"), std::string());
    }

    void emptyTranslationDoesNotCountAsPresent()
    {
        const LocalizedText t{{"en", "Hello"}, {"es", ""}};
        QVERIFY(t.has("en"));
        QVERIFY(!t.has("es"));
        QVERIFY(!t.isEmpty());
        QVERIFY((LocalizedText{{"en", ""}}.isEmpty()));
    }

    void namesRoundTrip()
    {
        for (auto s : kAllStates)
            QCOMPARE(stateFromName(stateName(s)), std::optional<WidgetState>(s));
        for (auto k : kAllBlockKinds)
            QCOMPARE(blockKindFromName(blockKindName(k)), std::optional<BlockKind>(k));
        for (auto c : kAllCallErrorCodes)
            QCOMPARE(callErrorCodeFromName(callErrorCodeName(c)), std::optional<CallErrorCode>(c));
        QCOMPARE(stateFromName("in-call"), std::optional<WidgetState>());
        QCOMPARE(blockKindFromName("Heading"), std::optional<BlockKind>());
    }

    void stateNamesMatchTheProduct()
    {
        QCOMPARE(std::string(stateName(WidgetState::Idle)), std::string("idle"));
        QCOMPARE(std::string(stateName(WidgetState::InCall)), std::string("in_call"));
        QCOMPARE(std::string(stateName(WidgetState::Closed)), std::string("closed"));
        QCOMPARE(std::string(callErrorCodeName(CallErrorCode::MicDenied)), std::string("mic_denied"));
        QCOMPARE(std::string(callErrorCodeName(CallErrorCode::SessionRejected)), std::string("session_rejected"));
    }

    void freshBlockIdsAreUnique()
    {
        WidgetDesign d = makeStarterDesign();
        std::set<std::string> ids;
        for (const auto &s : d.states)
            for (const auto &b : s.blocks)
                QVERIFY(ids.insert(b.id).second);
        for (int i = 0; i < 50; ++i) {
            const std::string id = d.freshBlockId();
            QVERIFY2(ids.insert(id).second, id.c_str());
            d.state(WidgetState::Ended).blocks.push_back(makeStarterBlock(BlockKind::Spacer, id, "en"));
        }
    }

    void starterDesignHasNoProblems()
    {
        const auto problems = checkDesign(makeStarterDesign());
        for (const auto &p : problems)
            QVERIFY2(p.severity == Severity::Info, p.message.c_str());
    }

    void everyStarterBlockPassesTheChecks_data()
    {
        QTest::addColumn<int>("kind");
        for (auto k : kAllBlockKinds)
            QTest::newRow(blockKindName(k)) << static_cast<int>(k);
    }

    void everyStarterBlockPassesTheChecks()
    {
        QFETCH(int, kind);
        WidgetDesign d = makeStarterDesign();
        auto block = makeStarterBlock(static_cast<BlockKind>(kind), d.freshBlockId(), "en");
        if (block.kind == BlockKind::Image)
            block.url = "https://www.example.com/logo.png";
        if (block.kind == BlockKind::Link)
            block.url = "https://www.example.com/help";
        d.state(WidgetState::Ended).blocks.push_back(block);
        for (const auto &p : checkDesign(d))
            QVERIFY2(p.severity == Severity::Info, p.message.c_str());
    }

    void equalityNoticesEveryPart()
    {
        const WidgetDesign a = makeStarterDesign();
        WidgetDesign b = a;
        QVERIFY(a == b);
        b.theme.colors.muted = "#000000";
        QVERIFY(a != b);
        b = a;
        b.state(WidgetState::Idle).blocks[0].text.set("en", "Other");
        QVERIFY(a != b);
        b = a;
        b.urlContext["orderId"] = "1";
        QVERIFY(a != b);
        b = a;
        b.businessHours.weekly[3].push_back({"09:00", "17:00"});
        QVERIFY(a != b);
        b = a;
        b.routing.routingKey = "sales";
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
