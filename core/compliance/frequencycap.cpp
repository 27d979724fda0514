#include "frequencycap.h"

#include "storage/timestamps.h"

namespace textwell {

FrequencyCap::FrequencyCap(int maxMessages, int days) : m_maxMessages(maxMessages), m_days(qMax(1, days)) {}

QString FrequencyCap::reachedSql()
{
    return QStringLiteral("SELECT phone FROM message WHERE marketing = 1 AND sent_at IS NOT NULL "
                          "AND sent_at > ? GROUP BY phone HAVING COUNT(*) >= ?");
}

QVariantList FrequencyCap::reachedValues(const QDateTime& now) const
{
    return {Timestamps::toDb(now.addDays(-m_days)), m_maxMessages};
}

} // namespace textwell
