#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <QVector>

#include <memory>

// A local stand-in for Twilio's Messages API (reference/twilio-api.md 3.2-3.5) on 127.0.0.1.
// It serves from its own thread, so a gateway blocking in the test thread gets its answers,
// and a slow answer is slow for real. Every method may be called from the test thread.
class FakeTwilio
{
public:
    // One request as it arrived.
    struct Request
    {
        QByteArray method; // "GET", "POST"
        QString path;
        QByteArray rawQuery;          // percent-encoding as sent
        QByteArray body;              // as sent
        QMap<QString, QString> form;  // the body decoded as a form
        QMap<QString, QString> query; // the query decoded like a form
        QByteArray authorization;
        QByteArray contentType;
    };
    // A scripted answer that replaces the normal one.
    struct Answer
    {
        int status = 201;
        QByteArray body;
        QByteArray retryAfter;      // Retry-After header when not empty
        int delayMs = 0;            // the server thread sleeps this long before answering
        bool createMessage = false; // a POST still creates the message (the answer gets lost)
    };

    FakeTwilio(QString accountSid, QString authToken);
    ~FakeTwilio();
    FakeTwilio(const FakeTwilio&) = delete;
    FakeTwilio& operator=(const FakeTwilio&) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl baseUrl() const;

    // The next POSTs get these answers, in order; after them a POST creates a message (201).
    void queueSendAnswer(const Answer& answer);
    // The list endpoint answers page `page` (0-based) with this instead.
    void setListPageAnswer(int page, const Answer& answer);
    // Fetching this SID answers with this instead.
    void setFetchAnswer(const QString& sid, const Answer& answer);
    // Messages per page of the list endpoint (Twilio: PageSize, at most 1,000).
    void setListPageSize(int pageSize);

    // A message resource as Twilio returns it; stored messages are listed and fetched.
    static QJsonObject message(const QString& sid, const QString& to, const QString& body,
                               const QDateTime& created, const QString& status = QStringLiteral("queued"));
    void addMessage(const QJsonObject& message);
    // A reply someone sent to `to` at `sentAt`, as Twilio lists it (direction "inbound", status
    // "received"); returns its new SID ("SM…").
    QString addInbound(const QString& from, const QString& to, const QString& body, const QDateTime& sentAt);
    // The SIDs of messages created by POSTs, in order.
    QVector<QString> createdSids() const;

    QVector<Request> requests() const;

    // x-www-form-urlencoded as servers read it: '+' is a space (reference 3.6 / 7.3).
    static QMap<QString, QString> decodeForm(const QByteArray& encoded);

    class Server;

private:
    friend class Server;
    class Thread;

    // A fresh message SID. Called with the mutex held.
    QString newSid();

    struct State
    {
        QVector<Request> requests;
        QVector<Answer> sendAnswers;
        QHash<int, Answer> listAnswers;
        QHash<QString, Answer> fetchAnswers;
        QVector<QJsonObject> messages;
        QVector<QString> createdSids;
        int pageSize = 50;
        int nextSid = 1;
    };

    QString m_accountSid;
    QString m_authToken;
    mutable QMutex m_mutex;
    State m_state;
    std::unique_ptr<Thread> m_thread;
    quint16 m_port = 0;
};
