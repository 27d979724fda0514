#pragma once

#include "gateways/gateway.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
class QUrlQuery;
QT_END_NAMESPACE

namespace textwell {

// The app's local HTTP listener for gateway callbacks: Kannel's delivery reports now, incoming
// replies (MO) later. Anyone on the machine can reach it, so nothing it hears is trusted: every
// request must carry the token (a long random secret of the database), anything else is answered
// 401 and counted, never acted on. Requests are bounded in size and rate; one request per
// connection. A small HTTP/1.1 reader of its own rather than QHttpServer 6.4, which reads any
// body fully into memory and offers no limits.
class CallbackServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRequestBytes = 8 * 1024; // request line + headers; and the body
    static constexpr int DefaultMaxRequestsPerSecond = 500;
    static constexpr int MinTokenLength = 16;

    // token: URL-safe characters only (A-Z a-z 0-9 - _ . ~), at least MinTokenLength of them.
    explicit CallbackServer(QString token, QObject* parent = nullptr);
    ~CallbackServer() override;

    // A new token: 43 URL-safe characters (256 random bits), for whoever keeps it.
    static QString generateToken();

    // port 0 = any free port (see port()). The error names the port when it is taken.
    Status listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void close();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;

    // "http://127.0.0.1:PORT/kannel/dlr?token=…", for KannelGateway::Config::dlrUrlBase; empty
    // while not listening. A server on "any address" is named by its loopback address.
    QString dlrUrlBase() const;
    // Incoming replies will come to /kannel/mo (a later issue adds moUrl() and its signal).

    // Requests above this rate are answered 429.
    void setMaxRequestsPerSecond(int requests);
    int maxRequestsPerSecond() const { return m_maxRequestsPerSecond; }
    // Requests refused for a missing or wrong token since the server was made.
    qint64 refusedRequests() const { return m_refusedRequests; }

Q_SIGNALS:
    // Emitted in the server's thread; the metatype is registered for queued connections.
    void deliveryReport(const textwell::DeliveryUpdate& update);

private:
    struct Client;
    struct Response
    {
        int status = 200;
        QByteArray body;
    };

    void acceptConnections();
    void readClient(QTcpSocket* socket);
    std::optional<Response> readHead(Client& client, QByteArray& data);
    Response handle(const QByteArray& method, const QByteArray& target);
    Response handleDeliveryReport(const QUrlQuery& query);
    bool admit();
    bool hasToken(const QUrlQuery& query) const;
    QString baseUrl() const;
    void respond(QTcpSocket* socket, const Response& response);

    QString m_token;
    std::unique_ptr<QTcpServer> m_server;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Client>> m_clients; // sockets are m_server's children
    int m_maxRequestsPerSecond = DefaultMaxRequestsPerSecond;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
    qint64 m_refusedRequests = 0;
};

} // namespace textwell
