#include "dashboardloader.h"

#include "analytics/analytics.h"
#include "contacts/phonenumbers.h"
#include "segments/segmentstore.h"

using namespace textwell;

DashboardLoader::DashboardLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_latest(std::move(latest))
{}

DashboardLoader::~DashboardLoader() = default;

Result<AnalyticsScope> DashboardLoader::scopeOf(const DashboardRequest& request)
{
    AnalyticsScope scope;
    scope.first = request.first;
    scope.last = request.last;
    scope.firstDayOfWeek = request.firstDayOfWeek;
    if (request.segmentId == 0)
        return scope;
    Result<CompiledSegment> compiled = SegmentStore(m_db.database()).compile(request.segmentId);
    if (!compiled)
        return Result<AnalyticsScope>::failure(compiled.error());
    scope.segment = compiled.takeValue();
    return scope;
}

void DashboardLoader::load(quint64 generation, const DashboardRequest& request)
{
    if (stale(generation))
        return;
    DashboardReply reply;
    reply.generation = generation;
    if (Status opened = m_db.open(); !opened) {
        reply.error = opened.error();
        Q_EMIT loaded(reply);
        return;
    }
    Result<AnalyticsScope> scope = scopeOf(request);
    if (!scope) {
        reply.error = scope.error();
        Q_EMIT loaded(reply);
        return;
    }
    const Granularity granularity =
        request.granularity.value_or(Period::suggested(request.first, request.last));
    Result<DashboardFigures> figures = Analytics(m_db.database())
                                           .dashboard(scope.value(), granularity, request.today,
                                                      request.cancel ? request.cancel.get() : nullptr);
    // A cancelled run fails half-way: a newer request is on its way, with its own answer.
    if (stale(generation) || (request.cancel && request.cancel->load()))
        return;
    if (!figures) {
        reply.error = figures.error();
        Q_EMIT loaded(reply);
        return;
    }
    reply.figures = figures.takeValue();
    reply.settings = DashboardSettings::load(m_db.database());
    Q_EMIT loaded(reply);
}

void DashboardLoader::loadOptOuts(quint64 request, const OptOutFilter& filter, int limit)
{
    OptOutListReply reply;
    reply.request = request;
    if (Status opened = m_db.open(); !opened) {
        reply.error = opened.error();
        Q_EMIT optOutsLoaded(reply);
        return;
    }
    const OptOutLog log(m_db.database(), filter);
    Result<qint64> total = log.count();
    if (!total) {
        reply.error = total.error();
        Q_EMIT optOutsLoaded(reply);
        return;
    }
    Result<QVector<OptOutEntry>> newest = log.newest(limit);
    if (!newest) {
        reply.error = newest.error();
        Q_EMIT optOutsLoaded(reply);
        return;
    }
    reply.total = total.value();
    reply.rows.reserve(newest.value().size());
    for (const OptOutEntry& entry : newest.value())
        reply.rows.append({entry, PhoneNumbers::formatInternational(entry.phone)});
    Q_EMIT optOutsLoaded(reply);
}
