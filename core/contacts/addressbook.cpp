#include "addressbook.h"

#include "compliance/doubleoptin.h"
#include "compliance/rulepacks.h"

#include "customfieldvalues.h"

#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "subscriberquery.h"
#include "util/clock.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace textwell {

namespace {

QStringList cleanTags(const QStringList& tags)
{
    QStringList clean;
    for (const QString& tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean.append(t);
    }
    return clean;
}

// Only an explicit opt-in ends an opt-out (rule 4): a consent entered by hand at the desk with its
// evidence, or the person's own START or JOIN text. A consent column in an imported file, another
// program's call, a web link or the carrier does not.
bool consentEndsOptOut(ConsentEvent::Channel channel)
{
    return channel == ConsentEvent::Channel::Manual || channel == ConsentEvent::Channel::Keyword ||
           channel == ConsentEvent::Channel::Join;
}

// Why a consent left an opt-out in place, one whole sentence per channel: the channel's name does
// not fit into one sentence in every language. %1 is the phone number.
QString stillUnsubscribed(ConsentEvent::Channel channel)
{
    switch (channel) {
    case ConsentEvent::Channel::Import:
        return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: a consent from an imported "
                               "file does not re-subscribe a number.");
    case ConsentEvent::Channel::Reply:
        return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: a consent read from an SMS "
                               "reply in words does not re-subscribe a number.");
    case ConsentEvent::Channel::Link:
        return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: a consent given through a "
                               "link does not re-subscribe a number.");
    case ConsentEvent::Channel::Api:
        return AddressBook::tr(
            "%1 unsubscribed earlier and stays unsubscribed: a consent recorded by another "
            "program does not re-subscribe a number.");
    case ConsentEvent::Channel::Carrier:
        return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: a consent reported by the "
                               "carrier does not re-subscribe a number.");
    case ConsentEvent::Channel::Confirmation:
        return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: a confirmation does not "
                               "re-subscribe a number.");
    case ConsentEvent::Channel::Manual:
    case ConsentEvent::Channel::Keyword:
    case ConsentEvent::Channel::Join:
        break;
    }
    return AddressBook::tr("%1 unsubscribed earlier and stays unsubscribed: this consent does not "
                           "re-subscribe a number.");
}

} // namespace

AddressBook::AddressBook(QSqlDatabase db, QString defaultRegion, QString actor)
    : m_db(std::move(db)), m_region(std::move(defaultRegion)), m_actor(std::move(actor))
{}

Result<ParsedNumber> AddressBook::normalize(const QString& number) const
{
    return PhoneNumbers::parse(number, m_region);
}

QString AddressBook::searchKey(const Subscriber& subscriber)
{
    // Simplified like the search text, so "Анна " + "Иванова" is found as "анна иванова".
    return subscriber.displayName().simplified().toCaseFolded();
}

Result<AddressBook::Added> AddressBook::add(const Subscriber& subscriber,
                                            const std::optional<ConsentRecord>& consent,
                                            ConsentEvent::Channel channel)
{
    using R = Result<Added>;
    Result<ParsedNumber> number = normalize(subscriber.phone);
    if (!number)
        return R::failure(number.error());
    if (consent && (consent->source.trimmed().isEmpty() || consent->evidence.trimmed().isEmpty()))
        return R::failure(tr("A consent needs both its source and its evidence."));
    if (consent && consent->at.isValid() && consent->at > Clock::currentUtc().addSecs(60))
        return R::failure(tr("The consent date lies in the future."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Result<std::optional<Subscriber>> existing = findByPhone(number.value().e164);
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(tr("%1 is already in the address book (%2).")
                              .arg(number.value().international, existing.value()->displayName().isEmpty()
                                                                     ? tr("no name")
                                                                     : existing.value()->displayName()));

    Subscriber row = subscriber;
    row.id = 0;
    row.phone = number.value().e164;
    row.numberKind = number.value().kind;
    row.consentAt = {};
    row.consentSource.clear();
    row.createdAt = row.updatedAt = Clock::currentUtc();
    Result<qint64> inserted = insertRow(row, false);
    if (!inserted)
        return R::failure(inserted.error());
    Added added;
    added.id = inserted.value();
    if (Status tagged = writeTags(added.id, row.tags); !tagged)
        return R::failure(tagged.error());

    if (!number.value().warning.isEmpty())
        added.notices.append(number.value().warning);
    if (consent) {
        ConsentEvent event;
        event.phone = row.phone;
        event.kind = ConsentEvent::Kind::OptIn;
        event.at = consent->at.isValid() ? consent->at : Clock::currentUtc();
        event.channel = channel;
        event.source = consent->source.trimmed();
        event.evidence = consent->evidence.trimmed();
        if (Status appended = appendEvent(event); !appended)
            return R::failure(appended.error());
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE subscriber SET consent_at = ?, consent_source = ? WHERE id = ?"));
        q.addBindValue(Timestamps::toDb(event.at));
        q.addBindValue(sqlText(event.source));
        q.addBindValue(added.id);
        if (!q.exec())
            return R::failure(SqlError::describe(q.lastError()));
    }
    Result<Suppression> suppressed = readSuppression(row.phone);
    if (!suppressed)
        return R::failure(suppressed.error());
    if (suppressed.value().excluded())
        added.notices.append(tr("%1 was excluded on %2; it stays excluded.")
                                 .arg(number.value().international,
                                      QLocale().toString(suppressed.value().excludedAt.toLocalTime().date(),
                                                         QLocale::ShortFormat)));
    else if (suppressed.value().optedOut())
        added.notices.append(tr("%1 unsubscribed on %2; it stays unsubscribed. To re-subscribe it, record a "
                                "new consent with its evidence.")
                                 .arg(number.value().international,
                                      QLocale().toString(suppressed.value().optedOutAt.toLocalTime().date(),
                                                         QLocale::ShortFormat)));
    if (Status refreshed = refreshStatus(row.phone); !refreshed)
        return R::failure(refreshed.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return added;
}

Result<qint64> AddressBook::insertRow(const Subscriber& s, bool keepId)
{
    // Without an id the database gives the next one (an undone delete brings back the old one).
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO subscriber (%1phone, first_name, last_name, city, region, birth_date, "
                       "language, time_zone, notes, number_kind, status, consent_at, consent_source, "
                       "last_activity, purchases, custom_fields, search_key, created_at, updated_at) "
                       "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        q.addBindValue(s.id);
    q.addBindValue(sqlText(s.phone));
    q.addBindValue(sqlText(s.firstName.trimmed()));
    q.addBindValue(sqlText(s.lastName.trimmed()));
    q.addBindValue(sqlText(s.city.trimmed()));
    q.addBindValue(sqlText(s.region.trimmed()));
    q.addBindValue(Timestamps::dateToDb(s.birthDate));
    q.addBindValue(sqlText(s.language.trimmed().toLower()));
    q.addBindValue(sqlText(s.timeZone));
    q.addBindValue(sqlText(s.notes));
    q.addBindValue(static_cast<int>(s.numberKind));
    q.addBindValue(static_cast<int>(SubscriberStatus::NoConsent)); // derived right after
    q.addBindValue(Timestamps::toDb(s.consentAt));
    q.addBindValue(sqlText(s.consentSource));
    q.addBindValue(Timestamps::toDb(s.lastActivity));
    q.addBindValue(s.purchases);
    q.addBindValue(CustomFieldValues::toJson(s.customFields));
    q.addBindValue(sqlText(searchKey(s)));
    q.addBindValue(Timestamps::toDb(s.createdAt));
    q.addBindValue(Timestamps::toDb(s.updatedAt));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Status AddressBook::update(const Subscriber& subscriber)
{
    Result<ParsedNumber> number = normalize(subscriber.phone);
    if (!number)
        return Status::failure(number.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Result<Subscriber> current = get(subscriber.id);
    if (!current)
        return Status::failure(current.error());
    const QString e164 = number.value().e164;
    if (e164 != current.value().phone) {
        Result<std::optional<Subscriber>> other = findByPhone(e164);
        if (!other)
            return Status::failure(other.error());
        if (other.value())
            return Status::failure(tr("%1 already belongs to %2.")
                                       .arg(number.value().international, other.value()->displayLabel()));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE subscriber SET phone = ?, first_name = ?, last_name = ?, city = ?, region = ?, birth_date = "
        "?, "
        "language = ?, time_zone = ?, notes = ?, number_kind = ?, last_activity = ?, purchases = ?, "
        "custom_fields = ?, search_key = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(e164));
    q.addBindValue(sqlText(subscriber.firstName.trimmed()));
    q.addBindValue(sqlText(subscriber.lastName.trimmed()));
    q.addBindValue(sqlText(subscriber.city.trimmed()));
    q.addBindValue(sqlText(subscriber.region.trimmed()));
    q.addBindValue(Timestamps::dateToDb(subscriber.birthDate));
    q.addBindValue(sqlText(subscriber.language.trimmed().toLower()));
    q.addBindValue(sqlText(subscriber.timeZone));
    q.addBindValue(sqlText(subscriber.notes));
    q.addBindValue(static_cast<int>(number.value().kind));
    q.addBindValue(Timestamps::toDb(subscriber.lastActivity));
    q.addBindValue(subscriber.purchases);
    q.addBindValue(CustomFieldValues::toJson(subscriber.customFields));
    q.addBindValue(sqlText(searchKey(subscriber)));
    q.addBindValue(Timestamps::toDb(Clock::currentUtc()));
    q.addBindValue(subscriber.id);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    if (e164 != current.value().phone) {
        // Consent is given for a number: a new number has only the consent its own history shows.
        // (Changing back, e.g. by undo, finds the old number's consent again.)
        if (Status adopted = adoptRecordedConsent(subscriber.id, e164); !adopted)
            return adopted;
    }
    if (Status tagged = writeTags(subscriber.id, subscriber.tags); !tagged)
        return tagged;
    if (Status refreshed = refreshStatus(e164); !refreshed)
        return refreshed;
    return tx.commit();
}

Status AddressBook::remove(const QVector<qint64>& ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM subscriber WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(SqlError::describe(q.lastError()));
    }
    return tx.commit();
}

Status AddressBook::restore(const QVector<Subscriber>& subscribers)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    for (const Subscriber& s : subscribers) {
        Result<std::optional<Subscriber>> existing = findByPhone(s.phone);
        if (!existing)
            return Status::failure(existing.error());
        if (existing.value())
            return Status::failure(tr("%1 has been added again in the meantime; delete that entry first.")
                                       .arg(PhoneNumbers::formatInternational(s.phone)));
        if (Result<qint64> inserted = insertRow(s, true); !inserted)
            return Status::failure(inserted.error());
        // The history is the truth: a consent recorded while the person was away counts.
        if (Status adopted = adoptRecordedConsent(s.id, s.phone); !adopted)
            return adopted;
        if (Status tagged = writeTags(s.id, s.tags); !tagged)
            return tagged;
        if (Status refreshed = refreshStatus(s.phone); !refreshed)
            return refreshed;
    }
    return tx.commit();
}

Result<QVector<Subscriber>> AddressBook::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QVector<Subscriber>>;
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    q.prepare(QStringLiteral("SELECT %1 FROM subscriber s WHERE %2")
                  .arg(SubscriberQuery::columns(SqlDialect(m_db)), where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(SqlError::describe(q.lastError()));
    QVector<Subscriber> found;
    while (q.next())
        found.append(SubscriberQuery::read(q));
    return found;
}

Result<Subscriber> AddressBook::get(qint64 id) const
{
    Result<QVector<Subscriber>> found = select(QStringLiteral("s.id = ?"), {id});
    if (!found)
        return Result<Subscriber>::failure(found.error());
    if (found.value().isEmpty())
        return Result<Subscriber>::failure(tr("This person is no longer in the address book."));
    return found.value().constFirst();
}

Result<QVector<Subscriber>> AddressBook::get(const QVector<qint64>& ids) const
{
    QVector<Subscriber> all;
    for (qint64 id : ids) {
        Result<Subscriber> one = get(id);
        if (!one)
            return Result<QVector<Subscriber>>::failure(one.error());
        all.append(one.takeValue());
    }
    return all;
}

Result<std::optional<Subscriber>> AddressBook::findByPhone(const QString& number) const
{
    using R = Result<std::optional<Subscriber>>;
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    Result<QVector<Subscriber>> found = select(QStringLiteral("s.phone = ?"), {parsed.value().e164});
    if (!found)
        return R::failure(found.error());
    if (found.value().isEmpty())
        return R(std::nullopt);
    return R(found.value().constFirst());
}

Result<QStringList> AddressBook::recordConsent(const QString& number, const ConsentRecord& consent,
                                               ConsentEvent::Channel channel)
{
    using R = Result<QStringList>;
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    if (consent.source.trimmed().isEmpty())
        return R::failure(tr("Say where the consent was given (for example “paper form at the till”)."));
    if (consent.evidence.trimmed().isEmpty())
        return R::failure(tr("Say what proves the consent (for example “signed form no. 12, kept in the "
                             "folder”)."));
    const QDateTime now = Clock::currentUtc();
    if (consent.at.isValid() && consent.at > now.addSecs(60))
        return R::failure(tr("The consent date lies in the future."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QString e164 = parsed.value().e164;
    Result<std::optional<Subscriber>> person = findByPhone(e164);
    if (!person)
        return R::failure(person.error());
    if (!person.value())
        return R::failure(
            tr("%1 is not in the address book. Add the person first.").arg(parsed.value().international));

    ConsentEvent event;
    event.phone = e164;
    event.kind = ConsentEvent::Kind::OptIn;
    event.at = consent.at.isValid() ? consent.at.toUTC() : now;
    event.channel = channel;
    event.source = consent.source.trimmed();
    event.evidence = consent.evidence.trimmed();
    if (Status appended = appendEvent(event); !appended)
        return R::failure(appended.error());

    // The person's consent is the most recent one given; an older form entered late does not replace it.
    // A confirmation (double opt-in) proves the consent there is; it is no new consent with a source.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE subscriber SET consent_at = ?, consent_source = ?, updated_at = ? "
                             "WHERE phone = ? AND (consent_at IS NULL OR (consent_at <= ? AND ? = 1))"));
    q.addBindValue(Timestamps::toDb(event.at));
    q.addBindValue(sqlText(event.source));
    q.addBindValue(Timestamps::toDb(now));
    q.addBindValue(sqlText(e164));
    q.addBindValue(Timestamps::toDb(event.at));
    q.addBindValue(channel == ConsentEvent::Channel::Confirmation ? 0 : 1);
    if (!q.exec())
        return R::failure(SqlError::describe(q.lastError()));

    QStringList notices;
    Result<Suppression> current = readSuppression(e164);
    if (!current)
        return R::failure(current.error());
    Suppression suppression = current.value();
    if (suppression.optedOut()) {
        if (event.at <= suppression.optedOutAt) {
            // A consent given before the opt-out is proof of the past, not a new wish (rule 4).
            notices.append(tr("%1 unsubscribed on %2, after this consent was given, and stays unsubscribed.")
                               .arg(parsed.value().international,
                                    QLocale().toString(suppression.optedOutAt.toLocalTime().date(),
                                                       QLocale::ShortFormat)));
        } else if (consentEndsOptOut(channel)) {
            suppression.optedOutAt = {};
            suppression.optOutReason.clear();
            if (Status written = writeSuppression(suppression); !written)
                return R::failure(written.error());
        } else {
            notices.append(stillUnsubscribed(channel).arg(parsed.value().international));
        }
    }
    if (suppression.excluded())
        notices.append(
            tr("%1 stays excluded until you lift the exclusion.").arg(parsed.value().international));
    if (Status refreshed = refreshStatus(e164); !refreshed)
        return R::failure(refreshed.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return notices;
}

Result<bool> AddressBook::changeSuppression(const QString& number, ConsentEvent event,
                                            const std::function<bool(Suppression&, const QDateTime&)>& apply)
{
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return Result<bool>::failure(parsed.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<bool>::failure(tx.error());
    Result<Suppression> current = readSuppression(parsed.value().e164);
    if (!current)
        return Result<bool>::failure(current.error());
    Suppression suppression = current.value();
    event.phone = parsed.value().e164;
    if (!event.at.isValid())
        event.at = Clock::currentUtc();
    if (!apply(suppression, event.at))
        return false;
    if (Status appended = appendEvent(event); !appended)
        return Result<bool>::failure(appended.error());
    if (Status written = writeSuppression(suppression); !written)
        return Result<bool>::failure(written.error());
    if (Status refreshed = refreshStatus(event.phone); !refreshed)
        return Result<bool>::failure(refreshed.error());
    if (Status committed = tx.commit(); !committed)
        return Result<bool>::failure(committed.error());
    return true;
}

Result<bool> AddressBook::unsubscribe(const QString& number, OptOutReason reason, const QString& reasonText,
                                      ConsentEvent::Channel channel)
{
    if (reason == OptOutReason::Other && reasonText.trimmed().isEmpty())
        return Result<bool>::failure(tr("Describe the reason in a few words when it is “Other”."));
    ConsentEvent event;
    event.channel = channel;
    event.reasonCode = OptOutReasons::code(reason);
    event.reasonText = reasonText.trimmed();
    return recordOptOut(number, event);
}

Result<bool> AddressBook::recordOptOut(const QString& number, ConsentEvent event)
{
    event.kind = ConsentEvent::Kind::OptOut;
    return changeSuppression(number, event, [&](Suppression& s, const QDateTime& at) {
        if (s.optedOut())
            return false;
        s.optedOutAt = at;
        s.optOutReason = event.reasonCode;
        return true;
    });
}

Result<bool> AddressBook::exclude(const QString& number, const QString& note, ConsentEvent::Channel channel,
                                  const QString& source)
{
    ConsentEvent event;
    event.kind = ConsentEvent::Kind::Exclude;
    event.channel = channel;
    event.source = source.trimmed();
    event.reasonText = note.trimmed();
    return changeSuppression(number, event, [&](Suppression& s, const QDateTime& at) {
        if (s.excluded())
            return false;
        s.excludedAt = at;
        s.excludeNote = event.reasonText;
        return true;
    });
}

Result<bool> AddressBook::unexclude(const QString& number, const QString& note)
{
    ConsentEvent event;
    event.kind = ConsentEvent::Kind::Unexclude;
    event.reasonText = note.trimmed();
    return changeSuppression(number, event, [](Suppression& s, const QDateTime&) {
        if (!s.excluded())
            return false;
        s.excludedAt = {};
        s.excludeNote.clear();
        return true;
    });
}

Result<bool> AddressBook::setOptOutReason(const QString& number, OptOutReason reason)
{
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return Result<bool>::failure(parsed.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE suppression SET opt_out_reason = ? WHERE phone = ? AND opted_out_at IS NOT NULL"));
    q.addBindValue(OptOutReasons::code(reason));
    q.addBindValue(sqlText(parsed.value().e164));
    if (!q.exec())
        return Result<bool>::failure(SqlError::describe(q.lastError()));
    return q.numRowsAffected() > 0;
}

Result<QVector<ConsentEvent>> AddressBook::history(const QString& number) const
{
    using R = Result<QVector<ConsentEvent>>;
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    q.prepare(
        QStringLiteral("SELECT id, phone, kind, at, recorded_at, channel, source, evidence, reason_code, "
                       "reason_text, campaign_id, actor FROM consent_event WHERE phone = ? ORDER BY id"));
    q.addBindValue(sqlText(parsed.value().e164));
    if (!q.exec())
        return R::failure(SqlError::describe(q.lastError()));
    QVector<ConsentEvent> events;
    while (q.next()) {
        ConsentEvent e;
        e.id = q.value(0).toLongLong();
        e.phone = q.value(1).toString();
        ConsentEvent::kindFromCode(q.value(2).toString(), &e.kind);
        e.at = Timestamps::fromDb(q.value(3));
        e.recordedAt = Timestamps::fromDb(q.value(4));
        ConsentEvent::channelFromCode(q.value(5).toString(), &e.channel);
        e.source = q.value(6).toString();
        e.evidence = q.value(7).toString();
        e.reasonCode = q.value(8).toString();
        e.reasonText = q.value(9).toString();
        e.campaignId = q.value(10).toLongLong();
        e.actor = q.value(11).toString();
        events.append(e);
    }
    return events;
}

Result<Suppression> AddressBook::suppression(const QString& number) const
{
    Result<ParsedNumber> parsed = normalize(number);
    if (!parsed)
        return Result<Suppression>::failure(parsed.error());
    return readSuppression(parsed.value().e164);
}

Status AddressBook::appendEvent(const ConsentEvent& event)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO consent_event (phone, kind, at, recorded_at, channel, source, evidence, "
        "reason_code, reason_text, campaign_id, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlText(event.phone));
    q.addBindValue(sqlText(ConsentEvent::kindCode(event.kind)));
    q.addBindValue(Timestamps::toDb(event.at));
    q.addBindValue(Timestamps::toDb(Clock::currentUtc()));
    q.addBindValue(sqlText(ConsentEvent::channelCode(event.channel)));
    q.addBindValue(sqlText(event.source));
    q.addBindValue(sqlText(event.evidence));
    q.addBindValue(sqlText(event.reasonCode));
    q.addBindValue(sqlText(event.reasonText));
    q.addBindValue(event.campaignId > 0 ? QVariant(event.campaignId)
                                        : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlText(event.actor.isEmpty() ? m_actor : event.actor));
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Result<Suppression> AddressBook::readSuppression(const QString& e164) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT opted_out_at, opt_out_reason, excluded_at, exclude_note FROM suppression "
                       "WHERE phone = ?"));
    q.addBindValue(sqlText(e164));
    if (!q.exec())
        return Result<Suppression>::failure(SqlError::describe(q.lastError()));
    Suppression s;
    s.phone = e164;
    if (q.next()) {
        s.optedOutAt = Timestamps::fromDb(q.value(0));
        s.optOutReason = q.value(1).toString();
        s.excludedAt = Timestamps::fromDb(q.value(2));
        s.excludeNote = q.value(3).toString();
    }
    return s;
}

Status AddressBook::writeSuppression(const Suppression& s)
{
    QSqlQuery q(m_db);
    // A claim of a message to this number in progress at another desk finishes first (Outbox::claim).
    if (const QString lock = SqlDialect(m_db).lockNumber(); !lock.isEmpty() && !execBound(q, lock, {s.phone}))
        return Status::failure(SqlError::describe(q.lastError()));
    q.prepare(QStringLiteral(
        "INSERT INTO suppression (phone, opted_out_at, opt_out_reason, excluded_at, exclude_note) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(phone) DO UPDATE SET opted_out_at = excluded.opted_out_at, "
        "opt_out_reason = excluded.opt_out_reason, excluded_at = excluded.excluded_at, "
        "exclude_note = excluded.exclude_note"));
    q.addBindValue(sqlText(s.phone));
    q.addBindValue(Timestamps::toDb(s.optedOutAt));
    q.addBindValue(sqlText(s.optOutReason));
    q.addBindValue(Timestamps::toDb(s.excludedAt));
    q.addBindValue(sqlText(s.excludeNote));
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status AddressBook::refreshStatus(const QString& e164)
{
    Result<Suppression> suppression = readSuppression(e164);
    if (!suppression)
        return Status::failure(suppression.error());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT consent_at IS NOT NULL, %1 FROM subscriber WHERE phone = ?")
                       .arg(DoubleOptIn::confirmedSql(QStringLiteral("subscriber.phone"))),
                   {sqlText(e164)}))
        return Status::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return {}; // a number that is not in the book has no row to update
    const bool hasConsent = q.value(0).toBool();
    const bool awaiting =
        hasConsent && !q.value(1).toBool() && RulePacks(m_db).forNumber(e164, m_region).requiresConfirmation;
    const SubscriberStatus status = SubscriberStatuses::derive(
        suppression.value().excluded(), suppression.value().optedOut(), hasConsent, awaiting);
    q.prepare(QStringLiteral("UPDATE subscriber SET status = ? WHERE phone = ?"));
    q.addBindValue(static_cast<int>(status));
    q.addBindValue(sqlText(e164));
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status AddressBook::adoptRecordedConsent(qint64 subscriberId, const QString& e164)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE subscriber SET consent_at = (SELECT at FROM consent_event WHERE phone = ? AND "
                       "kind = 'opt_in' "
                       "ORDER BY at DESC, id DESC LIMIT 1), consent_source = COALESCE((SELECT source FROM "
                       "consent_event WHERE "
                       "phone = ? AND kind = 'opt_in' ORDER BY at DESC, id DESC LIMIT 1), '') WHERE id = ?"));
    q.addBindValue(e164);
    q.addBindValue(e164);
    q.addBindValue(subscriberId);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status AddressBook::writeTags(qint64 subscriberId, const QStringList& tags)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM subscriber_tag WHERE subscriber_id = ?"));
    q.addBindValue(subscriberId);
    if (!q.exec())
        return Status::failure(SqlError::describe(q.lastError()));
    for (const QString& tag : cleanTags(tags)) {
        q.prepare(QStringLiteral("INSERT INTO tag (name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        q.addBindValue(sqlText(tag));
        if (!q.exec())
            return Status::failure(SqlError::describe(q.lastError()));
        q.prepare(QStringLiteral("INSERT INTO subscriber_tag (subscriber_id, tag_id) "
                                 "SELECT ?, id FROM tag WHERE name = ? ON CONFLICT DO NOTHING"));
        q.addBindValue(subscriberId);
        q.addBindValue(sqlText(tag));
        if (!q.exec())
            return Status::failure(SqlError::describe(q.lastError()));
    }
    return {};
}

} // namespace textwell
