#include "directmessage.h"

#include "messages/smsencoding.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/clock.h"

#include <QSqlQuery>

namespace textwell {

Result<qint64> DirectMessage::queue(const QSqlDatabase& db, const QString& phone, const QString& body,
                                    const QString& purpose, qint64 replyId)
{
    const SmsInfo info = SmsEncoding::analyse(body);
    const QVariant now = Timestamps::toDb(Clock::currentUtc());
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral(
                       "INSERT INTO message (campaign_id, phone, subscriber_id, marketing, state, body, "
                       "parts, encoding, purpose, reply_id, next_attempt_at, created_at, updated_at) "
                       "VALUES (NULL, ?, (SELECT id FROM subscriber WHERE phone = ?), 0, 'queued', ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
                   {phone, phone, sqlText(body), info.parts, SmsEncoding::encodingName(info.encoding),
                    purpose, replyId > 0 ? QVariant(replyId) : QVariant(), now, now, now}))
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.lastInsertId().toLongLong();
}

} // namespace textwell
