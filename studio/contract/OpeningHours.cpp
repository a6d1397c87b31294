#include "OpeningHours.h"

#include <QTimeZone>

#include <algorithm>

namespace callstudio {

int minutesOfTime(const std::string &hhmm)
{
    if (hhmm.size() != 5 || hhmm[2] != ':')
        return -1;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (hhmm[i] < '0' || hhmm[i] > '9')
            return -1;
    const int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
    const int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return h * 60 + m;
}

namespace {

QTimeZone zoneOf(const BusinessHours &hours)
{
    const QTimeZone zone(QByteArray::fromStdString(hours.timezone));
    return zone.isValid() ? zone : QTimeZone::utc();
}

const std::vector<TimeWindow> &windowsOn(const BusinessHours &hours, const QDate &day)
{
    static const std::vector<TimeWindow> kClosed;
    const std::string iso = day.toString(Qt::ISODate).toStdString();
    const auto exception = std::find_if(hours.exceptions.begin(), hours.exceptions.end(),
                                        [&](const HoursException &e) { return e.date == iso; });
    if (exception == hours.exceptions.end())
        return hours.weekly[static_cast<size_t>(day.dayOfWeek() - 1)];
    return exception->closed ? kClosed : exception->windows;
}

// Adds [start, end) cut to [from, until), merging with the last stretch when they touch.
void addStretch(std::vector<OpenInterval> &out, QDateTime start, QDateTime end, const QDateTime &from,
                const QDateTime &until)
{
    start = std::max(start, from);
    end = std::min(end, until);
    if (start >= end)
        return;
    if (!out.empty() && start <= out.back().end) {
        out.back().end = std::max(out.back().end, end);
        return;
    }
    out.push_back({start, end});
}

} // namespace

std::vector<OpenInterval> openIntervals(const BusinessHours &hours, const QDateTime &from, const QDateTime &until)
{
    std::vector<OpenInterval> out;
    const QDateTime begin = from.toUTC();
    const QDateTime end = until.toUTC();
    if (begin >= end)
        return out;
    if (hours.alwaysOpen) {
        out.push_back({begin, end});
        return out;
    }
    const QTimeZone zone = zoneOf(hours);
    // A day's windows may end at 24:00, so the day before `from` can still reach into it.
    const QDate last = end.toTimeZone(zone).date();
    for (QDate day = begin.toTimeZone(zone).date().addDays(-1); day <= last; day = day.addDays(1)) {
        std::vector<std::pair<int, int>> spans;
        for (const auto &w : windowsOn(hours, day)) {
            const int open = minutesOfTime(w.open);
            const int close = minutesOfTime(w.close);
            if (open >= 0 && close > open)
                spans.emplace_back(open, close);
        }
        std::sort(spans.begin(), spans.end());
        const QDateTime midnight(day, QTime(0, 0), zone);
        for (const auto &[open, close] : spans)
            addStretch(out, QDateTime(day, QTime(0, 0).addSecs(open * 60), zone).toUTC(),
                       midnight.addSecs(close * 60).toUTC(), begin, end);
    }
    return out;
}

bool isOpenAt(const BusinessHours &hours, const QDateTime &at)
{
    return !openIntervals(hours, at, at.addSecs(1)).empty();
}

std::optional<QDateTime> nextOpening(const BusinessHours &hours, const QDateTime &from, int horizonDays)
{
    const auto stretches = openIntervals(hours, from, from.addDays(horizonDays));
    if (stretches.empty())
        return std::nullopt;
    return stretches.front().start;
}

} // namespace callstudio
