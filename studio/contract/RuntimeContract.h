// The product contract as the widget runtime receives it in its boot data (`contract`):
// the states, the event catalogue, the call errors with their default texts, the URL
// schemes each kind of address may use, the limits on custom code and the design's open
// stretches. The runtime looks these up and restates none of them.
#pragma once

#include "model/WidgetDesign.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace callstudio {

// How far ahead the open stretches reach: the designer reboots its preview often, a
// shareable page is opened days or months after it was written.
inline constexpr int kPreviewHoursHorizonDays = 35;
inline constexpr int kSharedHoursHorizonDays = 400;

// The contract for `design`, with its open stretches from a day before `from` to
// `horizonDays` after it.
nlohmann::json runtimeContract(const WidgetDesign &design, const QDateTime &from, int horizonDays);

// Only the `hours` part, for a preview patch after the business hours changed.
nlohmann::json runtimeHours(const BusinessHours &hours, const QDateTime &from, int horizonDays);

} // namespace callstudio
