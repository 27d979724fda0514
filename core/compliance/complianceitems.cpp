#include "complianceitems.h"

#include "compliance/optoutrequests.h"
#include "compliance/rulepacks.h"
#include "contacts/subscriberstatus.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"
#include "storage/timestamps.h"
#include "util/businessdays.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace textwell {

namespace {

QString personName(const QVariant& first, const QVariant& last)
{
    return QStringList{first.toString(), last.toString()}.join(QLatin1Char(' ')).simplified();
}

} // namespace

QString ComplianceItem::who() const
{
    if (!name.isEmpty())
        return name;
    return phone.isEmpty() ? contact : phone;
}

QString ComplianceItem::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::OptOutRequest:
        return ComplianceItems::tr("Opt-out request");
    case Kind::Review:
        return ComplianceItems::tr("Reply to review");
    case Kind::AwaitingConfirmation:
        return ComplianceItems::tr("Awaiting confirmation");
    }
    return {};
}

ComplianceItems::ComplianceItems(QSqlDatabase db, QString defaultRegion)
    : m_db(std::move(db)), m_region(std::move(defaultRegion))
{}

Result<ComplianceItems::Snapshot> ComplianceItems::load(const QDateTime& nowUtc, int limit) const
{
    Snapshot snapshot;
    for (auto step : {&ComplianceItems::loadRequests, &ComplianceItems::loadReviews}) {
        if (Status loaded = (this->*step)(snapshot, nowUtc, limit); !loaded)
            return Result<Snapshot>::failure(loaded.error());
    }
    // Deadlines first, the nearest (the overdue) on top; then the people waiting, longest first.
    std::stable_sort(snapshot.items.begin(), snapshot.items.end(),
                     [](const ComplianceItem& a, const ComplianceItem& b) { return a.due < b.due; });
    if (Status loaded = loadAwaiting(snapshot, nowUtc, limit); !loaded)
        return Result<Snapshot>::failure(loaded.error());
    // Everyone awaiting confirmation can be asked at once, not only those waiting too long.
    QSqlQuery q(m_db);
    if (!execBound(q,
                   QStringLiteral("SELECT COUNT(*) FROM subscriber s WHERE s.status = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM confirmation_request r WHERE r.phone = s.phone AND "
                                  "r.confirmed_at IS NULL)"),
                   {int(SubscriberStatus::AwaitingConfirmation)}) ||
        !q.next())
        return Result<Snapshot>::failure(SqlError::describe(q.lastError()));
    snapshot.neverAsked = q.value(0).toInt();
    return snapshot;
}

Status ComplianceItems::loadRequests(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const
{
    OptOutRequests requests(m_db, m_region, QString());
    Result<int> count = requests.openCount();
    Result<int> overdue = requests.overdueCount(nowUtc);
    Result<QVector<OptOutRequest>> open = requests.open(limit);
    for (const QString& error : {count.error(), overdue.error(), open.error()}) {
        if (!error.isEmpty())
            return Status::failure(error);
    }
    snapshot.openRequests = count.value();
    snapshot.overdue += overdue.value();
    for (const OptOutRequest& request : open.value()) {
        ComplianceItem item;
        item.kind = ComplianceItem::Kind::OptOutRequest;
        item.id = request.id;
        item.phone = request.phone;
        item.contact = request.contact;
        item.detail = OptOutRequests::channelLabel(request.channel);
        if (!request.note.isEmpty())
            item.detail += QStringLiteral(": ") + request.note;
        item.since = request.receivedAt;
        item.due = request.dueAt;
        item.daysLeft = BusinessDays::left(nowUtc, request.dueAt);
        snapshot.items.append(item);
    }
    return {};
}

Status ComplianceItems::loadReviews(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const
{
    // The partial index reply_in_review holds exactly these rows, by deadline.
    const QString open = QStringLiteral("kind = 'review' AND decided_at IS NULL");
    QSqlQuery q(m_db);
    if (!execBound(
            q,
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(review_due < ?), 0) FROM reply WHERE %1").arg(open),
            {Timestamps::toDb(nowUtc)}) ||
        !q.next())
        return Status::failure(SqlError::describe(q.lastError()));
    snapshot.reviews = q.value(0).toInt();
    snapshot.overdue += q.value(1).toInt();
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT r.id, r.phone, r.body, r.received_at, r.review_due, s.first_name, "
                           "s.last_name FROM reply r LEFT JOIN subscriber s ON s.phone = r.phone WHERE "
                           "r.kind = 'review' AND r.decided_at IS NULL ORDER BY r.review_due, r.id LIMIT ?"),
            {limit}))
        return Status::failure(SqlError::describe(q.lastError()));
    while (q.next()) {
        ComplianceItem item;
        item.kind = ComplianceItem::Kind::Review;
        item.id = q.value(0).toLongLong();
        item.phone = q.value(1).toString();
        item.contact = item.phone;
        item.detail = q.value(2).toString();
        item.since = Timestamps::fromDb(q.value(3));
        item.due = Timestamps::fromDb(q.value(4));
        item.daysLeft = BusinessDays::left(nowUtc, item.due);
        item.name = personName(q.value(5), q.value(6));
        snapshot.items.append(item);
    }
    return {};
}

Status ComplianceItems::loadAwaiting(Snapshot& snapshot, const QDateTime& nowUtc, int limit) const
{
    // SQL cannot tell a number's pack: it takes the people waiting longer than the shortest alert
    // of any pack (through the status index), and each is then held to their own pack's.
    const RulePacks packs(m_db);
    int shortest = std::numeric_limits<int>::max();
    bool allAlike = true;
    for (const RulePack& pack : packs.all()) {
        allAlike =
            allAlike && (shortest == std::numeric_limits<int>::max() || shortest == pack.awaitingAlertDays);
        shortest = std::min(shortest, pack.awaitingAlertDays);
    }
    const QVariant cutoff = Timestamps::toDb(nowUtc.addDays(-shortest));
    const QString since = QStringLiteral("COALESCE((SELECT c.requested_at FROM confirmation_request c WHERE "
                                         "c.phone = s.phone), s.consent_at)");
    const int awaiting = static_cast<int>(SubscriberStatus::AwaitingConfirmation);
    QSqlQuery q(m_db);
    if (!execBound(
            q, QStringLiteral("SELECT COUNT(*) FROM subscriber s WHERE s.status = ? AND %1 < ?").arg(since),
            {awaiting, cutoff}) ||
        !q.next())
        return Status::failure(SqlError::describe(q.lastError()));
    const int candidates = q.value(0).toInt();
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(
            q,
            QStringLiteral("SELECT s.id, s.phone, s.first_name, s.last_name, %1 AS since FROM subscriber s "
                           "WHERE s.status = ? AND %1 < ? ORDER BY since, s.id LIMIT ?")
                .arg(since),
            {awaiting, cutoff, limit}))
        return Status::failure(SqlError::describe(q.lastError()));
    int listed = 0;
    while (q.next()) {
        ComplianceItem item;
        item.kind = ComplianceItem::Kind::AwaitingConfirmation;
        item.id = q.value(0).toLongLong();
        item.phone = q.value(1).toString();
        item.contact = item.phone;
        item.name = personName(q.value(2), q.value(3));
        item.since = Timestamps::fromDb(q.value(4));
        const RulePack& pack = packs.forNumber(item.phone, m_region);
        if (item.since >= nowUtc.addDays(-pack.awaitingAlertDays))
            continue;
        snapshot.items.append(item);
        ++listed;
    }
    // Exact when every pack alerts alike or all were read; else the count of the shortest alert.
    snapshot.awaiting = allAlike || candidates <= limit ? (allAlike ? candidates : listed) : candidates;
    return {};
}

} // namespace textwell
