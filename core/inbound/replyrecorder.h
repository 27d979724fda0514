#pragma once

#include "gateways/gateway.h"
#include "storage/lazyconnection.h"

#include <QObject>

namespace textwell {

// Stores the replies the listener hears, each in its own transaction with what it asks for
// (Inbox::receive), on its own connection — move it to a thread of its own so that neither the
// listener nor the window waits on the database. The listener answers the gateway after
// recorded(): 200 once a reply is kept, 503 (try again) when it could not be.
class ReplyRecorder : public QObject
{
    Q_OBJECT

public:
    explicit ReplyRecorder(QString databasePath, QObject* parent = nullptr);

public Q_SLOTS:
    void record(const textwell::IncomingReply& reply, quint64 ticket);

Q_SIGNALS:
    void recorded(quint64 ticket, bool stored);
    // A new reply was stored; answerQueued when a confirmation or help text waits in the outbox.
    void received(bool answerQueued);
    void problem(const QString& message);

private:
    LazyConnection m_db;
};

} // namespace textwell
