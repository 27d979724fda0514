#include "statusrefresh.h"

#include "compliance/doubleoptin.h"
#include "compliance/rulepacks.h"
#include "contacts/subscriberstatus.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVector>

namespace textwell {

Result<StatusRefresh::Summary> StatusRefresh::run(const QSqlDatabase& db, const QString& defaultRegion,
                                                  const Progress& progress, const std::atomic_bool* cancel,
                                                  int batchSize)
{
    using R = Result<Summary>;
    const int subscribed = static_cast<int>(SubscriberStatus::Subscribed);
    const int awaiting = static_cast<int>(SubscriberStatus::AwaitingConfirmation);
    const RulePacks packs(db);
    Summary summary;
    qint64 total = 0;
    {
        QSqlQuery q(db);
        if (!execBound(q, QStringLiteral("SELECT COUNT(*) FROM subscriber WHERE status IN (?, ?)"),
                       {subscribed, awaiting}) ||
            !q.next())
            return R::failure(SqlError::describe(q.lastError()));
        total = q.value(0).toLongLong();
    }
    if (progress)
        progress(0, total);
    qint64 lastId = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        // Read and written in one transaction: a status changed by the desk meanwhile is not undone.
        Transaction tx(db);
        if (!tx.isActive())
            return R::failure(tx.error());
        QSqlQuery q(db);
        SqlDialect::readRowsAsTheyCome(q);
        if (!execBound(
                q,
                QStringLiteral("SELECT id, phone, status, %1 FROM subscriber WHERE id > ? AND status IN "
                               "(?, ?) ORDER BY id LIMIT ?")
                    .arg(DoubleOptIn::confirmedSql(QStringLiteral("subscriber.phone"))),
                {lastId, subscribed, awaiting, batchSize}))
            return R::failure(SqlError::describe(q.lastError()));
        struct Change
        {
            qint64 id;
            int status;
        };
        QVector<Change> changes;
        int read = 0;
        while (q.next()) {
            ++read;
            lastId = q.value(0).toLongLong();
            const bool confirmed = q.value(3).toBool();
            const bool awaits =
                !confirmed && packs.forNumber(q.value(1).toString(), defaultRegion).requiresConfirmation;
            const int status = awaits ? awaiting : subscribed;
            if (status != q.value(2).toInt())
                changes.append({lastId, status});
        }
        q.finish();
        for (const Change& change : std::as_const(changes)) {
            if (!execBound(q, QStringLiteral("UPDATE subscriber SET status = ? WHERE id = ?"),
                           {change.status, change.id}))
                return R::failure(SqlError::describe(q.lastError()));
            ++(change.status == awaiting ? summary.awaiting : summary.subscribed);
        }
        if (Status committed = tx.commit(); !committed)
            return R::failure(committed.error());
        summary.checked += read;
        if (progress)
            progress(qMin(summary.checked, total), total);
        if (read < batchSize)
            return summary;
    }
}

} // namespace textwell
