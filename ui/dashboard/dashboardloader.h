#pragma once

#include "analytics/dashboardfigures.h"
#include "analytics/dashboardsettings.h"
#include "analytics/optoutlog.h"
#include "storage/lazyconnection.h"

#include <QMetaType>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

// What the dashboard asks for: a span of days, how finely to group it, and whose figures.
struct DashboardRequest
{
    QDate first;
    QDate last;
    QDate today;
    std::optional<textwell::Granularity> granularity; // Period::suggested() when empty
    qint64 segmentId = 0;                             // 0: everyone
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    // Set when a newer request supersedes this one: the aggregation stops early.
    std::shared_ptr<std::atomic_bool> cancel;
};

struct DashboardReply
{
    quint64 generation = 0;
    QString error;
    textwell::DashboardFigures figures;
    textwell::DashboardSettings settings;
};
Q_DECLARE_METATYPE(DashboardReply)

// One line of a drill-down's list, with the number already formatted for people.
struct OptOutRow
{
    textwell::OptOutEntry entry;
    QString phoneText; // "+49 171 1234567"
};

struct OptOutListReply
{
    quint64 request = 0;
    QString error;
    qint64 total = 0;        // every opt-out the filter selects
    QVector<OptOutRow> rows; // the newest of them
};
Q_DECLARE_METATYPE(OptOutListReply)

// Computes the dashboard's figures, and reads the people behind one of them, on its own thread
// with its own connection: every figure is an aggregation that grows with the outbox and the
// consent history. A request older than the latest when its turn comes is dropped, and one
// superseded while it runs is cancelled.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    DashboardLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~DashboardLoader() override;

public Q_SLOTS:
    void load(quint64 generation, const DashboardRequest& request);
    // The newest `limit` opt-outs the filter selects, and how many it selects in all.
    void loadOptOuts(quint64 request, const textwell::OptOutFilter& filter, int limit);

Q_SIGNALS:
    void loaded(const DashboardReply& reply);
    void optOutsLoaded(const OptOutListReply& reply);

private:
    bool stale(quint64 generation) const { return generation < m_latest->load(); }
    // The scope of a request: its span, and the segment's rule compiled against today's tags.
    textwell::Result<textwell::AnalyticsScope> scopeOf(const DashboardRequest& request);

    textwell::LazyConnection m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
