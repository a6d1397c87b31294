// The host <-> runtime protocol as data: resources/preview/protocol.json, read by the
// widget runtime (boot data), the shareable page and, here, by the designer's host.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace callstudio {

enum class ProtocolDirection { RuntimeToHost, HostToRuntime };

class PreviewProtocol
{
public:
    // The table compiled into the preview library.
    static const PreviewProtocol &instance();
    explicit PreviewProtocol(const QJsonObject &table);

    const QJsonObject &table() const { return m_table; }
    // The types of `direction` that `handler` ("designer", "standalone", "runtime", …) handles.
    QStringList typesFor(ProtocolDirection direction, const QString &handler) const;
    // Empty when `message` is a message of this type and direction with the table's
    // fields; else why not.
    QString problem(ProtocolDirection direction, const QString &type, const QJsonObject &message) const;

private:
    QJsonObject spec(ProtocolDirection direction, const QString &type) const;

    QJsonObject m_table;
};

} // namespace callstudio
