#include "suppressionimporter.h"

#include "contacts/addressbook.h"
#include "storage/transaction.h"

#include <QElapsedTimer>

namespace textwell {

SuppressionImporter::SuppressionImporter(QSqlDatabase db, QString defaultRegion, QString source,
                                         QString actor)
    : m_db(std::move(db)), m_region(std::move(defaultRegion)), m_source(std::move(source)),
      m_actor(std::move(actor))
{}

Result<SuppressionImportSummary>
SuppressionImporter::run(RecordReader& reader, int phoneColumn, bool dryRun,
                         const std::function<void(const ImportProgress&)>& progress,
                         const std::atomic_bool* cancel)
{
    using R = Result<SuppressionImportSummary>;
    if (m_source.trimmed().isEmpty())
        return R::failure(
            tr("Say where this list comes from (e.g. \"opt-out list of our previous SMS provider\"): "
               "it is kept in each number's history."));
    QElapsedTimer clock;
    clock.start();
    SuppressionImportSummary summary;
    summary.dryRun = dryRun;
    AddressBook book(m_db, m_region, m_actor);
    // Whole or not at all, like every import; a dry run writes into the transaction and rolls back,
    // so "already excluded" also counts a number that appears twice in the list.
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QString note = tr("Imported suppression list");
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    SourceRecord record;
    while (reader.next(record)) {
        ++summary.rows;
        if (cancel && cancel->load())
            return R::failure(tr("The import was cancelled. Nothing was imported."));
        const QString number = phoneColumn >= 0 && phoneColumn < record.fields.size()
                                   ? record.fields.at(phoneColumn).trimmed()
                                   : QString();
        if (number.isEmpty()) {
            ++summary.invalidNumbers;
            summary.problems.append({record.row, tr("No phone number."), record.fields, false});
            continue;
        }
        Result<ParsedNumber> parsed = book.normalize(number);
        if (!parsed) {
            ++summary.invalidNumbers;
            // The reason names the number already ("“12” is not a phone number: too short").
            summary.problems.append({record.row, parsed.error(), record.fields, false});
            continue;
        }
        Result<bool> excluded =
            book.exclude(parsed.value().e164, note, ConsentEvent::Channel::Import, m_source);
        if (!excluded)
            return R::failure(tr("Nothing was imported: %1").arg(excluded.error()));
        ++(excluded.value() ? summary.excluded : summary.alreadyExcluded);
        if (progress && sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            progress({summary.rows, reader.bytesRead(), reader.totalBytes(), clock.elapsed() / 1000.0});
        }
    }
    if (!reader.error().isEmpty())
        return R::failure(tr("Nothing was imported: %1").arg(reader.error()));
    if (progress)
        progress({summary.rows, reader.bytesRead(), reader.totalBytes(), clock.elapsed() / 1000.0});
    if (!dryRun) {
        if (Status committed = tx.commit(); !committed)
            return R::failure(tr("Nothing was imported: %1").arg(committed.error()));
    }
    summary.seconds = clock.elapsed() / 1000.0;
    return summary;
}

} // namespace textwell
