#pragma once

#include "compliance/frequencycap.h"
#include "compliance/quiethours.h"
#include "compliance/rulepacks.h"
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

// The rules checked at the moment of sending (PRODUCT.md rules 1 and 3, quiet hours, the cap,
// the rule pack of each recipient's country), in one place. Run it inside the transaction that claims the
// message, so that an opt-out committed before the claim is always seen.
class SendPolicy
{
public:
    // quietHours are the business's own (Settings) and carry its time zone, the last guess at a
    // recipient's clock; fallbackRegion is the business's default country. The rule packs in
    // force are read once, here.
    SendPolicy(QSqlDatabase db, QuietHours quietHours, FrequencyCap cap, QString fallbackRegion);

    // `messageId` is the row being decided: it does not count against its own cap. `purpose` is
    // an OutboxPurpose code: answers to a person's own text (confirmations, HELP, the welcome
    // text, the Inbox's answers) go to whoever wrote (no consent, quiet hours or cap), never to an
    // excluded number, and to an unsubscribed one only as the single opt-out confirmation. A
    // request to confirm consent, and its reminder, go only to a person still awaiting
    // confirmation, in their daytime, and are not marketing (no cap).
    Result<SendDecision> check(const QString& phone, const QString& purpose, bool marketing, qint64 messageId,
                               const QDateTime& nowUtc) const;

    // The first moment >= nowUtc at which a message nobody asked for may reach this number: allowed
    // both by the business's quiet hours and by those of the number's rule pack (its area's, for a
    // US area code with a rule of its own, read in that area's zones). personTimeZone: the
    // person's own zone when known (an IANA id), which then decides alone.
    QDateTime quietHoursEnd(const QString& phone, const QString& personTimeZone,
                            const QDateTime& nowUtc) const;
    // The pack's quiet hours that apply to a number, with the zones they are read in.
    QuietHours packQuietHours(const QString& phone, const QString& personTimeZone,
                              QVector<QTimeZone>* zones) const;

    const RulePacks& rulePacks() const { return m_packs; }
    const QuietHours& quietHours() const { return m_quietHours; }

private:
    Result<QDateTime> capFreesAt(const QString& phone, qint64 messageId, const QDateTime& nowUtc) const;

    QSqlDatabase m_db;
    QuietHours m_quietHours;
    FrequencyCap m_cap;
    QString m_fallbackRegion;
    RulePacks m_packs;
};

} // namespace textwell
