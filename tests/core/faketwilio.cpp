#include "faketwilio.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSemaphore>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

namespace {

QByteArray errorBody(int code, const QString& message, int status)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("more_info"),
                              QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                             {QStringLiteral("status"), status},
                         })
        .toJson(QJsonDocument::Compact);
}

FakeTwilio::Answer makeAnswer(int status, QByteArray body)
{
    FakeTwilio::Answer a;
    a.status = status;
    a.body = std::move(body);
    return a;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

QString rfc2822(const QDateTime& at)
{
    return at.toUTC().toString(Qt::RFC2822Date);
}

} // namespace

class FakeTwilio::Server : public QAbstractHttpServer
{
public:
    explicit Server(FakeTwilio* fake) : m_fake(fake) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        Request recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
        recorded.body = request.body();
        recorded.form = decodeForm(recorded.body);
        recorded.query = decodeForm(recorded.rawQuery);
        recorded.authorization = request.value("Authorization");
        recorded.contentType = request.value("Content-Type");

        Answer answer;
        {
            QMutexLocker lock(&m_fake->m_mutex);
            m_fake->m_state.requests.append(recorded);
            answer = route(recorded);
        }
        if (answer.delayMs > 0)
            QThread::msleep(static_cast<unsigned long>(answer.delayMs));

        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
        responder.writeHeader("Content-Type", "application/json; charset=utf-8");
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        if (!answer.retryAfter.isEmpty())
            responder.writeHeader("Retry-After", answer.retryAfter);
        responder.writeBody(answer.body);
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    // Called with the mutex held.
    Answer route(const Request& request)
    {
        const QByteArray expected =
            "Basic " + (m_fake->m_accountSid + QLatin1Char(':') + m_fake->m_authToken).toUtf8().toBase64();
        if (request.authorization != expected)
            return makeAnswer(401, errorBody(20003, QStringLiteral("Authenticate"), 401));

        static const QRegularExpression path(
            QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Messages(?:/([^/]+))?\\.json$"));
        const QRegularExpressionMatch match = path.match(request.path);
        if (!match.hasMatch() || match.captured(1) != m_fake->m_accountSid)
            return makeAnswer(404,
                              errorBody(20404, QStringLiteral("The requested resource was not found"), 404));

        const QString sid = match.captured(2);
        if (request.method == "POST" && sid.isEmpty())
            return create(request);
        if (request.method == "GET" && sid.isEmpty())
            return list(request);
        if (request.method == "GET")
            return fetch(sid);
        return makeAnswer(405, errorBody(20004, QStringLiteral("Method not allowed"), 405));
    }

    Answer create(const Request& request)
    {
        State& state = m_fake->m_state;
        const bool scripted = !state.sendAnswers.isEmpty();
        const Answer script = scripted ? state.sendAnswers.takeFirst() : Answer{};
        if (scripted && !script.createMessage)
            return script;

        const QString to = request.form.value(QStringLiteral("To"));
        const QString from = request.form.value(QStringLiteral("From"));
        const QString service = request.form.value(QStringLiteral("MessagingServiceSid"));
        const QString body = request.form.value(QStringLiteral("Body"));
        if (to.isEmpty())
            return makeAnswer(400, errorBody(21604, QStringLiteral("A 'To' phone number is required."), 400));
        if (from.isEmpty() && service.isEmpty())
            return makeAnswer(400,
                              errorBody(21603, QStringLiteral("A 'From' phone number is required."), 400));
        if (body.isEmpty())
            return makeAnswer(400, errorBody(21602, QStringLiteral("Message body is required."), 400));

        const QString sid = m_fake->newSid();
        QJsonObject created = message(sid, to, body, QDateTime::currentDateTimeUtc());
        created.insert(QStringLiteral("account_sid"), m_fake->m_accountSid);
        created.insert(QStringLiteral("from"), from.isEmpty() ? QJsonValue() : QJsonValue(from));
        created.insert(QStringLiteral("messaging_service_sid"),
                       service.isEmpty() ? QJsonValue() : QJsonValue(service));
        state.messages.append(created);
        state.createdSids.append(sid);
        if (scripted)
            return script;
        return makeAnswer(201, QJsonDocument(created).toJson(QJsonDocument::Compact));
    }

    Answer list(const Request& request)
    {
        const State& state = m_fake->m_state;
        const int page = request.query.value(QStringLiteral("Page")).toInt();
        if (state.listAnswers.contains(page))
            return state.listAnswers.value(page);

        const QString to = request.query.value(QStringLiteral("To"));
        const QDate after = QDate::fromString(request.query.value(QStringLiteral("DateSent>")), Qt::ISODate);
        const int requested = request.query.value(QStringLiteral("PageSize"), QStringLiteral("50")).toInt();
        const int pageSize = qBound(1, qMin(requested, state.pageSize), 1000);

        QVector<QJsonObject> matching;
        for (const QJsonObject& m : state.messages) {
            if (!to.isEmpty() && m.value(QStringLiteral("to")).toString() != to)
                continue;
            const QString sent = m.value(QStringLiteral("date_sent")).toString();
            const QDateTime when = QDateTime::fromString(
                sent.isEmpty() ? m.value(QStringLiteral("date_created")).toString() : sent, Qt::RFC2822Date);
            if (after.isValid() && when.date() < after)
                continue;
            matching.append(m);
        }
        // Newest first, as Twilio lists them.
        std::stable_sort(matching.begin(), matching.end(), [](const QJsonObject& a, const QJsonObject& b) {
            const auto created = [](const QJsonObject& m) {
                return QDateTime::fromString(m.value(QStringLiteral("date_created")).toString(),
                                             Qt::RFC2822Date);
            };
            return created(a) > created(b);
        });

        QJsonArray messages;
        for (int i = page * pageSize; i < qMin<int>(matching.size(), (page + 1) * pageSize); ++i)
            messages.append(matching.at(i));
        const QString base =
            QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(m_fake->m_accountSid);
        // Like Twilio's: the filters that were given, percent-encoded ("DateSent%3E="), then the page.
        QString filters;
        if (!to.isEmpty())
            filters +=
                QStringLiteral("To=") + QString::fromLatin1(QUrl::toPercentEncoding(to)) + QLatin1Char('&');
        if (after.isValid())
            filters += QStringLiteral("DateSent%3E=") + after.toString(Qt::ISODate) + QLatin1Char('&');
        const auto pageUri = [&](int p) -> QString {
            return base + QLatin1Char('?') + filters +
                   QStringLiteral("PageSize=%1&Page=%2&PageToken=PASM%3").arg(pageSize).arg(p).arg(p * 7);
        };
        const bool more = (page + 1) * pageSize < matching.size();
        const QJsonObject envelope{
            {QStringLiteral("messages"), messages},
            {QStringLiteral("page"), page},
            {QStringLiteral("page_size"), pageSize},
            {QStringLiteral("start"), page * pageSize},
            {QStringLiteral("end"), page * pageSize + qMax(0, static_cast<int>(messages.size()) - 1)},
            {QStringLiteral("uri"), pageUri(page)},
            {QStringLiteral("first_page_uri"), pageUri(0)},
            {QStringLiteral("previous_page_uri"), page > 0 ? QJsonValue(pageUri(page - 1)) : QJsonValue()},
            {QStringLiteral("next_page_uri"), more ? QJsonValue(pageUri(page + 1)) : QJsonValue()},
        };
        return makeAnswer(200, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    }

    Answer fetch(const QString& sid)
    {
        const State& state = m_fake->m_state;
        if (state.fetchAnswers.contains(sid))
            return state.fetchAnswers.value(sid);
        for (const QJsonObject& m : state.messages) {
            if (m.value(QStringLiteral("sid")).toString() == sid)
                return makeAnswer(200, QJsonDocument(m).toJson(QJsonDocument::Compact));
        }
        return makeAnswer(404, errorBody(20404, QStringLiteral("The requested resource was not found"), 404));
    }

    FakeTwilio* m_fake;
};

class FakeTwilio::Thread : public QThread
{
public:
    explicit Thread(FakeTwilio* fake) : m_fake(fake) {}

    quint16 port = 0;
    QSemaphore ready;

protected:
    void run() override
    {
        Server server(m_fake);
        port = server.listen(QHostAddress::LocalHost, 0);
        ready.release();
        if (port != 0)
            exec();
    }

private:
    FakeTwilio* m_fake;
};

FakeTwilio::FakeTwilio(QString accountSid, QString authToken)
    : m_accountSid(std::move(accountSid)), m_authToken(std::move(authToken)),
      m_thread(std::make_unique<Thread>(this))
{
    m_thread->start();
    m_thread->ready.acquire();
    m_port = m_thread->port;
}

FakeTwilio::~FakeTwilio()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl FakeTwilio::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeTwilio::queueSendAnswer(const Answer& answer)
{
    QMutexLocker lock(&m_mutex);
    m_state.sendAnswers.append(answer);
}

void FakeTwilio::setListPageAnswer(int page, const Answer& answer)
{
    QMutexLocker lock(&m_mutex);
    m_state.listAnswers.insert(page, answer);
}

void FakeTwilio::setFetchAnswer(const QString& sid, const Answer& answer)
{
    QMutexLocker lock(&m_mutex);
    m_state.fetchAnswers.insert(sid, answer);
}

void FakeTwilio::setListPageSize(int pageSize)
{
    QMutexLocker lock(&m_mutex);
    m_state.pageSize = pageSize;
}

QJsonObject FakeTwilio::message(const QString& sid, const QString& to, const QString& body,
                                const QDateTime& created, const QString& status)
{
    const bool sent = status != QLatin1String("queued") && status != QLatin1String("accepted");
    return QJsonObject{
        {QStringLiteral("account_sid"), QStringLiteral("AC00000000000000000000000000000000")},
        {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
        {QStringLiteral("body"), body},
        {QStringLiteral("date_created"), rfc2822(created)},
        {QStringLiteral("date_sent"), sent ? QJsonValue(rfc2822(created.addSecs(1))) : QJsonValue()},
        {QStringLiteral("date_updated"), rfc2822(created.addSecs(5))},
        {QStringLiteral("direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("error_code"), QJsonValue()},
        {QStringLiteral("error_message"), QJsonValue()},
        {QStringLiteral("from"), QStringLiteral("+15017122661")},
        {QStringLiteral("messaging_service_sid"), QJsonValue()},
        {QStringLiteral("num_media"), QStringLiteral("0")},
        {QStringLiteral("num_segments"), QStringLiteral("1")},
        {QStringLiteral("price"), QJsonValue()},
        {QStringLiteral("price_unit"), QStringLiteral("USD")},
        {QStringLiteral("sid"), sid},
        {QStringLiteral("status"), status},
        {QStringLiteral("to"), to},
        {QStringLiteral("uri"), QStringLiteral("/2010-04-01/Accounts/AC00000000000000000000000000000000/"
                                               "Messages/%1.json")
                                    .arg(sid)},
    };
}

void FakeTwilio::addMessage(const QJsonObject& message)
{
    QMutexLocker lock(&m_mutex);
    m_state.messages.append(message);
}

QString FakeTwilio::addInbound(const QString& from, const QString& to, const QString& body,
                               const QDateTime& sentAt)
{
    QMutexLocker lock(&m_mutex);
    const QString sid = newSid();
    // Twilio creates and "sends" an inbound message in the same instant it receives it.
    QJsonObject inbound = message(sid, to, body, sentAt, QStringLiteral("received"));
    inbound.insert(QStringLiteral("account_sid"), m_accountSid);
    inbound.insert(QStringLiteral("from"), from);
    inbound.insert(QStringLiteral("direction"), QStringLiteral("inbound"));
    inbound.insert(QStringLiteral("date_sent"), rfc2822(sentAt));
    inbound.insert(QStringLiteral("date_updated"), rfc2822(sentAt));
    m_state.messages.append(inbound);
    return sid;
}

QString FakeTwilio::newSid()
{
    return QStringLiteral("SM%1").arg(m_state.nextSid++, 32, 16, QLatin1Char('0'));
}

QVector<QString> FakeTwilio::createdSids() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.createdSids;
}

QVector<FakeTwilio::Request> FakeTwilio::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_state.requests;
}

QMap<QString, QString> FakeTwilio::decodeForm(const QByteArray& encoded)
{
    // QUrlQuery keeps '+' and, unless asked for FullyDecoded, "%2B": see the reference's trap.
    QString text = QString::fromLatin1(encoded);
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    QMap<QString, QString> fields;
    const auto items = QUrlQuery(text).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items)
        fields.insert(item.first, item.second);
    return fields;
}
