#include "campaignmessageloader.h"

#include "campaigns/campaignstore.h"
#include "contacts/phonenumbers.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"

#include <QSqlQuery>

#include <limits>

using namespace textwell;

CampaignMessageLoader::CampaignMessageLoader(QString databasePath,
                                             std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_latest(std::move(latest))
{}

CampaignMessageLoader::~CampaignMessageLoader() = default;

QString CampaignMessageLoader::readBounds(qint64 campaignId, Bounds* bounds)
{
    // An index-only walk of this campaign's entries, once per campaign shown.
    QSqlQuery q(m_db.database());
    if (!execBound(q, QStringLiteral("SELECT MIN(id), MAX(id) FROM message WHERE campaign_id = ?"),
                   {campaignId}) ||
        !q.next())
        return SqlError::describe(q.lastError());
    *bounds = Bounds();
    if (!q.value(0).isNull()) {
        bounds->first = q.value(0).toLongLong();
        bounds->last = q.value(1).toLongLong();
    }
    m_bounds.insert(campaignId, *bounds);
    return {};
}

QString CampaignMessageLoader::select(qint64 campaignId, const QStringList& states, qint64 afterId,
                                      qint64 lastId, int limit, QVector<MessageRow>* rows)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM message m WHERE +m.campaign_id = ? AND m.id > ? AND m.id <= ?")
            .arg(CampaignStore::messageColumns());
    QVariantList values{campaignId, afterId, lastId};
    if (!states.isEmpty()) {
        QStringList marks;
        for (const QString& state : states) {
            marks.append(QStringLiteral("?"));
            values.append(state);
        }
        sql += QStringLiteral(" AND m.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    // The unary + keeps the planner on the id range (the rowid) rather than sorting the campaign.
    sql += QStringLiteral(" ORDER BY m.id LIMIT ?");
    values.append(limit);
    QSqlQuery q(m_db.database());
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q, sql, values))
        return SqlError::describe(q.lastError());
    while (q.next()) {
        MessageRow row;
        row.message = CampaignStore::readMessage(q);
        row.phoneText = PhoneNumbers::formatInternational(row.message.phone);
        rows->append(row);
    }
    return {};
}

void CampaignMessageLoader::loadPage(quint64 generation, qint64 campaignId, const QStringList& states,
                                     qint64 afterId, int limit)
{
    if (stale(generation))
        return;
    MessagePage page;
    page.generation = generation;
    auto finish = [&] { Q_EMIT loaded(page); };
    if (Status opened = m_db.open(); !opened) {
        page.error = opened.error();
        return finish();
    }
    Bounds bounds;
    const bool known = m_bounds.contains(campaignId) && afterId > 0;
    if (known)
        bounds = m_bounds.value(campaignId);
    else if (QString error = readBounds(campaignId, &bounds); !error.isEmpty()) {
        page.error = error;
        return finish();
    }
    qint64 after = qMax(afterId, bounds.first - 1);
    if (bounds.last >= bounds.first) {
        if (QString error = select(campaignId, states, after, bounds.last, limit, &page.rows);
            !error.isEmpty()) {
            page.error = error;
            return finish();
        }
    }
    if (page.rows.size() < limit && known) {
        // The end, as far as we knew: a draft may have started since, so look once more.
        const qint64 oldLast = bounds.last;
        if (QString error = readBounds(campaignId, &bounds); !error.isEmpty()) {
            page.error = error;
            return finish();
        }
        if (bounds.last > oldLast) {
            after = page.rows.isEmpty() ? qMax(after, oldLast) : page.rows.constLast().message.id;
            after = qMax(after, bounds.first - 1);
            QVector<MessageRow> more;
            if (QString error =
                    select(campaignId, states, after, bounds.last, limit - int(page.rows.size()), &more);
                !error.isEmpty()) {
                page.error = error;
                return finish();
            }
            page.rows += more;
        }
    }
    page.atEnd = page.rows.size() < limit;
    finish();
}

void CampaignMessageLoader::reread(quint64 generation, qint64 campaignId, const QStringList& states,
                                   qint64 fromId, qint64 toId)
{
    if (stale(generation))
        return;
    MessagePage page;
    page.generation = generation;
    page.reread = true;
    page.fromId = fromId;
    page.toId = toId;
    if (Status opened = m_db.open(); !opened)
        page.error = opened.error();
    else
        page.error =
            select(campaignId, states, fromId - 1, toId, std::numeric_limits<int>::max(), &page.rows);
    if (!stale(generation))
        Q_EMIT loaded(page);
}
