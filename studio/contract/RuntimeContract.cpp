#include "RuntimeContract.h"

#include "OpeningHours.h"
#include "ProductContract.h"
#include "UrlPolicy.h"

#include <string>

namespace callstudio {

namespace {

std::string isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

nlohmann::json eventsJson()
{
    nlohmann::json events = nlohmann::json::array();
    for (const auto &e : eventCatalogue()) {
        nlohmann::json fields = nlohmann::json::array();
        for (auto field : e.fields)
            fields.push_back(std::string(field));
        events.push_back({{"name", std::string(e.name)}, {"on", std::string(e.occasion)}, {"fields", fields}});
    }
    return events;
}

} // namespace

nlohmann::json runtimeHours(const BusinessHours &hours, const QDateTime &from, int horizonDays)
{
    const QDateTime begin = from.toUTC().addDays(-1);
    const QDateTime until = from.toUTC().addDays(horizonDays);
    nlohmann::json open = nlohmann::json::array();
    for (const auto &stretch : openIntervals(hours, begin, until))
        open.push_back({{"start", isoUtc(stretch.start)}, {"end", isoUtc(stretch.end)}});
    return {{"alwaysOpen", hours.alwaysOpen}, {"from", isoUtc(begin)}, {"until", isoUtc(until)}, {"open", open}};
}

nlohmann::json runtimeContract(const WidgetDesign &design, const QDateTime &from, int horizonDays)
{
    nlohmann::json states = nlohmann::json::array();
    for (auto s : kAllStates)
        states.push_back(stateName(s));
    nlohmann::json callErrors = nlohmann::json::array();
    for (auto code : kAllCallErrorCodes)
        callErrors.push_back({{"code", callErrorCodeName(code)}, {"defaultMessage", defaultErrorMessage(code)}});
    return {
        {"states", states},
        {"events", eventsJson()},
        {"customEventPrefix", std::string(kCustomEventPrefix)},
        {"endReasons", {{"visitor", std::string(kReasonUserHangup)}, {"agent", std::string(kReasonRemoteHangup)}}},
        {"callErrors", callErrors},
        {"urlSchemes",
         {{"link", allowedUrlSchemes(UrlUse::Link)},
          {"image", allowedUrlSchemes(UrlUse::Image)},
          {"privacyNotice", allowedUrlSchemes(UrlUse::PrivacyNotice)}}},
        {"limits",
         {{"emitBytes", kRuntimeLimits.emitBytes},
          {"emitsPerSecond", kRuntimeLimits.emitsPerSecond},
          {"consoleText", kRuntimeLimits.consoleTextChars},
          {"consoleLinesPerSecond", kRuntimeLimits.consoleLinesPerSecond},
          {"droppedReportsPerSecond", kRuntimeLimits.droppedReportsPerSecond}}},
        {"hours", runtimeHours(design.businessHours, from, horizonDays)},
    };
}

} // namespace callstudio
