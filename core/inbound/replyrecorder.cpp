#include "replyrecorder.h"

#include "inbox.h"
#include "storage/businesssettings.h"

namespace textwell {

ReplyRecorder::ReplyRecorder(QString databasePath, QObject* parent)
    : QObject(parent), m_db(std::move(databasePath))
{}

void ReplyRecorder::record(const IncomingReply& reply, quint64 ticket)
{
    if (Status opened = m_db.open(); !opened) {
        Q_EMIT problem(opened.error());
        Q_EMIT recorded(ticket, false);
        return;
    }
    const QSqlDatabase db = m_db.database();
    Inbox inbox(db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry), QStringLiteral("sms"));
    Result<ReceivedReply> stored = inbox.receive(reply);
    // The database may be busy for a moment (a campaign's outbox being written): one more try
    // before Kannel hears 503, since not every Kannel is set to try again.
    if (!stored)
        stored = inbox.receive(reply);
    if (!stored) {
        Q_EMIT problem(stored.error());
        Q_EMIT recorded(ticket, false);
        return;
    }
    Q_EMIT recorded(ticket, true);
    if (!stored.value().duplicate)
        Q_EMIT received(stored.value().answerId > 0);
}

} // namespace textwell
