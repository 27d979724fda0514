#include "exportjob.h"

#include "exporting/addressbookexport.h"
#include "exporting/suppressionexport.h"
#include "segments/segmentstore.h"
#include "storage/connection.h"

#include <QThread>

using namespace textwell;

namespace {

Result<ExportSummary> run(const QSqlDatabase& db, const ExportRequest& request,
                          const ExportProgress::Callback& progress, const std::atomic_bool* cancel)
{
    switch (request.what) {
    case ExportRequest::What::Everyone:
        return AddressBookExport::everyone(db).write(request.path, request.options, progress, cancel);
    case ExportRequest::What::Filter:
        return AddressBookExport::filtered(db, request.filter)
            .write(request.path, request.options, progress, cancel);
    case ExportRequest::What::Segment: {
        Result<SavedSegment> saved = SegmentStore(db).get(request.segmentId);
        if (!saved)
            return Result<ExportSummary>::failure(saved.error());
        Result<SegmentRule> rule = saved.value().rule();
        if (!rule)
            return Result<ExportSummary>::failure(rule.error());
        return AddressBookExport::matching(db, rule.value())
            .write(request.path, request.options, progress, cancel);
    }
    case ExportRequest::What::SuppressionList:
        return SuppressionExport(db).write(request.path, request.options, progress, cancel);
    }
    return Result<ExportSummary>::failure(QString());
}

} // namespace

ExportJob::ExportJob(QString databasePath, ExportRequest request, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_request(std::move(request))
{}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ExportJob::start()
{
    m_thread = QThread::create([this] {
        Result<ExportSummary> summary = Result<ExportSummary>::failure(QString());
        {
            // One connection per thread, opened in it (STYLE.md 6).
            Result<std::unique_ptr<Connection>> connection = Connection::open(m_databasePath);
            summary = connection ? run(
                                       connection.value()->database(), m_request,
                                       [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); },
                                       &m_cancelled)
                                 : Result<ExportSummary>::failure(connection.error());
        }
        if (summary)
            Q_EMIT finished(summary.value().rows, summary.value().path, QString());
        else
            Q_EMIT finished(0, m_request.path, summary.error());
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}
