#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace textwell {

// A message to one number outside any campaign: an answer to a reply, a welcome, a confirmation
// request or its reminder. It is an outbox row without a campaign, never marketing, that the
// dispatcher sends before campaign messages; SendPolicy decides when it may go.
class DirectMessage
{
public:
    // Queues body to phone for purpose (an OutboxPurpose code); replyId names the reply it answers
    // (0 for none). Returns the outbox row's id. Runs inside the caller's transaction, if any.
    static Result<qint64> queue(const QSqlDatabase& db, const QString& phone, const QString& body,
                                const QString& purpose, qint64 replyId = 0);
};

} // namespace textwell
