// When a widget is open: the one implementation of a design's business hours. The
// preview's clock, the `simulate` runner (a scripted call waits for the next opening) and
// the widget runtime (which receives the open intervals in its boot data and only looks
// `now` up in them) all ask here, so "open now" and "next opening" never disagree.
#pragma once

#include "model/WidgetDesign.h"

#include <QDateTime>

#include <optional>
#include <string>
#include <vector>

namespace callstudio {

// Minutes since midnight of an "HH:MM" time (00:00 .. 24:00), or -1 when malformed.
int minutesOfTime(const std::string &hhmm);

// One stretch of opening, [start, end) in UTC.
struct OpenInterval
{
    QDateTime start;
    QDateTime end;
    bool operator==(const OpenInterval &o) const { return start == o.start && end == o.end; }
};

// The open stretches that meet [from, until), in order, touching stretches merged, cut to
// that range. Days follow the design's time zone (an unknown zone counts as UTC, as the
// design checks report it); a dated exception replaces that day's weekly windows, and
// malformed windows count as closed. Always-open hours give one stretch, the whole range.
std::vector<OpenInterval> openIntervals(const BusinessHours &hours, const QDateTime &from, const QDateTime &until);

bool isOpenAt(const BusinessHours &hours, const QDateTime &at);

// `from` itself when open then, else the start of the next opening within `horizonDays`
// days; nullopt when the hours never open in that time.
std::optional<QDateTime> nextOpening(const BusinessHours &hours, const QDateTime &from, int horizonDays = 14);

} // namespace callstudio
