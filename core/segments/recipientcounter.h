#pragma once

#include "compliance/frequencycap.h"
#include "contacts/subscriber.h"
#include "recipientbreakdown.h"
#include "segmentcompiler.h"

#include <QSqlDatabase>

namespace textwell {

// Counts who a compiled segment reaches, line by line, and lists the people on each line.
// Use one counter per thread (it keeps a temporary table on its connection).
class RecipientCounter
{
public:
    RecipientCounter(QSqlDatabase db, FrequencyCap cap, QDateTime now);

    Result<RecipientBreakdown> count(const CompiledSegment& segment) const;
    // The first `limit` people of one line, by name.
    Result<QVector<Subscriber>> people(const CompiledSegment& segment, RecipientGroup group, int limit,
                                       qint64 offset = 0) const;
    // The longest value an SQL expression over "s" takes among those who will receive.
    Result<QString> longestValue(const CompiledSegment& segment, const QString& expression,
                                 const QVariantList& expressionValues) const;

private:
    // The condition that picks one line, over "subscriber s", and its values.
    QString groupCondition(RecipientGroup group) const;
    // Who reached the cap, kept in a temporary table of this connection and rebuilt only when a
    // marketing message was sent since, the cap changed or a minute passed: working it out from
    // the messages takes far longer than a count may.
    Status prepareCapped() const;

    QSqlDatabase m_db;
    FrequencyCap m_cap;
    QDateTime m_now;
};

} // namespace textwell
