#include "ProductContract.h"

namespace callstudio {

const std::vector<CatalogueEvent> &eventCatalogue()
{
    static const std::vector<CatalogueEvent> kEvents{
        {kEventWidgetLoaded, "loaded", {"isPreview"}},
        {kEventCallStarted, "accepted", {"destinationId", "routingKey", "hasFormValues"}},
        {kEventCallEnded, "ended", {"duration", "reason"}},
        {kEventCallError, "failed", {"code", "message"}},
        {kEventSurveySubmitted, "survey_sent", {"rating", "comment"}},
    };
    return kEvents;
}

const CatalogueEvent *findCatalogueEvent(std::string_view name)
{
    for (const auto &e : eventCatalogue())
        if (e.name == name)
            return &e;
    return nullptr;
}

nlohmann::ordered_json sampleEventData(std::string_view name)
{
    // One sample per field name; every catalogue field has one (test_contract checks it).
    static const nlohmann::ordered_json kSamples{
        {"isPreview", true},
        {"destinationId", nullptr},
        {"routingKey", nullptr},
        {"hasFormValues", false},
        {"duration", 42},
        {"reason", std::string(kReasonRemoteHangup)},
        {"code", callErrorCodeName(CallErrorCode::Network)},
        {"message", defaultErrorMessage(CallErrorCode::Network)},
        {"rating", 4},
        {"comment", ""},
    };
    nlohmann::ordered_json data = nlohmann::ordered_json::object();
    if (const CatalogueEvent *event = findCatalogueEvent(name))
        for (auto field : event->fields)
            data[std::string(field)] = kSamples.value(std::string(field), nlohmann::ordered_json());
    return data;
}

} // namespace callstudio
