#include "subscriberloader.h"

#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"

#include <cstdlib>

using namespace textwell;

namespace {
// Pages further than this from the wanted row are not worth reading any more.
constexpr int skipDistanceInPages = 6;
} // namespace

SubscriberLoader::SubscriberLoader(QString databasePath, std::shared_ptr<Shared> shared)
    : m_path(std::move(databasePath)), m_shared(std::move(shared))
{}

SubscriberLoader::~SubscriberLoader() = default;

QVector<SubscriberRow> SubscriberLoader::toRows(const QVector<Subscriber>& people)
{
    QVector<SubscriberRow> rows;
    rows.reserve(people.size());
    for (const Subscriber& person : people)
        rows.append({person, PhoneNumbers::formatInternational(person.phone)});
    return rows;
}

bool SubscriberLoader::ensureOpen(quint64 generation)
{
    if (m_connection)
        return true;
    auto opened = Connection::open(m_path, Connection::Mode::MustExist);
    if (!opened) {
        Q_EMIT failed(generation, opened.error());
        return false;
    }
    m_connection = opened.takeValue();
    return true;
}

void SubscriberLoader::loadCount(quint64 generation, const SubscriberFilter& filter, int pageSize, int page)
{
    if (stale(generation) || !ensureOpen(generation))
        return;
    SubscriberQuery query(m_connection->database(), filter);
    Result<qint64> total = query.count();
    if (!total) {
        Q_EMIT failed(generation, total.error());
        return;
    }
    if (stale(generation))
        return;
    const int lastPage = total.value() == 0 ? 0 : static_cast<int>((total.value() - 1) / pageSize);
    page = qBound(0, page, lastPage);
    Result<QVector<Subscriber>> rows = query.page(static_cast<qint64>(page) * pageSize, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT countLoaded(generation, total.value(), page, toRows(rows.value()));
}

void SubscriberLoader::loadPage(quint64 generation, const SubscriberFilter& filter, int pageSize, int page)
{
    if (stale(generation))
        return;
    const qint64 wantedPage = m_shared->wantedRow.load() / pageSize;
    if (std::llabs(wantedPage - page) > skipDistanceInPages) {
        Q_EMIT pageSkipped(generation, page);
        return;
    }
    if (!ensureOpen(generation))
        return;
    Result<QVector<Subscriber>> rows = SubscriberQuery(m_connection->database(), filter)
                                           .page(static_cast<qint64>(page) * pageSize, pageSize);
    if (!rows) {
        Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT pageLoaded(generation, page, toRows(rows.value()));
}
