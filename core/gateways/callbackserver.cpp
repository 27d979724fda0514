#include "callbackserver.h"

#include "gateways/kannelgateway.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace textwell {

namespace {

constexpr int MaxConnections = 64;
// A client that has not finished its request by then is cut off (a slow client must not keep
// connections open forever).
constexpr int ConnectionTimeoutMs = 10000;
// An oversized request is still read (and dropped) up to this much before the answer, because
// closing a socket with unread data resets the connection and the client never sees the answer.
constexpr qint64 MaxDrainBytes = 1024 * 1024;

const QString DlrPath = QStringLiteral("/kannel/dlr");
const QString MoPath = QStringLiteral("/kannel/mo");

bool isUrlSafe(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_' || u == u'.' || u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

// Looks at every byte of the expected token whatever the guess is, so the time taken does not
// tell how much of a guess was right.
bool sameToken(const QByteArray& expected, const QByteArray& candidate)
{
    unsigned diff = expected.size() == candidate.size() ? 0U : 1U;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char other = candidate.isEmpty() ? '\0' : candidate.at(i % candidate.size());
        diff |= static_cast<unsigned>(static_cast<unsigned char>(expected.at(i)) ^
                                      static_cast<unsigned char>(other));
    }
    return diff == 0;
}

// 414 when the request line alone is too long, 431 when the headers are.
int tooLongStatus(const QByteArray& head)
{
    const qsizetype lineEnd = head.indexOf('\n');
    return lineEnd < 0 || lineEnd > CallbackServer::MaxRequestBytes ? 414 : 431;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

} // namespace

struct CallbackServer::Client
{
    enum class State
    {
        Head,     // reading the request line and headers
        SkipHead, // the head is too long: dropping it up to its end, then 414/431
        Body,     // reading a body of bodyLength bytes
        SkipBody, // the body is too long: dropping it, then 413
        Done,     // answered; anything more is dropped
    };
    State state = State::Head;
    QByteArray head;
    QByteArray body;
    qint64 bodyLength = 0;
    qint64 dropped = 0;
    QByteArray tail; // the last bytes dropped from an oversized head, to see where it ends
    int pendingStatus = 0;
    QByteArray method;
    QByteArray target;
    std::optional<IncomingReply> reply; // a reply waiting to be stored before it is answered
    quint64 ticket = 0;
};

CallbackServer::CallbackServer(QString token, QObject* parent) : QObject(parent), m_token(std::move(token))
{
    qRegisterMetaType<textwell::DeliveryUpdate>();
    qRegisterMetaType<textwell::IncomingReply>();
}

CallbackServer::~CallbackServer()
{
    close();
}

QString CallbackServer::generateToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status CallbackServer::listen(const QHostAddress& address, quint16 port)
{
    if (m_token.size() < MinTokenLength || !isUrlSafe(m_token))
        return Status::failure(tr("The secret for gateway callbacks is too short or has characters that "
                                  "cannot go into an address."));
    close();
    m_server = std::make_unique<QTcpServer>();
    m_server->setMaxPendingConnections(MaxConnections);
    connect(m_server.get(), &QTcpServer::newConnection, this, &CallbackServer::acceptConnections);
    if (!m_server->listen(address, port)) {
        const QAbstractSocket::SocketError error = m_server->serverError();
        const QString reason = m_server->errorString();
        m_server.reset();
        if (error == QAbstractSocket::AddressInUseError)
            return Status::failure(tr("Port %1 on %2 is already in use by another program: choose another "
                                      "port for replies and delivery reports in Settings.")
                                       .arg(port)
                                       .arg(address.toString()));
        return Status::failure(tr("Cannot listen for replies and delivery reports on %1, port %2: %3")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(reason));
    }
    return {};
}

void CallbackServer::close()
{
    // Sockets are children of the QTcpServer: forget them before it deletes them.
    for (auto& entry : m_clients) {
        disconnect(entry.first, nullptr, this, nullptr);
        entry.first->abort();
    }
    m_clients.clear();
    m_waiting.clear(); // their sockets go with the server; a late answerReply() finds nothing
    m_server.reset();
}

bool CallbackServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress CallbackServer::address() const
{
    return isListening() ? m_server->serverAddress() : QHostAddress();
}

quint16 CallbackServer::port() const
{
    return isListening() ? m_server->serverPort() : 0;
}

QString CallbackServer::baseUrl() const
{
    return isListening() ? baseUrl(m_server->serverAddress(), m_server->serverPort()) : QString();
}

QString CallbackServer::baseUrl(QHostAddress host, quint16 port)
{
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port);
    return url.toString(QUrl::FullyEncoded);
}

QString CallbackServer::dlrUrlBase() const
{
    const QString base = baseUrl();
    return base.isEmpty() ? QString() : base + DlrPath + QStringLiteral("?token=") + m_token;
}

QString CallbackServer::moUrl() const
{
    return isListening() ? moUrl(m_server->serverAddress(), m_server->serverPort(), m_token) : QString();
}

QString CallbackServer::moUrl(const QHostAddress& host, quint16 port, const QString& token)
{
    return baseUrl(host, port) + MoPath + QStringLiteral("?token=") + token +
           QStringLiteral("&from=%p&text=%a&ts=%T&id=%I");
}

void CallbackServer::setMaxRequestsPerSecond(int requests)
{
    m_maxRequestsPerSecond = qMax(1, requests);
}

void CallbackServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_clients.emplace(socket, std::make_unique<Client>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readClient(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(ConnectionTimeoutMs, socket, [this, socket] {
            disconnect(socket, nullptr, this, nullptr);
            forget(socket);
            socket->abort();
            socket->deleteLater();
        });
    }
}

void CallbackServer::forget(QTcpSocket* socket)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return;
    if (found->second->ticket != 0)
        m_waiting.erase(found->second->ticket);
    m_clients.erase(found);
}

void CallbackServer::answerReply(quint64 ticket, bool stored)
{
    const auto found = m_waiting.find(ticket);
    if (found == m_waiting.end())
        return; // the gateway hung up meanwhile; it will deliver the reply again
    QTcpSocket* socket = found->second;
    m_waiting.erase(found);
    // 503 makes Kannel try again later (http-request-retry): the reply is not lost.
    respond(socket, stored ? Response{200, {}} : Response{503, "The reply could not be stored yet."});
}

void CallbackServer::readClient(QTcpSocket* socket)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return;
    Client& client = *found->second;
    QByteArray data = socket->readAll();
    while (!data.isEmpty() && client.state != Client::State::Done) {
        std::optional<Response> response;
        switch (client.state) {
        case Client::State::Head:
            response = readHead(client, data);
            break;
        case Client::State::SkipHead: {
            const QByteArray seen = client.tail + data;
            client.dropped += data.size();
            if (seen.contains("\r\n\r\n") || client.dropped > MaxDrainBytes)
                response = Response{client.pendingStatus, {}};
            client.tail = seen.right(3);
            data.clear();
            break;
        }
        case Client::State::Body:
            client.body += data.left(client.bodyLength - client.body.size());
            data.clear(); // one request per connection: whatever follows is not read
            if (client.body.size() == client.bodyLength)
                response = handle(client);
            break;
        case Client::State::SkipBody:
            client.dropped += data.size();
            data.clear();
            if (client.dropped >= client.bodyLength)
                response = Response{413, {}};
            break;
        case Client::State::Done:
            break;
        }
        if (response) {
            client.state = Client::State::Done;
            if (response->status == Response::Later) {
                // Answered once the reply is stored, so that a 200 always means "kept".
                client.ticket = ++m_lastTicket;
                m_waiting.emplace(client.ticket, socket);
                Q_EMIT replyReceived(*client.reply, client.ticket);
                return;
            }
            // Closing may erase the client at once (disconnected): touch nothing after this.
            respond(socket, *response);
            return;
        }
    }
}

std::optional<CallbackServer::Response> CallbackServer::readHead(Client& client, QByteArray& data)
{
    const qsizetype searchFrom = qMax<qsizetype>(0, client.head.size() - 3);
    client.head += data;
    data.clear();
    const qsizetype end = client.head.indexOf("\r\n\r\n", searchFrom);
    if (end < 0) {
        if (client.head.size() <= MaxRequestBytes)
            return std::nullopt;
        client.pendingStatus = tooLongStatus(client.head);
        client.dropped = client.head.size();
        client.tail = client.head.right(3);
        client.head.clear();
        client.state = Client::State::SkipHead;
        return std::nullopt;
    }
    data = client.head.mid(end + 4);
    client.head.truncate(end);
    if (client.head.size() > MaxRequestBytes)
        return Response{tooLongStatus(client.head), {}};
    const QList<QByteArray> lines = client.head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(0).isEmpty())
        return Response{400, {}};
    for (const char c : requestLine.at(0)) {
        if (c < 'A' || c > 'Z')
            return Response{400, {}};
    }
    client.method = requestLine.at(0);
    client.target = requestLine.at(1);

    bool hasLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Response{400, {}};
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            client.bodyLength = value.toLongLong(&ok);
            if (hasLength || !ok || client.bodyLength < 0)
                return Response{400, {}};
            hasLength = true;
        } else if (name == "transfer-encoding") {
            return Response{400, "Chunked bodies are not accepted."};
        }
    }
    if (client.bodyLength > MaxRequestBytes) {
        if (client.bodyLength > MaxDrainBytes)
            return Response{413, {}};
        client.dropped = 0;
        client.state = Client::State::SkipBody;
        return std::nullopt;
    }
    if (client.bodyLength == 0)
        return handle(client);
    client.state = Client::State::Body;
    return std::nullopt;
}

bool CallbackServer::admit()
{
    if (!m_window.isValid() || m_window.elapsed() >= 1000) {
        m_window.start();
        m_requestsInWindow = 0;
    }
    return ++m_requestsInWindow <= m_maxRequestsPerSecond;
}

bool CallbackServer::hasToken(const QUrlQuery& query) const
{
    return sameToken(m_token.toUtf8(),
                     query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8());
}

CallbackServer::Response CallbackServer::handle(Client& client)
{
    const QByteArray& method = client.method;
    const QByteArray& target = client.target;
    if (!target.startsWith('/'))
        return Response{400, {}};
    const qsizetype mark = target.indexOf('?');
    const QString path = QUrl::fromPercentEncoding(mark < 0 ? target : target.left(mark));
    QByteArray rawQuery = mark < 0 ? QByteArray() : target.mid(mark + 1);
    if (const qsizetype hash = rawQuery.indexOf('#'); hash >= 0)
        rawQuery.truncate(hash);

    const bool isDlr = path == DlrPath;
    const bool isMo = path == MoPath;
    if (!isDlr && !isMo)
        return Response{404, {}};
    if (method != "GET")
        return Response{405, {}};
    // Form encoding, as Kannel writes its escapes: a space is '+', a real '+' is "%2B".
    // QUrlQuery alone would keep the '+'.
    rawQuery.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(rawQuery));
    if (!hasToken(query)) {
        ++m_refusedRequests;
        return Response{401, {}};
    }
    // The rate is counted over requests with the token: a flood of forged ones, refused above,
    // cannot crowd out the gateway's real reports.
    if (!admit())
        return Response{429, {}};
    if (isMo)
        return handleReply(client, query);
    return handleDeliveryReport(query);
}

CallbackServer::Response CallbackServer::handleDeliveryReport(const QUrlQuery& query)
{
    const auto parsed = KannelGateway::parseDeliveryReport(query);
    if (!parsed)
        return Response{400, parsed.error().toUtf8()};
    if (parsed.value())
        Q_EMIT deliveryReport(*parsed.value());
    return Response{200, {}};
}

CallbackServer::Response CallbackServer::handleReply(Client& client, const QUrlQuery& query)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&CallbackServer::replyReceived)))
        return Response{503, "Replies are not taken now."};
    IncomingReply reply;
    reply.from = query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded).trimmed();
    if (reply.from.isEmpty())
        return Response{400, "The sender (from) is missing."};
    reply.body = query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
    bool ok = false;
    const qint64 sentAt = query.queryItemValue(QStringLiteral("ts")).toLongLong(&ok);
    if (ok && sentAt > 0)
        reply.receivedAt = QDateTime::fromSecsSinceEpoch(sentAt, Qt::UTC);
    reply.source = QStringLiteral("kannel");
    reply.sourceId = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded).left(100);
    client.reply = std::move(reply);
    return Response{Response::Later, {}};
}

void CallbackServer::respond(QTcpSocket* socket, const Response& response)
{
    // A 200 says nothing: Kannel sends an MO answer's body back to the person as an SMS.
    const QByteArray body =
        response.body.isEmpty() && response.status != 200 ? reasonPhrase(response.status) : response.body;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (response.status == 429)
        out += "Retry-After: 1\r\n";
    out += "\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace textwell
