#include "PreviewTypes.h"

namespace callstudio {

QString eventPlaceName(EventPlace place)
{
    switch (place) {
    case EventPlace::ParentPage:
        return QStringLiteral("parent_page");
    case EventPlace::Sandbox:
        return QStringLiteral("sandbox");
    case EventPlace::Integrations:
        return QStringLiteral("integrations");
    }
    return {};
}

QString consoleAreaName(ConsoleArea area)
{
    switch (area) {
    case ConsoleArea::Head:
        return QStringLiteral("head");
    case ConsoleArea::BodyEnd:
        return QStringLiteral("body_end");
    case ConsoleArea::Shim:
        return QStringLiteral("shim");
    case ConsoleArea::Runtime:
        return QStringLiteral("runtime");
    case ConsoleArea::Browser:
        return QStringLiteral("browser");
    case ConsoleArea::Unknown:
        return QStringLiteral("unknown");
    case ConsoleArea::External:
        return QStringLiteral("external");
    }
    return {};
}

QJsonObject PreviewEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), QStringLiteral("event")},
                     {QStringLiteral("place"), eventPlaceName(place)},
                     {QStringLiteral("event"), envelope}};
    if (injected)
        json.insert(QStringLiteral("injected"), true);
    return json;
}

QJsonObject ConsoleMessage::toJson() const
{
    QJsonObject json{{QStringLiteral("type"), uncaught ? QStringLiteral("error") : QStringLiteral("console")},
                     {QStringLiteral("level"), level},
                     {QStringLiteral("area"), consoleAreaName(area)},
                     {QStringLiteral("line"), line},
                     {QStringLiteral("message"), text}};
    if (area == ConsoleArea::External) {
        json.insert(QStringLiteral("url"), url);
        json.insert(QStringLiteral("column"), column);
    }
    if (masked)
        json.insert(QStringLiteral("masked"), true);
    return json;
}

} // namespace callstudio
