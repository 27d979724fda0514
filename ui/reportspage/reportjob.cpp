#include "reportjob.h"

#include "reports/reportfiles.h"
#include "storage/connection.h"

#include <QThread>

using namespace textwell;

ReportJob::ReportJob(QString databasePath, ReportRequest request, ReportFormat format, QString path,
                     QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_request(std::move(request)),
      m_format(format), m_path(std::move(path))
{}

ReportJob::~ReportJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void ReportJob::start()
{
    m_thread = QThread::create([this] {
        QString title, error;
        {
            // One connection per thread, opened in it; the report's tables read it as they are written.
            Result<std::unique_ptr<Connection>> connection = Connection::open(m_databasePath);
            if (!connection) {
                error = connection.error();
            } else {
                Result<ReportDocument> document = m_request.build(connection.value()->database());
                if (!document) {
                    error = document.error();
                } else {
                    title = document.value().title;
                    const Status written = ReportFiles::write(
                        document.value(), m_format, m_path,
                        [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); }, &m_cancelled);
                    if (!written)
                        error = written.error();
                }
            }
        }
        Q_EMIT finished(title, m_path, error);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}
