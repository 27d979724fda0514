#include "replyfetcher.h"

#include "inbox.h"
#include "storage/businesssettings.h"
#include "storage/timestamps.h"
#include "util/clock.h"

namespace textwell {

namespace {
const QString FetchedUntilKey = QStringLiteral("reply_fetched_until");
}

ReplyFetcher::ReplyFetcher(QSqlDatabase db, Gateway* gateway) : m_db(std::move(db)), m_gateway(gateway) {}

Result<ReplyFetcher::Fetched> ReplyFetcher::fetch()
{
    using R = Result<Fetched>;
    if (!m_gateway->canFetchReplies())
        return Fetched{};
    BusinessSettings settings(m_db);
    const QDateTime now = Clock::currentUtc();
    const QDateTime last =
        QDateTime::fromString(settings.stored(FetchedUntilKey).value_or(QString()), Qt::ISODate);
    const QDateTime since = last.isValid() ? last.addSecs(-OverlapSeconds) : now.addDays(-FirstFetchDays);
    Result<QVector<IncomingReply>> replies = m_gateway->fetchReplies(since);
    if (!replies)
        return R::failure(replies.error());
    Inbox inbox(m_db, settings.value(BusinessSettings::Key::DefaultCountry), QStringLiteral("sms"));
    Fetched fetched;
    for (const IncomingReply& reply : replies.value()) {
        Result<ReceivedReply> stored = inbox.receive(reply);
        if (!stored)
            return R::failure(stored.error()); // the next fetch takes it again: nothing is lost
        if (!stored.value().duplicate)
            ++fetched.received;
        fetched.answers = fetched.answers || stored.value().answerId > 0;
    }
    if (Status saved = settings.store(FetchedUntilKey, now.toString(Qt::ISODate)); !saved)
        return R::failure(saved.error());
    return fetched;
}

} // namespace textwell
