#include "PreviewProtocol.h"

#include "PreviewSchemes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace callstudio {

namespace {

QString directionName(ProtocolDirection direction)
{
    return direction == ProtocolDirection::RuntimeToHost ? QStringLiteral("runtime→host")
                                                         : QStringLiteral("host→runtime");
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    return type == QLatin1String("null") && value.isNull();
}

// Empty when `value` fits the field type ("number", "string?", "number|null").
QString fieldProblem(const QString &name, QString spec, const QJsonValue &value)
{
    const bool optional = spec.endsWith(QLatin1Char('?'));
    if (optional)
        spec.chop(1);
    if (value.isUndefined())
        return optional ? QString() : QStringLiteral("field \"%1\" is missing").arg(name);
    const QStringList types = spec.split(QLatin1Char('|'));
    for (const QString &type : types)
        if (hasType(value, type))
            return {};
    return QStringLiteral("field \"%1\" is not %2").arg(name, types.join(QLatin1String(" or ")));
}

} // namespace

const PreviewProtocol &PreviewProtocol::instance()
{
    static const PreviewProtocol protocol(
        QJsonDocument::fromJson(PreviewSchemeHandler::resourceText(QStringLiteral("protocol.json"))).object());
    return protocol;
}

PreviewProtocol::PreviewProtocol(const QJsonObject &table)
    : m_table(table)
{
}

QJsonObject PreviewProtocol::spec(ProtocolDirection direction, const QString &type) const
{
    const QString name = directionName(direction);
    for (const QJsonValue &value : m_table.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("direction")).toString() == name
            && message.value(QStringLiteral("type")).toString() == type)
            return message;
    }
    return {};
}

QStringList PreviewProtocol::typesFor(ProtocolDirection direction, const QString &handler) const
{
    const QString name = directionName(direction);
    QStringList types;
    for (const QJsonValue &value : m_table.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("direction")).toString() == name
            && message.value(QStringLiteral("handledBy")).toArray().contains(handler))
            types.append(message.value(QStringLiteral("type")).toString());
    }
    return types;
}

QString PreviewProtocol::problem(ProtocolDirection direction, const QString &type, const QJsonObject &message) const
{
    const QJsonObject found = spec(direction, type);
    if (found.isEmpty())
        return QStringLiteral("\"%1\" is not a %2 message of the protocol")
            .arg(type.left(40), directionName(direction));
    const QJsonObject fields = found.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString problem = fieldProblem(it.key(), it.value().toString(), message.value(it.key()));
        if (!problem.isEmpty())
            return type + QLatin1String(": ") + problem;
    }
    return {};
}

} // namespace callstudio
