#include "doubleoptin.h"

#include "contacts/consentevent.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"

#include <QSqlQuery>

namespace textwell {

QString DoubleOptIn::confirmedSql(const QString& phone)
{
    QStringList fromTheNumber;
    for (auto channel :
         {ConsentEvent::Channel::Keyword, ConsentEvent::Channel::Join, ConsentEvent::Channel::Confirmation}) {
        Q_ASSERT(ConsentEvent::fromTheNumber(channel));
        fromTheNumber.append(QLatin1Char('\'') + ConsentEvent::channelCode(channel) + QLatin1Char('\''));
    }
    return QStringLiteral(
               "EXISTS (SELECT 1 FROM consent_event c WHERE c.phone = %1 AND c.kind = 'opt_in' AND "
               "c.channel IN (%2) AND NOT EXISTS (SELECT 1 FROM consent_event o WHERE o.phone = "
               "c.phone AND o.kind = 'opt_out' AND o.id > c.id))")
        .arg(phone, fromTheNumber.join(QStringLiteral(", ")));
}

Result<bool> DoubleOptIn::isConfirmed(const QSqlDatabase& db, const QString& e164)
{
    QSqlQuery q(db);
    if (!execBound(q, QStringLiteral("SELECT %1").arg(confirmedSql(QStringLiteral("?"))), {e164}) ||
        !q.next())
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toBool();
}

} // namespace textwell
