// A tiny HTTP/1.1 server on 127.0.0.1 for the tests: fixed answers by path, every request
// it received recorded (method, path, body). One request per connection.
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace testsupport {

class LocalHttpServer : public QObject
{
public:
    struct Received
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };

    LocalHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    // http://127.0.0.1:PORT
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    // Answers GET `path` with `body`; every answer allows any origin (CORS).
    void serve(const QByteArray &path, const QByteArray &contentType, const QByteArray &body)
    {
        m_routes.insert(path, {contentType, body});
    }
    const QList<Received> &received() const { return m_received; }
    bool receivedPath(const QByteArray &path) const
    {
        for (const Received &r : m_received)
            if (r.path == path)
                return true;
        return false;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > 65536)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        Received request{requestLine.value(0), requestLine.value(1), buffer.mid(headerEnd + 4, length)};
        m_buffers.remove(socket);
        if (request.method != "OPTIONS")
            m_received.append(request);
        const auto route = m_routes.constFind(request.path);
        const bool found = route != m_routes.cend() || request.method != "GET";
        const QByteArray body = route != m_routes.cend() ? route->second : QByteArray();
        QByteArray answer = found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
        answer += "Access-Control-Allow-Origin: *\r\nAccess-Control-Allow-Methods: GET, POST\r\n"
                  "Access-Control-Allow-Headers: *\r\nConnection: close\r\n";
        if (route != m_routes.cend())
            answer += "Content-Type: " + route->first + "\r\n";
        answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, std::pair<QByteArray, QByteArray>> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Received> m_received;
};

} // namespace testsupport
