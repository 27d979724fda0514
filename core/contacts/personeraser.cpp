#include "personeraser.h"

#include "addressbook.h"
#include "campaigns/outboxmessage.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace textwell {

namespace {

// The untranslated note, so that an erasure done at a desk in another language is still known
// as one when the number is erased again.
const char* const ExclusionNoteSource = QT_TRANSLATE_NOOP("PersonEraser", "personal data erased on request");

} // namespace

PersonEraser::PersonEraser(QSqlDatabase db, QString defaultRegion, QString actor)
    : m_db(std::move(db)), m_region(std::move(defaultRegion)), m_actor(std::move(actor))
{}

QString PersonEraser::exclusionNote()
{
    return QCoreApplication::translate("PersonEraser", ExclusionNoteSource);
}

Result<PersonEraser::Outcome> PersonEraser::erase(const QString& number, const QDateTime& requestedAt,
                                                  const QString& note)
{
    return run(number, requestedAt, note, true);
}

Result<PersonEraser::Outcome> PersonEraser::preview(const QString& number)
{
    return run(number, {}, {}, false);
}

Result<PersonEraser::Outcome> PersonEraser::run(const QString& number, const QDateTime& requestedAt,
                                                const QString& note, bool commit)
{
    using R = Result<Outcome>;
    Result<ParsedNumber> parsed = AddressBook(m_db, m_region, m_actor).normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    const QDateTime now = Clock::currentUtc();
    if (requestedAt.isValid() && requestedAt > now.addSecs(60))
        return R::failure(tr("The date of the request lies in the future."));

    Outcome outcome;
    outcome.phone = parsed.value().e164;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Result<QVector<Erasure>> earlier = erasuresOf(outcome.phone);
    if (!earlier)
        return R::failure(earlier.error());
    if (!earlier.value().isEmpty())
        outcome.previousErasureAt = earlier.value().constLast().erasedAt;

    // The log entry comes first and stays open (no erased_at) until the work is done: while it is
    // open, and only then, the triggers let the number's consent history be thinned out. It is
    // closed before the commit, so no other connection ever sees it open.
    Erasure& erasure = outcome.erasure;
    erasure.phone = outcome.phone;
    erasure.requestedAt = requestedAt.isValid() ? requestedAt.toUTC() : now;
    erasure.actor = m_actor;
    erasure.note = note.trimmed();
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO erasure (phone, requested_at, erased_at, actor, note) VALUES "
                                  "(?, ?, NULL, ?, ?)"),
                   {sqlText(erasure.phone), Timestamps::toDb(erasure.requestedAt), sqlText(erasure.actor),
                    sqlText(erasure.note)}))
        return R::failure(SqlError::describe(q.lastError()));
    erasure.id = q.lastInsertId().toLongLong();

    Result<int> changes = eraseIn(outcome.phone, outcome);
    if (!changes)
        return R::failure(changes.error());
    // Asked again with nothing left to erase: harmless, and not logged twice. (The first request
    // always is, even for a number the book never had: the request may come before the person.)
    if (changes.value() == 0 && outcome.previousErasureAt.isValid()) {
        Outcome nothing; // and the transaction rolls back the open log entry
        nothing.phone = outcome.phone;
        nothing.previousErasureAt = outcome.previousErasureAt;
        nothing.suppression = outcome.suppression;
        return nothing;
    }

    outcome.erased = true;
    erasure.erasedAt = Clock::currentUtc();
    if (!commit) // a preview: the transaction rolls everything back
        return outcome;
    if (!execBound(q, QStringLiteral("UPDATE erasure SET erased_at = ? WHERE id = ?"),
                   {Timestamps::toDb(erasure.erasedAt), erasure.id}))
        return R::failure(SqlError::describe(q.lastError()));
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return outcome;
}

Result<int> PersonEraser::eraseIn(const QString& e164, Outcome& outcome)
{
    using R = Result<int>;
    QSqlQuery q(m_db);
    auto run = [&q](const QString& sql, const QVariantList& values) -> std::optional<int> {
        if (!execBound(q, sql, values))
            return std::nullopt;
        return q.numRowsAffected();
    };
    auto failed = [&q] { return R::failure(SqlError::describe(q.lastError())); };
    const QString note = exclusionNote();
    const QString untranslatedNote = QString::fromLatin1(ExclusionNoteSource);

    // The person and what hangs off them: tags; custom fields and notes are columns of the row.
    // The tags themselves stay: they are the business's words, and saved segments name them.
    if (!run(QStringLiteral("DELETE FROM subscriber_tag WHERE subscriber_id IN (SELECT id FROM subscriber "
                            "WHERE phone = ?)"),
             {sqlText(e164)}))
        return failed();
    const std::optional<int> people =
        run(QStringLiteral("DELETE FROM subscriber WHERE phone = ?"), {sqlText(e164)});
    if (!people)
        return failed();
    outcome.personDeleted = *people > 0;

    const std::optional<int> replies =
        run(QStringLiteral("DELETE FROM reply WHERE phone = ?"), {sqlText(e164)});
    if (!replies)
        return failed();
    outcome.repliesDeleted = *replies;

    // The history keeps only what proves the suppression: the latest opt-out while the number is
    // opted out, the latest exclusion while it is excluded (an exclusion this erasure adds comes
    // after this). Every other event goes rather than staying as an empty shell: a consent, or an
    // opt-out a START undid, says something about the person that the suppression does not need.
    // The kept events keep what happened, when, how and who recorded it; their free texts go.
    // The triggers of schema step 8 enforce the same rule.
    const std::optional<int> deleted = run(
        QStringLiteral(
            "DELETE FROM consent_event WHERE phone = ? AND NOT ((kind = 'opt_out' AND EXISTS (SELECT 1 FROM "
            "suppression s WHERE s.phone = consent_event.phone AND s.opted_out_at IS NOT NULL) OR kind = "
            "'exclude' AND EXISTS (SELECT 1 FROM suppression s WHERE s.phone = consent_event.phone AND "
            "s.excluded_at IS NOT NULL)) AND NOT EXISTS (SELECT 1 FROM consent_event later WHERE later.phone "
            "= "
            "consent_event.phone AND later.kind = consent_event.kind AND later.id > consent_event.id))"),
        {sqlText(e164)});
    if (!deleted)
        return failed();
    outcome.historyEntriesDeleted = *deleted;
    // The note of an earlier erasure's exclusion is ours, not the person's: it stays.
    const std::optional<int> cleared = run(
        QStringLiteral("UPDATE consent_event SET source = '', evidence = '', reason_code = '', reason_text = "
                       "CASE WHEN reason_text IN (?, ?) THEN reason_text ELSE '' END WHERE phone = ? AND "
                       "(source != '' OR evidence != '' OR reason_code != '' OR reason_text NOT IN ('', ?, "
                       "?))"),
        {note, untranslatedNote, sqlText(e164), note, untranslatedNote});
    if (!cleared)
        return failed();
    outcome.historyEntriesCleared = *cleared;

    // The suppression keeps its times; why the person left is theirs.
    const std::optional<int> suppressionTexts = run(
        QStringLiteral("UPDATE suppression SET opt_out_reason = '', exclude_note = CASE WHEN excluded_at IS "
                       "NULL THEN '' ELSE ? END WHERE phone = ? AND (opt_out_reason != '' OR exclude_note "
                       "!= CASE WHEN excluded_at IS NULL THEN '' ELSE ? END)"),
        {note, sqlText(e164), note});
    if (!suppressionTexts)
        return failed();

    // A number nobody has suppressed yet is excluded the way the desk excludes one, so the
    // status rules and the history stay in one place.
    AddressBook book(m_db, m_region, m_actor);
    Result<Suppression> before = book.suppression(e164);
    if (!before)
        return R::failure(before.error());
    if (!before.value().suppressed()) {
        Result<bool> excluded = book.exclude(e164, note);
        if (!excluded)
            return R::failure(excluded.error());
        outcome.excludedNow = excluded.value();
    }
    Result<Suppression> after = book.suppression(e164);
    if (!after)
        return R::failure(after.error());
    outcome.suppression = after.value();

    // Texts sent go; the rows stay for the campaigns' figures. A message not sent yet would go
    // out empty (an opt-out's confirmation is sent even to an opted-out number): it is skipped,
    // for the reason the dispatcher would give.
    const std::optional<int> texts =
        run(QStringLiteral("UPDATE message SET body = '' WHERE phone = ? AND body != ''"), {sqlText(e164)});
    if (!texts)
        return failed();
    outcome.messageTextsCleared = *texts;
    const QString skipReason =
        outcome.suppression.excluded() ? OutboxMessage::Excluded : OutboxMessage::Unsubscribed;
    const std::optional<int> unsent = run(
        QStringLiteral("UPDATE message SET state = 'skipped', reason = ?, updated_at = ? WHERE phone = ? AND "
                       "state IN ('queued', 'held', 'waiting')"),
        {skipReason, Timestamps::toDb(Clock::currentUtc()), sqlText(e164)});
    if (!unsent)
        return failed();
    outcome.unsentMessagesSkipped = *unsent;

    return int(outcome.personDeleted) + outcome.repliesDeleted + outcome.historyEntriesDeleted +
           outcome.historyEntriesCleared + *suppressionTexts + int(outcome.excludedNow) +
           outcome.messageTextsCleared + outcome.unsentMessagesSkipped;
}

Result<QVector<Erasure>> PersonEraser::erasures(const QString& number) const
{
    Result<ParsedNumber> parsed = AddressBook(m_db, m_region, m_actor).normalize(number);
    if (!parsed)
        return Result<QVector<Erasure>>::failure(parsed.error());
    return erasuresOf(parsed.value().e164);
}

Result<QVector<Erasure>> PersonEraser::erasuresOf(const QString& e164) const
{
    using R = Result<QVector<Erasure>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    // An open entry is the one being written in this transaction: not an erasure yet.
    if (!execBound(q,
                   QStringLiteral("SELECT id, phone, requested_at, erased_at, actor, note FROM erasure WHERE "
                                  "phone = ? AND erased_at IS NOT NULL ORDER BY id"),
                   {sqlText(e164)}))
        return R::failure(SqlError::describe(q.lastError()));
    QVector<Erasure> found;
    while (q.next()) {
        Erasure e;
        e.id = q.value(0).toLongLong();
        e.phone = q.value(1).toString();
        e.requestedAt = Timestamps::fromDb(q.value(2));
        e.erasedAt = Timestamps::fromDb(q.value(3));
        e.actor = q.value(4).toString();
        e.note = q.value(5).toString();
        found.append(e);
    }
    return found;
}

} // namespace textwell
