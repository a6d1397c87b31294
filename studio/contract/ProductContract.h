// The product's facts that every part of Call Studio follows: the events a widget emits
// and their data fields, the call-error codes with their default visitor-facing texts,
// and the limits the widget runtime enforces on custom code. Source:
// docs/product-reference.md ("Events", "Custom code"). The design checks, the custom-code
// lint, the preview's panels, the command line and the widget runtime (through its boot
// data, see RuntimeContract.h) all read these; nothing restates them.
#pragma once

#include "model/WidgetDesign.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace callstudio {

// The product's event names, as every part of Call Studio spells them.
inline constexpr std::string_view kEventWidgetLoaded = "widget_loaded";
inline constexpr std::string_view kEventCallStarted = "call_started";
inline constexpr std::string_view kEventCallEnded = "call_ended";
inline constexpr std::string_view kEventCallError = "call_error";
inline constexpr std::string_view kEventSurveySubmitted = "survey_submitted";

struct CatalogueEvent
{
    std::string_view name;
    // When the widget sends it, as the widget runtime names the moment ("loaded",
    // "accepted", "ended", "failed", "survey_sent"): the runtime asks the contract which
    // event goes with a moment instead of spelling event names itself.
    std::string_view occasion;
    std::vector<std::string_view> fields; // the fields of `data`, without `context`
};

// The product's events, in the order of the product reference.
const std::vector<CatalogueEvent> &eventCatalogue();
const CatalogueEvent *findCatalogueEvent(std::string_view name);

// The `reason` of `call_ended`: the visitor hung up, or the agent did.
inline constexpr std::string_view kReasonUserHangup = "user_hangup";
inline constexpr std::string_view kReasonRemoteHangup = "remote_hangup";

// A plausible `data` object for the event (without `context`), fields in catalogue order:
// what the event injector offers to edit. An unknown name gives an empty object.
nlohmann::ordered_json sampleEventData(std::string_view name);

// Events custom code emits itself arrive as "custom:<name>" with its own payload.
inline constexpr std::string_view kCustomEventPrefix = "custom:";

// Call-error codes and their default visitor-facing texts live with the model
// (kAllCallErrorCodes, callErrorCodeName, defaultErrorMessage in model/WidgetDesign.h):
// the starter design is made from them.

// What the widget runtime allows custom code, per visit.
struct RuntimeLimits
{
    int emitBytes = 16 * 1024;   // one c2c.emit payload, as JSON
    int emitsPerSecond = 20;     // c2c.emit calls
    int consoleTextChars = 2000; // one console line, as shown
    // Console lines (and, apart, uncaught errors) custom code sends to the designer.
    int consoleLinesPerSecond = 50;
    // Stray messages (posted outside the bridge) reported one by one; the rest are counted.
    int droppedReportsPerSecond = 10;
};
inline constexpr RuntimeLimits kRuntimeLimits{};

} // namespace callstudio
