#pragma once

#include "compliance/frequencycap.h"
#include "compliance/quiethours.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace textwell {

// What the rules say about sending one message now.
struct SendDecision
{
    enum class Kind
    {
        Send,
        Skip, // never, for this campaign: suppressed, no consent, not a mobile, gone
        Hold, // not now: quiet hours or the frequency cap; try again at `until`
    };
    Kind kind = Kind::Send;
    QString reason;  // an OutboxMessage reason code when not Send
    QDateTime until; // UTC, for Hold
};

// The rules checked at the moment of sending (PRODUCT.md rules 1 and 3, quiet hours, the cap),
// in one place. Run it inside the transaction that claims the message, so that an opt-out
// committed before the claim is always seen.
class SendPolicy
{
public:
    // quietHours carries the business's time zone, the last guess at a recipient's clock;
    // fallbackRegion is the business's default country.
    SendPolicy(QSqlDatabase db, QuietHours quietHours, FrequencyCap cap, QString fallbackRegion);

    // `messageId` is the row being decided: it does not count against its own cap. `purpose` is
    // an OutboxPurpose code: answers to a person's own reply go to whoever wrote (no consent,
    // quiet hours or cap), never to an excluded number, and to an unsubscribed one only as the
    // single opt-out confirmation.
    Result<SendDecision> check(const QString& phone, const QString& purpose, bool marketing, qint64 messageId,
                               const QDateTime& nowUtc) const;

private:
    Result<QDateTime> capFreesAt(const QString& phone, qint64 messageId, const QDateTime& nowUtc) const;

    QSqlDatabase m_db;
    QuietHours m_quietHours;
    FrequencyCap m_cap;
    QString m_fallbackRegion;
};

} // namespace textwell
