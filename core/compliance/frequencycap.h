#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace textwell {

// At most maxMessages marketing messages to one number in any window of `days` days
// (PRODUCT.md: default 4 per 30 days). One place for the rule: the recipient count uses it now,
// the sender checks it again at the moment of sending.
class FrequencyCap
{
public:
    static constexpr int DefaultMaxMessages = 4;
    static constexpr int DefaultDays = 30;

    FrequencyCap(int maxMessages = DefaultMaxMessages, int days = DefaultDays);

    int maxMessages() const { return m_maxMessages; }
    int days() const { return m_days; }
    // A cap of 0 messages means "no cap".
    bool isOff() const { return m_maxMessages <= 0; }

    // SQL for the set of numbers that reached the cap at `now`, to be used as "phone IN (...)",
    // and the values to bind to its placeholders, in order.
    static QString reachedSql();
    QVariantList reachedValues(const QDateTime& now) const;

private:
    int m_maxMessages;
    int m_days;
};

} // namespace textwell
