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

// The app's local HTTP listener for gateway callbacks: Kannel's delivery reports and incoming
// replies (MO). Anyone on the machine can reach it, so nothing it hears is trusted: every
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
    // Kannel's sms-service get-url for incoming replies, with its escapes: sender, text, time
    // and Kannel's id of the message (the same when Kannel delivers it again).
    QString moUrl() const;
    // The same for a listener that is not running here (Settings shows it before it runs).
    static QString moUrl(const QHostAddress& host, quint16 port, const QString& token);

    // Requests above this rate are answered 429.
    void setMaxRequestsPerSecond(int requests);
    int maxRequestsPerSecond() const { return m_maxRequestsPerSecond; }
    // Requests refused for a missing or wrong token since the server was made.
    qint64 refusedRequests() const { return m_refusedRequests; }

Q_SIGNALS:
    // Emitted in the server's thread; the metatype is registered for queued connections.
    void deliveryReport(const textwell::DeliveryUpdate& update);
    // An incoming reply. Whoever stores it calls answerReply(ticket, stored) when it is kept (or
    // could not be): only then does the gateway hear 200 (or 503, and try again). Without a
    // receiver connected, replies are refused with 503.
    void replyReceived(const textwell::IncomingReply& reply, quint64 ticket);

public Q_SLOTS:
    void answerReply(quint64 ticket, bool stored);

private:
    struct Client;
    struct Response
    {
        static constexpr int Later = 0; // answered by answerReply()
        int status = 200;
        QByteArray body;
    };

    void acceptConnections();
    void readClient(QTcpSocket* socket);
    std::optional<Response> readHead(Client& client, QByteArray& data);
    Response handle(Client& client);
    Response handleReply(Client& client, const QUrlQuery& query);
    void forget(QTcpSocket* socket);
    Response handleDeliveryReport(const QUrlQuery& query);
    bool admit();
    bool hasToken(const QUrlQuery& query) const;
    QString baseUrl() const;
    static QString baseUrl(QHostAddress host, quint16 port);
    void respond(QTcpSocket* socket, const Response& response);

    QString m_token;
    std::unique_ptr<QTcpServer> m_server;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Client>> m_clients; // sockets are m_server's children
    int m_maxRequestsPerSecond = DefaultMaxRequestsPerSecond;
    QElapsedTimer m_window;
    int m_requestsInWindow = 0;
    qint64 m_refusedRequests = 0;
    quint64 m_lastTicket = 0;
    std::unordered_map<quint64, QTcpSocket*> m_waiting; // replies being stored, by ticket
};

} // namespace textwell
