#include "suppressionexport.h"

#include "exportfiles.h"
#include "exportwriter.h"
#include "readsnapshot.h"

#include "contacts/optoutreason.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/timestamps.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace textwell {

namespace {

const QString& listed()
{
    // A row whose opt-out and exclusion were both lifted stays in the table but is not suppressed.
    static const QString sql =
        QStringLiteral(" FROM suppression p WHERE p.opted_out_at IS NOT NULL OR p.excluded_at IS NOT NULL");
    return sql;
}

} // namespace

SuppressionExport::SuppressionExport(QSqlDatabase db) : m_db(std::move(db)) {}

QString SuppressionExport::sheetName()
{
    return tr("Suppression list");
}

QVector<ExportColumn> SuppressionExport::columns()
{
    using K = ExportColumn::Kind;
    return {
        {tr("Phone"), K::Phone, 17},          {tr("Unsubscribed at"), K::DateTime, 17},
        {tr("Reason"), K::Text, 24},          {tr("Reason details"), K::Text, 30},
        {tr("Excluded at"), K::DateTime, 17}, {tr("Note"), K::Text, 30},
        {tr("Excluded by"), K::Text, 16},
    };
}

Result<qint64> SuppressionExport::count() const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(QStringLiteral("SELECT count(*)") + listed()) || !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Result<ExportSummary> SuppressionExport::write(const QString& path, const ExportOptions& options,
                                               const ExportProgress::Callback& progress,
                                               const std::atomic_bool* cancel) const
{
    using R = Result<ExportSummary>;
    if (const QString problem = ExportFiles::targetProblem(path, m_db.databaseName()); !problem.isEmpty())
        return R::failure(problem);
    const ReadSnapshot snapshot(m_db);
    Result<qint64> total = count();
    if (!total)
        return R::failure(total.error());
    const QVector<ExportColumn> columns = SuppressionExport::columns();
    auto writer = ExportWriter::create(path, options, sheetName(), columns, total.value());
    if (!writer)
        return R::failure(writer.error());

    QHash<QString, QString> reasons; // code -> label, translated once
    for (OptOutReason reason : OptOutReasons::all())
        reasons.insert(OptOutReasons::code(reason), OptOutReasons::label(reason));
    // The words and the actor come from the latest matching event of the number's history, found
    // through consent_event_by_phone.
    auto latest = [](const QString& column, const QString& kind) {
        return QStringLiteral(
                   "COALESCE((SELECT e.%1 FROM consent_event e WHERE e.phone = p.phone AND e.kind = "
                   "'%2' ORDER BY e.id DESC LIMIT 1), '')")
            .arg(column, kind);
    };
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!q.exec(
            QStringLiteral("SELECT p.phone, p.opted_out_at, p.opt_out_reason, p.excluded_at, p.exclude_note, "
                           "CASE WHEN p.opted_out_at IS NULL THEN '' ELSE %1 END, "
                           "CASE WHEN p.excluded_at IS NULL THEN '' ELSE %2 END")
                .arg(latest(QStringLiteral("reason_text"), QStringLiteral("opt_out")),
                     latest(QStringLiteral("actor"), QStringLiteral("exclude"))) +
            listed() + QStringLiteral(" ORDER BY p.phone")))
        return R::failure(SqlError::describe(q.lastError()));

    ExportProgress ticker(progress, cancel, total.value());
    QVariantList values;
    values.resize(columns.size());
    while (q.next()) {
        const QDateTime optedOut = Timestamps::fromDb(q.value(1));
        const QString reason = q.value(2).toString();
        values[0] = q.value(0).toString();
        values[1] = optedOut;
        values[2] = optedOut.isValid() ? reasons.value(reason, reason) : QString();
        values[3] = q.value(5).toString();
        values[4] = Timestamps::fromDb(q.value(3));
        values[5] = q.value(4).toString();
        values[6] = q.value(6).toString();
        if (Status written = writer.value()->writeRow(values); !written)
            return R::failure(written.error());
        if (!ticker.advance())
            return R::failure(ExportFiles::cancelled());
    }
    if (q.lastError().isValid())
        return R::failure(SqlError::describe(q.lastError()));
    if (ticker.cancelled())
        return R::failure(ExportFiles::cancelled());
    if (Status committed = writer.value()->commit(); !committed)
        return R::failure(committed.error());
    ticker.finish();
    return ExportSummary{ticker.done(), QFileInfo(path).absoluteFilePath(), ticker.seconds()};
}

} // namespace textwell
