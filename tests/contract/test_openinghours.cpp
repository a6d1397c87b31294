// Business hours have one implementation (contract/OpeningHours): these are the answers
// an operator checks against the Business hours dock, and what the widget runtime and
// `simulate` receive through the runtime contract.
#include "contract/OpeningHours.h"
#include "contract/ProductContract.h"
#include "contract/RuntimeContract.h"
#include "contract/UrlPolicy.h"
#include "io/DesignFile.h"

#include <QTest>

using namespace callstudio;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

BusinessHours exampleHours()
{
    const auto loaded = loadDesignFromFile(CALLSTUDIO_SOURCE_DIR "/resources/examples/order-help.design.json");
    if (!loaded.ok())
        qFatal("the example design does not load");
    return loaded.design->businessHours;
}

BusinessHours weekdays(const std::string &zone, const std::string &open, const std::string &close)
{
    BusinessHours hours;
    hours.alwaysOpen = false;
    hours.timezone = zone;
    for (size_t day = 0; day < 5; ++day)
        hours.weekly[day] = {{open, close}};
    return hours;
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void timesOfDay()
    {
        QCOMPARE(minutesOfTime("00:00"), 0);
        QCOMPARE(minutesOfTime("09:30"), 570);
        QCOMPARE(minutesOfTime("24:00"), 1440);
        QCOMPARE(minutesOfTime("24:01"), -1);
        QCOMPARE(minutesOfTime("9:30"), -1);
        QCOMPARE(minutesOfTime("12:60"), -1);
        QCOMPARE(minutesOfTime("ab:cd"), -1);
    }

    void nextOpeningFollowsTheExample()
    {
        // Madrid (UTC+1 in winter): Mon–Fri 09:00–14:00 and 16:00–20:00, Sat 10:00–14:00,
        // 2026-12-24 09:00–13:00, 2026-12-25 closed.
        const BusinessHours hours = exampleHours();
        using Opt = std::optional<QDateTime>;
        // Sunday night: Monday 09:00 Madrid.
        QCOMPARE(nextOpening(hours, utc(2026, 11, 22, 23, 0)), Opt(utc(2026, 11, 23, 8, 0)));
        // Monday 10:00 Madrid is open: right away.
        QCOMPARE(nextOpening(hours, utc(2026, 11, 23, 9, 0)), Opt(utc(2026, 11, 23, 9, 0)));
        // The lunch break waits for the afternoon shift.
        QCOMPARE(nextOpening(hours, utc(2026, 11, 23, 13, 30)), Opt(utc(2026, 11, 23, 15, 0)));
        // Christmas Eve closes at 13:00 and Christmas Day is closed: Saturday 26th 10:00 Madrid.
        QCOMPARE(nextOpening(hours, utc(2026, 12, 24, 12, 30)), Opt(utc(2026, 12, 26, 9, 0)));

        BusinessHours never = hours;
        for (auto &day : never.weekly)
            day.clear();
        QCOMPARE(nextOpening(never, utc(2026, 11, 23, 9, 0)), Opt());
        BusinessHours always = never;
        always.alwaysOpen = true;
        QCOMPARE(nextOpening(always, utc(2026, 11, 23, 9, 0)), Opt(utc(2026, 11, 23, 9, 0)));
    }

    void openingIsInclusiveClosingExclusive()
    {
        const BusinessHours hours = weekdays("UTC", "09:00", "17:00");
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 23, 8, 59)));
        QVERIFY(isOpenAt(hours, utc(2026, 11, 23, 9, 0)));
        QVERIFY(isOpenAt(hours, utc(2026, 11, 23, 16, 59)));
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 23, 17, 0)));
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 28, 12, 0))); // Saturday
    }

    void daylightSavingMovesTheUtcHours()
    {
        // Europe/Madrid goes from UTC+1 to UTC+2 on Sunday 2026-03-29.
        const BusinessHours hours = weekdays("Europe/Madrid", "09:00", "17:00");
        const auto stretches = openIntervals(hours, utc(2026, 3, 27, 0, 0), utc(2026, 3, 31, 0, 0));
        QCOMPARE(stretches.size(), size_t(2));
        QCOMPARE(stretches[0], (OpenInterval{utc(2026, 3, 27, 8, 0), utc(2026, 3, 27, 16, 0)}));
        QCOMPARE(stretches[1], (OpenInterval{utc(2026, 3, 30, 7, 0), utc(2026, 3, 30, 15, 0)}));
    }

    void touchingWindowsMergeAcrossMidnight()
    {
        BusinessHours hours;
        hours.alwaysOpen = false;
        hours.timezone = "UTC";
        hours.weekly[0] = {{"20:00", "24:00"}, {"08:00", "12:00"}, {"12:00", "13:00"}}; // Monday, out of order
        hours.weekly[1] = {{"00:00", "02:00"}};                                         // Tuesday
        const auto stretches = openIntervals(hours, utc(2026, 11, 23, 0, 0), utc(2026, 11, 25, 0, 0));
        QCOMPARE(stretches.size(), size_t(2));
        QCOMPARE(stretches[0], (OpenInterval{utc(2026, 11, 23, 8, 0), utc(2026, 11, 23, 13, 0)}));
        QCOMPARE(stretches[1], (OpenInterval{utc(2026, 11, 23, 20, 0), utc(2026, 11, 24, 2, 0)}));
        // Cut to the range asked for.
        const auto cut = openIntervals(hours, utc(2026, 11, 23, 22, 0), utc(2026, 11, 24, 1, 0));
        QCOMPARE(cut.size(), size_t(1));
        QCOMPARE(cut[0], (OpenInterval{utc(2026, 11, 23, 22, 0), utc(2026, 11, 24, 1, 0)}));
    }

    void exceptionsReplaceTheWeekAndBadWindowsAreClosed()
    {
        BusinessHours hours = weekdays("UTC", "09:00", "17:00");
        hours.exceptions.push_back({"2026-11-23", false, {{"10:00", "11:00"}}, {}});
        hours.exceptions.push_back({"2026-11-24", true, {}, {}});
        hours.weekly[2] = {{"12:00", "10:00"}, {"99:00", "12:00"}}; // Wednesday: nonsense only
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 23, 9, 30)));
        QVERIFY(isOpenAt(hours, utc(2026, 11, 23, 10, 30)));
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 24, 12, 0)));
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 25, 11, 0)));
        QVERIFY(isOpenAt(hours, utc(2026, 11, 26, 11, 0)));
    }

    void anUnknownZoneCountsAsUtc()
    {
        const BusinessHours hours = weekdays("Mars/Olympus_Mons", "09:00", "17:00");
        QVERIFY(isOpenAt(hours, utc(2026, 11, 23, 9, 0)));
        QVERIFY(!isOpenAt(hours, utc(2026, 11, 23, 8, 0)));
    }

    void theRuntimeReceivesTheSameStretches()
    {
        const BusinessHours hours = exampleHours();
        WidgetDesign design;
        design.businessHours = hours;
        const QDateTime from = utc(2026, 12, 20, 12, 0);
        const nlohmann::json contract = runtimeContract(design, from, 14);
        const auto &open = contract.at("hours").at("open");
        const auto stretches = openIntervals(hours, from.addDays(-1), from.addDays(14));
        QCOMPARE(open.size(), stretches.size());
        QVERIFY(open.size() > 10);
        for (size_t i = 0; i < stretches.size(); ++i) {
            QCOMPARE(QDateTime::fromString(QString::fromStdString(open[i].at("start")), Qt::ISODateWithMs),
                     stretches[i].start);
            QCOMPARE(QDateTime::fromString(QString::fromStdString(open[i].at("end")), Qt::ISODateWithMs),
                     stretches[i].end);
        }
        QCOMPARE(contract.at("hours").at("alwaysOpen").get<bool>(), false);
    }

    void theRuntimeContractNamesEveryEventStateAndError()
    {
        const nlohmann::json contract = runtimeContract(makeStarterDesign(), utc(2026, 11, 23, 9, 0), 7);
        const auto &events = contract.at("events");
        QCOMPARE(events.size(), eventCatalogue().size());
        for (size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].at("name").get<std::string>(), std::string(eventCatalogue()[i].name));
            QCOMPARE(events[i].at("fields").size(), eventCatalogue()[i].fields.size());
        }
        QCOMPARE(contract.at("states").size(), kAllStates.size());
        QCOMPARE(contract.at("states")[2].get<std::string>(), std::string("in_call"));
        const auto &errors = contract.at("callErrors");
        QCOMPARE(errors.size(), kAllCallErrorCodes.size());
        for (size_t i = 0; i < errors.size(); ++i) {
            QCOMPARE(errors[i].at("code").get<std::string>(), std::string(callErrorCodeName(kAllCallErrorCodes[i])));
            QVERIFY(!errors[i].at("defaultMessage").get<std::string>().empty());
        }
        QCOMPARE(contract.at("limits").at("emitsPerSecond").get<int>(), kRuntimeLimits.emitsPerSecond);
        QCOMPARE(contract.at("limits").at("consoleLinesPerSecond").get<int>(), kRuntimeLimits.consoleLinesPerSecond);
        QCOMPARE(contract.at("limits").at("droppedReportsPerSecond").get<int>(),
                 kRuntimeLimits.droppedReportsPerSecond);
        // The schemes come from the schema, as the design checks read them.
        QCOMPARE(contract.at("urlSchemes").at("link").get<std::vector<std::string>>(), allowedUrlSchemes(UrlUse::Link));
        QCOMPARE(contract.at("urlSchemes").at("privacyNotice").get<std::vector<std::string>>(),
                 std::vector<std::string>{"https"});
    }

    void everyEventHasASample()
    {
        for (const auto &event : eventCatalogue()) {
            const auto sample = sampleEventData(event.name);
            QCOMPARE(sample.size(), event.fields.size());
            for (auto field : event.fields)
                QVERIFY2(!sample.at(std::string(field)).is_null() || field == "destinationId" || field == "routingKey",
                         std::string(field).c_str());
        }
        QCOMPARE(sampleEventData("custom:thing").size(), size_t(0));
    }

    void theStarterDesignUsesTheDefaultErrorTexts()
    {
        const WidgetDesign design = makeStarterDesign();
        for (auto code : kAllCallErrorCodes)
            QCOMPARE(design.errorMessages.at(code).resolve("en", "en"), std::string(defaultErrorMessage(code)));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "test_openinghours.moc"
