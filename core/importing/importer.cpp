#include "importer.h"

#include "compliance/doubleoptin.h"
#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "contacts/customfields.h"
#include "contacts/customfieldvalues.h"
#include "importpipeline.h"
#include "importrow.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace textwell {

namespace {

// E.164 has at most 15 digits: the number itself is a compact key for "seen earlier in the file".
quint64 numberKey(const QString& e164)
{
    return e164.mid(1).toULongLong();
}

// The person already in the book with this number, as far as an import may change them.
struct Existing
{
    qint64 id = 0;
    Subscriber person;
    bool hasConsent = false;
    bool hasTags = false;
};

// The statements of one import, prepared once: a million rows reuse them.
class ImportStatements
{
public:
    explicit ImportStatements(const QSqlDatabase& db)
        : findPerson(db), findSuppression(db), insertPerson(db), updatePerson(db), setConsent(db),
          insertEvent(db), findTag(db), insertTag(db), clearTags(db), linkTag(db), hasTags(db),
          isConfirmed(db)
    {}

    bool prepare()
    {
        return findPerson.prepare(QStringLiteral(
                   "SELECT id, first_name, last_name, city, region, birth_date, language, notes, "
                   "custom_fields, consent_at IS NOT NULL FROM subscriber WHERE phone = ?")) &&
               findSuppression.prepare(QStringLiteral("SELECT opted_out_at IS NOT NULL, excluded_at IS NOT "
                                                      "NULL FROM suppression WHERE phone = ?")) &&
               insertPerson.prepare(QStringLiteral(
                   "INSERT INTO subscriber (phone, first_name, last_name, city, region, birth_date, "
                   "language, "
                   "notes, number_kind, status, consent_at, consent_source, custom_fields, search_key, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
               updatePerson.prepare(QStringLiteral("UPDATE subscriber SET first_name = ?, last_name = ?, "
                                                   "city = ?, region = ?, birth_date = ?, "
                                                   "language = ?, notes = ?, custom_fields = ?, search_key = "
                                                   "?, updated_at = ? WHERE id = ?")) &&
               setConsent.prepare(QStringLiteral(
                   "UPDATE subscriber SET consent_at = ?, consent_source = ?, status = ? WHERE id = ?")) &&
               insertEvent.prepare(QStringLiteral("INSERT INTO consent_event (phone, kind, at, recorded_at, "
                                                  "channel, source, evidence, actor) "
                                                  "VALUES (?, 'opt_in', ?, ?, ?, ?, ?, ?)")) &&
               findTag.prepare(QStringLiteral("SELECT id FROM tag WHERE name = ?")) &&
               insertTag.prepare(QStringLiteral("INSERT INTO tag (name) VALUES (?)")) &&
               clearTags.prepare(QStringLiteral("DELETE FROM subscriber_tag WHERE subscriber_id = ?")) &&
               linkTag.prepare(QStringLiteral(
                   "INSERT OR IGNORE INTO subscriber_tag (subscriber_id, tag_id) VALUES (?, ?)")) &&
               hasTags.prepare(
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM subscriber_tag WHERE subscriber_id = ?)")) &&
               isConfirmed.prepare(
                   QStringLiteral("SELECT %1").arg(DoubleOptIn::confirmedSql(QStringLiteral("?"))));
    }

    QSqlQuery findPerson, findSuppression, insertPerson, updatePerson, setConsent, insertEvent, findTag,
        insertTag, clearTags, linkTag, hasTags, isConfirmed;
};

// Merges the file's values into a person by the duplicate policy; true when anything changed.
bool merge(Subscriber& person, const ImportRow& row, DuplicatePolicy policy)
{
    const bool overwrite = policy == DuplicatePolicy::Overwrite;
    bool changed = false;
    auto apply = [&](ImportField field, QString& current, const QString& value) {
        if (row.has(field) && (overwrite ? current != value : current.isEmpty())) {
            current = value;
            changed = true;
        }
    };
    apply(ImportField::FirstName, person.firstName, row.firstName);
    apply(ImportField::LastName, person.lastName, row.lastName);
    apply(ImportField::City, person.city, row.city);
    apply(ImportField::Region, person.region, row.region);
    apply(ImportField::Language, person.language, row.language);
    apply(ImportField::Notes, person.notes, row.notes);
    if (row.has(ImportField::BirthDate) &&
        (overwrite ? person.birthDate != row.birthDate : !person.birthDate.isValid())) {
        person.birthDate = row.birthDate;
        changed = true;
    }
    for (auto it = row.customFields.cbegin(); it != row.customFields.cend(); ++it) {
        const QString current = person.customFields.value(it.key());
        if (overwrite ? current != it.value() : current.isEmpty()) {
            person.customFields.insert(it.key(), it.value());
            changed = true;
        }
    }
    return changed;
}

// The connection tuned for one long transaction, and put back as it was afterwards:
// - a bigger page cache: a million rows touch every index of the subscriber table, and with the
//   default 2 MB cache the transaction would spill and re-read pages over and over;
// - statement journals in memory: inside a transaction each INSERT saves the pages it changes so
//   that it alone can be undone, and SQLite writes that to a temporary file (33 writes a row);
// - no memory-mapped reads: a million-person file mapped page by page would add its whole size to
//   the import's memory, where the page cache above is bounded.
class ImportTuning
{
public:
    explicit ImportTuning(const QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cacheSize = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
            m_tempStore = q.value(0).toInt();
        if (q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next())
            m_mmapSize = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA mmap_size = 0"));
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB));
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~ImportTuning()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
        q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmapSize));
    }
    ImportTuning(const ImportTuning&) = delete;
    ImportTuning& operator=(const ImportTuning&) = delete;

private:
    static constexpr int CacheKiB = 128 * 1024;
    QSqlDatabase m_db;
    int m_cacheSize = -2000;
    int m_tempStore = 0;
    qint64 m_mmapSize = 0;
};

} // namespace

Importer::Importer(QSqlDatabase db, ImportOptions options, QString actor)
    : m_db(std::move(db)), m_options(std::move(options)), m_actor(std::move(actor))
{}

Result<ImportSummary> Importer::run(RecordReader& reader, const ProgressFn& progress,
                                    const std::atomic_bool* cancel)
{
    using R = Result<ImportSummary>;
    QElapsedTimer clock;
    clock.start();
    const QStringList header = reader.header();
    if (const QString problem = m_options.mapping.problem(header); !problem.isEmpty())
        return R::failure(problem);

    Result<QStringList> knownFields = CustomFields(m_db).list();
    if (!knownFields)
        return R::failure(knownFields.error());
    QStringList newFields;
    for (const ColumnTarget& t : m_options.mapping.targets) {
        const QString name = t.customName.trimmed();
        if (t.field != ImportField::Custom || knownFields.value().contains(name, Qt::CaseInsensitive) ||
            newFields.contains(name, Qt::CaseInsensitive))
            continue;
        if (!m_options.createCustomFields)
            return R::failure(
                tr("There is no custom field \"%1\". Create it, or let the import create it.").arg(name));
        if (const QString problem = CustomFields::nameProblem(name); !problem.isEmpty())
            return R::failure(problem);
        newFields.append(name);
    }

    ImportTuning tuning(m_db);

    ImportSummary summary;
    summary.dryRun = m_options.dryRun;
    // One transaction for the whole file: a cancel, a bad row in the file's structure or a full
    // disk leaves the book exactly as it was. A dry run rolls back what it never wrote.
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (!m_options.dryRun) {
        for (const QString& name : newFields) {
            if (Status added = CustomFields(m_db).add(name); !added)
                return R::failure(added.error());
        }
    }
    summary.createdCustomFields = newFields;

    ImportStatements sql(m_db);
    if (!sql.prepare())
        return R::failure(SqlError::describe(m_db.lastError()));
    auto sqlFailure = [](const QSqlQuery& q) { return R::failure(SqlError::describe(q.lastError())); };

    const QDateTime now = Clock::currentUtc();
    const QVariant nowDb = Timestamps::toDb(now);
    const QString importChannel = ConsentEvent::channelCode(ConsentEvent::Channel::Import);
    const ImportRowParser parser(m_options, int(header.size()), now);
    const RulePacks packs(m_db);
    // Whether a consent from this file is still to be confirmed from the number (double opt-in);
    // nullopt when the database could not be read.
    auto awaitsConfirmation = [&](const ImportRow& row) -> std::optional<bool> {
        if (!packs.forRegion(row.numberRegion).requiresConfirmation)
            return false;
        sql.isConfirmed.addBindValue(sqlText(row.e164));
        if (!sql.isConfirmed.exec() || !sql.isConfirmed.next())
            return std::nullopt;
        const bool confirmed = sql.isConfirmed.value(0).toBool();
        sql.isConfirmed.finish();
        return !confirmed;
    };
    QHash<quint64, qint64> firstRowOf; // number → the row it first appeared in
    QHash<QString, qint64> tagIds;
    auto tagId = [&](const QString& name) -> qint64 {
        const QString key = name.toCaseFolded();
        if (auto it = tagIds.constFind(key); it != tagIds.cend())
            return it.value();
        sql.findTag.addBindValue(sqlText(name));
        qint64 id = 0;
        if (sql.findTag.exec() && sql.findTag.next()) {
            id = sql.findTag.value(0).toLongLong();
        } else {
            sql.insertTag.addBindValue(sqlText(name));
            if (!sql.insertTag.exec())
                return 0;
            id = sql.insertTag.lastInsertId().toLongLong();
        }
        sql.findTag.finish();
        tagIds.insert(key, id);
        return id;
    };
    auto writeTags = [&](qint64 personId, const QStringList& tags, bool replace) -> bool {
        if (replace) {
            sql.clearTags.addBindValue(personId);
            if (!sql.clearTags.exec())
                return false;
        }
        for (const QString& tag : tags) {
            const qint64 id = tagId(tag);
            if (id == 0)
                return false;
            sql.linkTag.addBindValue(personId);
            sql.linkTag.addBindValue(id);
            if (!sql.linkTag.exec())
                return false;
        }
        return true;
    };
    auto recordConsent = [&](const ImportRow& row) -> bool {
        sql.insertEvent.addBindValue(sqlText(row.e164));
        sql.insertEvent.addBindValue(Timestamps::toDb(row.consent->at));
        sql.insertEvent.addBindValue(nowDb);
        sql.insertEvent.addBindValue(importChannel);
        sql.insertEvent.addBindValue(sqlText(row.consent->source));
        sql.insertEvent.addBindValue(sqlText(row.consent->evidence));
        sql.insertEvent.addBindValue(sqlText(m_actor));
        ++summary.consentRecorded;
        return sql.insertEvent.exec();
    };

    ImportPipeline pipeline(reader, parser);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        if (cancel && cancel->load())
            return R::failure(tr("The import was cancelled. Nothing was imported."));
        ImportPipeline::Batch batch = pipeline.next();
        for (ImportRow& row : batch.rows) {
            ++summary.rows;
            if (row.problem != ImportRow::None) {
                ++(row.problem == ImportRow::InvalidNumber ? summary.invalidNumbers : summary.otherProblems);
                summary.problems.append({row.row, row.reason, row.fields, false});
                continue;
            }
            const quint64 key = numberKey(row.e164);
            if (auto seen = firstRowOf.constFind(key); seen != firstRowOf.cend()) {
                ++summary.duplicatesInFile;
                summary.problems.append({row.row,
                                         tr("The same number as row %1 (%2): only the first is imported.")
                                             .arg(seen.value())
                                             .arg(PhoneNumbers::formatInternational(row.e164)),
                                         row.fields, false});
                continue;
            }
            firstRowOf.insert(key, row.row);
            for (const QString& warning : row.warnings)
                summary.problems.append({row.row, warning, row.fields, true});

            sql.findSuppression.addBindValue(sqlText(row.e164));
            if (!sql.findSuppression.exec())
                return sqlFailure(sql.findSuppression);
            const bool optedOut = sql.findSuppression.next() && sql.findSuppression.value(0).toBool();
            const bool excluded = sql.findSuppression.isValid() && sql.findSuppression.value(1).toBool();
            sql.findSuppression.finish();
            if (optedOut || excluded)
                ++summary.suppressed;

            sql.findPerson.addBindValue(sqlText(row.e164));
            if (!sql.findPerson.exec())
                return sqlFailure(sql.findPerson);
            if (!sql.findPerson.next()) {
                sql.findPerson.finish();
                ++summary.added;
                if (!row.consent)
                    ++summary.withoutConsent;
                std::optional<bool> awaiting = row.consent ? awaitsConfirmation(row) : false;
                if (!awaiting)
                    return sqlFailure(sql.isConfirmed);
                if (*awaiting && !optedOut && !excluded)
                    ++summary.awaitingConfirmation;
                if (m_options.dryRun) {
                    summary.consentRecorded += row.consent ? 1 : 0;
                    continue;
                }
                Subscriber person;
                person.firstName = row.firstName;
                person.lastName = row.lastName;
                QSqlQuery& q = sql.insertPerson;
                q.addBindValue(sqlText(row.e164));
                q.addBindValue(sqlText(row.firstName));
                q.addBindValue(sqlText(row.lastName));
                q.addBindValue(sqlText(row.city));
                q.addBindValue(sqlText(row.region));
                q.addBindValue(Timestamps::dateToDb(row.birthDate));
                q.addBindValue(sqlText(row.language));
                q.addBindValue(sqlText(row.notes));
                q.addBindValue(int(row.numberKind));
                q.addBindValue(
                    int(SubscriberStatuses::derive(excluded, optedOut, row.consent.has_value(), *awaiting)));
                q.addBindValue(row.consent ? Timestamps::toDb(row.consent->at) : Timestamps::toDb({}));
                q.addBindValue(sqlText(row.consent ? row.consent->source : QString()));
                q.addBindValue(CustomFieldValues::toJson(row.customFields));
                q.addBindValue(sqlText(AddressBook::searchKey(person)));
                q.addBindValue(nowDb);
                q.addBindValue(nowDb);
                if (!q.exec())
                    return sqlFailure(q);
                if (!row.tags.isEmpty() && !writeTags(q.lastInsertId().toLongLong(), row.tags, false))
                    return R::failure(SqlError::describe(m_db.lastError()));
                if (row.consent && !recordConsent(row))
                    return sqlFailure(sql.insertEvent);
                continue;
            }

            // Already in the book: the policy decides, and consent is only ever added.
            Existing existing;
            QSqlQuery& f = sql.findPerson;
            existing.id = f.value(0).toLongLong();
            existing.person.firstName = f.value(1).toString();
            existing.person.lastName = f.value(2).toString();
            existing.person.city = f.value(3).toString();
            existing.person.region = f.value(4).toString();
            existing.person.birthDate = Timestamps::dateFromDb(f.value(5));
            existing.person.language = f.value(6).toString();
            existing.person.notes = f.value(7).toString();
            existing.person.customFields = CustomFieldValues::fromJson(f.value(8).toString());
            existing.hasConsent = f.value(9).toBool();
            f.finish();
            if (m_options.duplicates == DuplicatePolicy::Skip) {
                ++summary.unchanged;
                continue;
            }
            bool changed = merge(existing.person, row, m_options.duplicates);
            bool tagsChange = false;
            if (row.has(ImportField::Tags)) {
                sql.hasTags.addBindValue(existing.id);
                if (!sql.hasTags.exec() || !sql.hasTags.next())
                    return sqlFailure(sql.hasTags);
                existing.hasTags = sql.hasTags.value(0).toBool();
                sql.hasTags.finish();
                tagsChange = m_options.duplicates == DuplicatePolicy::Overwrite || !existing.hasTags;
            }
            const bool consentChange = row.consent && !existing.hasConsent;
            if (!changed && !tagsChange && !consentChange) {
                ++summary.unchanged;
                continue;
            }
            ++summary.updated;
            if (!consentChange && !existing.hasConsent && !optedOut && !excluded)
                ++summary.withoutConsent;
            std::optional<bool> awaiting = consentChange ? awaitsConfirmation(row) : false;
            if (!awaiting)
                return sqlFailure(sql.isConfirmed);
            if (*awaiting && !optedOut && !excluded)
                ++summary.awaitingConfirmation;
            if (m_options.dryRun) {
                summary.consentRecorded += consentChange ? 1 : 0;
                continue;
            }
            if (changed) {
                QSqlQuery& u = sql.updatePerson;
                const Subscriber& p = existing.person;
                u.addBindValue(sqlText(p.firstName));
                u.addBindValue(sqlText(p.lastName));
                u.addBindValue(sqlText(p.city));
                u.addBindValue(sqlText(p.region));
                u.addBindValue(Timestamps::dateToDb(p.birthDate));
                u.addBindValue(sqlText(p.language));
                u.addBindValue(sqlText(p.notes));
                u.addBindValue(CustomFieldValues::toJson(p.customFields));
                u.addBindValue(sqlText(AddressBook::searchKey(p)));
                u.addBindValue(nowDb);
                u.addBindValue(existing.id);
                if (!u.exec())
                    return sqlFailure(u);
            }
            if (tagsChange && !writeTags(existing.id, row.tags, true))
                return R::failure(SqlError::describe(m_db.lastError()));
            if (consentChange) {
                if (!recordConsent(row))
                    return sqlFailure(sql.insertEvent);
                QSqlQuery& c = sql.setConsent;
                c.addBindValue(Timestamps::toDb(row.consent->at));
                c.addBindValue(sqlText(row.consent->source));
                c.addBindValue(int(SubscriberStatuses::derive(excluded, optedOut, true, *awaiting)));
                c.addBindValue(existing.id);
                if (!c.exec())
                    return sqlFailure(c);
            }
        }
        if (progress && (batch.last || sinceProgress.elapsed() >= 100)) {
            sinceProgress.restart();
            progress({summary.rows, batch.bytesRead, batch.totalBytes, clock.elapsed() / 1000.0});
        }
        if (!batch.error.isEmpty())
            return R::failure(tr("Nothing was imported: %1").arg(batch.error));
        if (batch.last)
            break;
    }
    if (!m_options.dryRun) {
        if (Status committed = tx.commit(); !committed)
            return R::failure(tr("Nothing was imported: %1").arg(committed.error()));
    }
    summary.seconds = clock.elapsed() / 1000.0;
    return summary;
}

} // namespace textwell
