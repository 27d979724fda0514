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
    // Where the frequency cap is read from: nowhere (no cap), the subscriber rows (cap_reached_at,
    // when FrequencyCapTracking says it is worked out for this count) or the messages (any other count).
    enum class CapSource
    {
        Off,
        Row,
        Messages,
    };
    Result<CapSource> capSource() const; // prepares the temporary table for Messages
    // The temporary table of the capped ids (see prepareCapped).
    QString capped() const;
    // Sent before this, a message no longer counts against the cap.
    QVariant capCutoff() const;
    // The condition that picks one line, over "subscriber s"; its values are appended to `values`.
    QString groupCondition(RecipientGroup group, CapSource source, QVariantList* values) const;
    // count() without a rule, with the cap on the row or off.
    Result<RecipientBreakdown> countEveryone() const;
    // Who reached the cap, kept in a temporary table of this connection and rebuilt only when a
    // marketing message was sent since, the cap changed or a minute passed: working it out from
    // the messages takes far longer than a count may.
    Status prepareCapped() const;

    QSqlDatabase m_db;
    FrequencyCap m_cap;
    QDateTime m_now;
};

} // namespace textwell
