// TEMPORARY stand-in for studio/contract/RuntimeContract.cpp until it lands on main; deleted at the merge.
#include "contract/RuntimeContract.h"

#include <QTimeZone>

namespace callstudio {

namespace {

int minutesOf(const std::string &hhmm)
{
    const QTime t = QTime::fromString(QString::fromStdString(hhmm), QStringLiteral("HH:mm"));
    return hhmm == "24:00" ? 24 * 60 : t.isValid() ? t.hour() * 60 + t.minute() : -1;
}

std::string iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

nlohmann::json runtimeHours(const BusinessHours &hours, const QDateTime &from, int horizonDays)
{
    const QDateTime begin = from.toUTC().addDays(-1);
    const QDateTime until = from.toUTC().addDays(horizonDays);
    QTimeZone zone(QByteArray::fromStdString(hours.timezone));
    if (!zone.isValid())
        zone = QTimeZone::utc();
    nlohmann::json open = nlohmann::json::array();
    for (QDate day = begin.toTimeZone(zone).date().addDays(-1); day <= until.toTimeZone(zone).date();
         day = day.addDays(1)) {
        std::vector<TimeWindow> windows = hours.weekly[size_t(day.dayOfWeek() - 1)];
        for (const HoursException &e : hours.exceptions)
            if (e.date == day.toString(Qt::ISODate).toStdString())
                windows = e.closed ? std::vector<TimeWindow>{} : e.windows;
        for (const TimeWindow &w : windows) {
            const int a = minutesOf(w.open), b = minutesOf(w.close);
            if (a < 0 || b <= a)
                continue;
            const QDateTime start = QDateTime(day, QTime(0, 0), zone).addSecs(a * 60);
            const QDateTime end = QDateTime(day, QTime(0, 0), zone).addSecs(b * 60);
            if (end > begin && start < until)
                open.push_back({{"start", iso(std::max(start, begin))}, {"end", iso(std::min(end, until))}});
        }
    }
    return {{"alwaysOpen", hours.alwaysOpen}, {"from", iso(begin)}, {"until", iso(until)}, {"open", open}};
}

nlohmann::json runtimeContract(const WidgetDesign &design, const QDateTime &from, int horizonDays)
{
    nlohmann::json states = nlohmann::json::array();
    for (WidgetState s : kAllStates)
        states.push_back(stateName(s));
    const nlohmann::json errors = nlohmann::json::parse(R"([
        {"code": "mic_denied", "defaultMessage": "Microphone access was blocked."},
        {"code": "mic_unavailable", "defaultMessage": "No microphone was found on this device."},
        {"code": "media_failure", "defaultMessage": "The audio connection failed."},
        {"code": "network", "defaultMessage": "The connection dropped."},
        {"code": "session_rejected", "defaultMessage": "The call could not be accepted."},
        {"code": "no_provider", "defaultMessage": "Calling is not available right now."}])");
    const nlohmann::json events = nlohmann::json::parse(R"([
        {"name": "widget_loaded", "fields": ["isPreview"]},
        {"name": "call_started", "fields": ["destinationId", "routingKey", "hasFormValues"]},
        {"name": "call_ended", "fields": ["duration", "reason"]},
        {"name": "call_error", "fields": ["code", "message"]},
        {"name": "survey_submitted", "fields": ["rating", "comment"]}])");
    return {{"states", states},
            {"events", events},
            {"customEventPrefix", "custom:"},
            {"callErrors", errors},
            {"urlSchemes", {{"link", {"https", "mailto", "tel"}}, {"image", {"https"}}, {"privacyNotice", {"https"}}}},
            {"limits", {{"emitBytes", 16384}, {"emitsPerSecond", 20}, {"consoleText", 2000}}},
            {"hours", runtimeHours(design.businessHours, from, horizonDays)}};
}

} // namespace callstudio
