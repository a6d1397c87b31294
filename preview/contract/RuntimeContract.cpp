// TEMPORARY stand-in for studio/contract/RuntimeContract.cpp until it lands on main; deleted at the merge.
#include "contract/RuntimeContract.h"

#include "contract/OpeningHours.h"
#include "contract/ProductContract.h"

namespace callstudio {

nlohmann::json runtimeHours(const BusinessHours &hours, const QDateTime &from, int horizonDays)
{
    const QDateTime begin = from.toUTC().addDays(-1);
    const QDateTime until = from.toUTC().addDays(horizonDays);
    nlohmann::json open = nlohmann::json::array();
    for (const OpenInterval &stretch : openIntervals(hours, begin, until))
        open.push_back({{"start", stretch.start.toString(Qt::ISODateWithMs).toStdString()},
                        {"end", stretch.end.toString(Qt::ISODateWithMs).toStdString()}});
    return {{"alwaysOpen", hours.alwaysOpen},
            {"from", begin.toString(Qt::ISODateWithMs).toStdString()},
            {"until", until.toString(Qt::ISODateWithMs).toStdString()},
            {"open", open}};
}

nlohmann::json runtimeContract(const WidgetDesign &design, const QDateTime &from, int horizonDays)
{
    nlohmann::json states = nlohmann::json::array();
    for (WidgetState s : kAllStates)
        states.push_back(stateName(s));
    nlohmann::json events = nlohmann::json::array();
    for (const CatalogueEvent &e : eventCatalogue()) {
        nlohmann::json fields = nlohmann::json::array();
        for (auto f : e.fields)
            fields.push_back(std::string(f));
        events.push_back({{"name", std::string(e.name)}, {"fields", fields}});
    }
    nlohmann::json errors = nlohmann::json::array();
    for (CallErrorCode c : kAllCallErrorCodes)
        errors.push_back({{"code", callErrorCodeName(c)}, {"defaultMessage", defaultErrorMessage(c)}});
    return {{"states", states},
            {"events", events},
            {"customEventPrefix", std::string(kCustomEventPrefix)},
            {"callErrors", errors},
            {"urlSchemes", {{"link", {"https", "mailto", "tel"}}, {"image", {"https"}}, {"privacyNotice", {"https"}}}},
            {"limits",
             {{"emitBytes", kRuntimeLimits.emitBytes},
              {"emitsPerSecond", kRuntimeLimits.emitsPerSecond},
              {"consoleText", kRuntimeLimits.consoleTextChars}}},
            {"hours", runtimeHours(design.businessHours, from, horizonDays)}};
}

} // namespace callstudio
