#include "optoutrequests.h"

#include "compliance/rulepacks.h"
#include "contacts/addressbook.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"
#include "util/businessdays.h"
#include "util/clock.h"

#include <QLocale>
#include <QSqlQuery>

namespace textwell {

namespace {

const QString Columns = QStringLiteral(
    "id, received_at, channel, contact, phone, note, due_at, entered_at, outcome, recorded_at, actor");

OptOutRequest readRequest(const QSqlQuery& q)
{
    OptOutRequest r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = Timestamps::fromDb(q.value(1));
    r.channel = q.value(2).toString();
    r.contact = q.value(3).toString();
    r.phone = q.value(4).toString();
    r.note = q.value(5).toString();
    r.dueAt = Timestamps::fromDb(q.value(6));
    r.enteredAt = Timestamps::fromDb(q.value(7));
    r.outcome = q.value(8).toString();
    r.recordedAt = Timestamps::fromDb(q.value(9));
    r.actor = q.value(10).toString();
    return r;
}

// A clock a minute or two ahead of another desk's is no reason to refuse a request.
constexpr qint64 FutureSlackSeconds = 5 * 60;

} // namespace

QStringList OptOutRequests::channels()
{
    return {Phone, Email, Letter, InPerson};
}

QString OptOutRequests::channelLabel(const QString& code)
{
    if (code == Phone)
        return tr("By phone");
    if (code == Email)
        return tr("By e-mail");
    if (code == Letter)
        return tr("By letter");
    if (code == InPerson)
        return tr("In person");
    return code;
}

QString OptOutRequests::askedText(const QString& channel, const QDateTime& receivedUtc)
{
    // The history is read later, in any language: the date is written the same short way in all.
    const QString day = QLocale::c().toString(receivedUtc.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
    if (channel == Phone)
        return tr("Asked by phone on %1").arg(day);
    if (channel == Email)
        return tr("Asked by e-mail on %1").arg(day);
    if (channel == Letter)
        return tr("Asked by letter on %1").arg(day);
    return tr("Asked in person on %1").arg(day);
}

OptOutRequests::OptOutRequests(QSqlDatabase db, QString defaultRegion, QString actor)
    : m_db(std::move(db)), m_region(std::move(defaultRegion)), m_actor(std::move(actor))
{}

Result<OptOutRequest> OptOutRequests::record(const QDateTime& receivedAtUtc, const QString& channel,
                                             const QString& contact, const QString& note)
{
    using R = Result<OptOutRequest>;
    const QDateTime now = Clock::currentUtc();
    if (!receivedAtUtc.isValid())
        return R::failure(tr("Say when the request was received."));
    if (receivedAtUtc.toUTC() > now.addSecs(FutureSlackSeconds))
        return R::failure(tr("The request cannot have been received in the future (%1).")
                              .arg(QLocale().toString(receivedAtUtc.toLocalTime(), QLocale::ShortFormat)));
    if (!channels().contains(channel))
        return R::failure(tr("\"%1\" is not a way a request comes; use one of: %2.")
                              .arg(channel, channels().join(QStringLiteral(", "))));
    const QString who = contact.simplified();
    if (who.isEmpty())
        return R::failure(tr("Say who asked: a phone number, an e-mail address or a name."));

    OptOutRequest request;
    request.receivedAt = receivedAtUtc.toUTC();
    request.channel = channel;
    request.contact = who;
    request.note = note.trimmed();
    request.recordedAt = now;
    request.actor = m_actor;
    // The deadline of the number's country when the contact is a number; else the basic one,
    // which is never later than a country's (every pack lists its own).
    const RulePacks packs(m_db);
    const Result<ParsedNumber> number = AddressBook(m_db, m_region, m_actor).normalize(who);
    const RulePack& pack =
        number ? packs.forNumber(number.value().e164, m_region) : packs.byId(RulePacks::BasicId);
    request.dueAt = BusinessDays::deadline(request.receivedAt, pack.manualOptOutBusinessDays);

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("INSERT INTO opt_out_request (received_at, channel, contact, note, due_at, "
                                  "recorded_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {Timestamps::toDb(request.receivedAt), request.channel, request.contact,
                    sqlText(request.note), Timestamps::toDb(request.dueAt),
                    Timestamps::toDb(request.recordedAt), sqlText(request.actor)}))
        return R::failure(SqlError::describe(q.lastError()));
    request.id = q.lastInsertId().toLongLong();
    if (number) {
        if (Status done = optOut(request, number.value().e164); !done)
            return R::failure(done.error());
    }
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return get(request.id);
}

Result<OptOutRequest> OptOutRequests::enter(qint64 id, const QString& number)
{
    using R = Result<OptOutRequest>;
    const Result<ParsedNumber> parsed = AddressBook(m_db, m_region, m_actor).normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    Result<OptOutRequest> request = get(id);
    if (!request)
        return request;
    if (!request.value().isOpen())
        return R::failure(tr("The request from %1 was already closed.").arg(request.value().contact));
    if (Status done = optOut(request.value(), parsed.value().e164); !done)
        return R::failure(done.error());
    if (Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return get(id);
}

Status OptOutRequests::optOut(const OptOutRequest& request, const QString& e164)
{
    ConsentEvent event;
    event.channel = ConsentEvent::Channel::Manual;
    event.at = request.receivedAt; // the opt-out counts from when it was asked for, not entered
    event.source = channelLabel(request.channel);
    event.reasonText = askedText(request.channel, request.receivedAt);
    if (!request.note.isEmpty())
        event.reasonText += QStringLiteral(": ") + request.note;
    // Already unsubscribed is fine: what was asked for holds.
    if (Result<bool> optedOut = AddressBook(m_db, m_region, m_actor).recordOptOut(e164, event); !optedOut)
        return Status::failure(optedOut.error());
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("UPDATE opt_out_request SET phone = ?, entered_at = ?, outcome = '' WHERE id = ?"),
            {e164, Timestamps::toDb(Clock::currentUtc()), request.id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return {};
}

Status OptOutRequests::close(qint64 id, const QString& outcome)
{
    const QString why = outcome.simplified();
    if (why.isEmpty())
        return Status::failure(
            tr("Say why the request is closed without an opt-out, e.g. \"no such customer\"."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    Result<OptOutRequest> request = get(id);
    if (!request)
        return Status::failure(request.error());
    if (!request.value().isOpen())
        return Status::failure(tr("The request from %1 was already closed.").arg(request.value().contact));
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("UPDATE opt_out_request SET entered_at = ?, outcome = ? WHERE id = ?"),
                   {Timestamps::toDb(Clock::currentUtc()), why, id}))
        return Status::failure(SqlError::describe(q.lastError()));
    return tx.commit();
}

Result<OptOutRequest> OptOutRequests::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT %1 FROM opt_out_request WHERE id = ?").arg(Columns), {id}))
        return Result<OptOutRequest>::failure(SqlError::describe(q.lastError()));
    if (!q.next())
        return Result<OptOutRequest>::failure(tr("There is no opt-out request %1.").arg(id));
    return readRequest(q);
}

Result<QVector<OptOutRequest>> OptOutRequests::open(int limit) const
{
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT %1 FROM opt_out_request WHERE entered_at IS NULL ORDER BY due_at, id "
                           "LIMIT ?")
                .arg(Columns),
            {limit}))
        return Result<QVector<OptOutRequest>>::failure(SqlError::describe(q.lastError()));
    QVector<OptOutRequest> requests;
    while (q.next())
        requests.append(readRequest(q));
    return requests;
}

Result<int> OptOutRequests::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM opt_out_request WHERE entered_at IS NULL")) || !q.next())
        return Result<int>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toInt();
}

Result<int> OptOutRequests::overdueCount(const QDateTime& nowUtc) const
{
    QSqlQuery q(m_db);
    if (!execBound(
            q, QStringLiteral("SELECT COUNT(*) FROM opt_out_request WHERE entered_at IS NULL AND due_at < ?"),
            {Timestamps::toDb(nowUtc)}) ||
        !q.next())
        return Result<int>::failure(SqlError::describe(q.lastError()));
    return q.value(0).toInt();
}

} // namespace textwell
