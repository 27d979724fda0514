#pragma once

#include "analyticsscope.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVector>

#include <optional>

namespace textwell {

// Which opt-outs to list: the people behind a point, a bar or a row of the dashboard, or the
// opt-out log of a report.
struct OptOutFilter
{
    // Opt-outs recorded in the scope's span...
    AnalyticsScope scope;
    // ... or, when not empty, the opt-outs attributed to these campaigns, whenever recorded.
    QVector<qint64> campaignIds;
    std::optional<QString> reasonCode; // "" for opt-outs without a reason
    std::optional<QString> channel;
    // Manual exclusions as well: how people left counts both (Analytics::channels).
    bool exclusionsToo = false;
};

// One opt-out, as the log shows it.
struct OptOutEntry
{
    QDateTime at; // UTC
    QString phone;
    QString name; // empty when the person is not (or no longer) in the address book
    QString channel;
    QString reasonCode;
    QString reasonText; // the reason in words, for "other"
    QString evidence;   // the reply's words or the note taken at the desk
    qint64 campaignId = 0;
    QString campaignName;
};

// The opt-outs a filter selects, oldest first, read row by row so a million of them never sit in
// memory at once.
class OptOutLog
{
    Q_DECLARE_TR_FUNCTIONS(OptOutLog)

public:
    OptOutLog(QSqlDatabase db, OptOutFilter filter);

    Result<qint64> count() const;
    // Starts reading; next() then gives one entry at a time until it returns false.
    Status open();
    bool next(OptOutEntry* entry);
    // At most `limit` entries, newest first: a drill-down's list.
    Result<QVector<OptOutEntry>> newest(int limit) const;

private:
    QString whereClause(QVariantList* values) const;

    QSqlDatabase m_db;
    OptOutFilter m_filter;
    QSqlQuery m_cursor;
};

} // namespace textwell
