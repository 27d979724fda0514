#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace textwell {

// One message as fakesmsc received it from Kannel, the parts of a long one joined again.
struct FakeSmscMessage
{
    QString from;
    QString to;
    QString text;
    int parts = 1;
    int number = 0; // fakesmsc's "Got message N" of the part that completed the message
};

// Reads what fakesmsc logged ("Got message N: <from to type body>") into the messages Kannel
// delivered to it. Bodies as fakesmsc 1.4.5 prints them:
//   text <literal UTF-8>         GSM-7, one part
//   ucs-2 <url-encoded UTF-16BE> UCS-2, one part ('+' is a space)
//   data <url-encoded bytes>     8-bit, one part
//   udh <url-encoded UDH> data <url-encoded part>   one part of a long message, any coding:
//       GSM-7 parts carry UTF-8, UCS-2 parts UTF-16BE; the line does not say which, so the joined
//       bytes are read as UTF-8 unless they are not valid UTF-8 or hold control characters.
// Parts (UDH 8-bit or 16-bit reference) may come in any order; a message is listed once all its
// parts are there. fakesmsc reads Kannel line by line, so a line feed in a one-part GSM-7 text
// arrives as a second "message" without a header: it is joined back to the text before it.
// The file may still be growing: refresh() reads what was added since the last call.
class FakeSmscLog
{
public:
    explicit FakeSmscLog(QString path);

    void refresh();
    // Complete messages in the order they were completed (refreshes first).
    QVector<FakeSmscMessage> messages();
    QVector<FakeSmscMessage> messagesTo(const QString& to);
    // Parts of long messages still waiting for the rest.
    int pendingParts() const;
    // Refreshes until at least `count` messages are complete, spinning the event loop meanwhile.
    bool waitForMessages(int count, int timeoutMs);

    // The messages in a whole log at once (for tests of the reader itself).
    static QVector<FakeSmscMessage> parse(const QByteArray& log);

private:
    struct Pending
    {
        QMap<int, QByteArray> parts; // by sequence number, 1-based
        int total = 0;
    };

    void feed(const QByteArray& bytes);
    void readLine(const QByteArray& line);
    void readBody(int number, const QByteArray& body);

    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_partialLine;
    QVector<FakeSmscMessage> m_messages;
    QHash<QString, Pending> m_pending;
    int m_lastNumber = 0;
    bool m_lastWasText = false;
};

} // namespace textwell
