#include "importjob.h"

#include "importing/importer.h"
#include "storage/connection.h"

#include <QElapsedTimer>
#include <QThread>

using namespace textwell;

namespace {
// Progress signals per second at most: enough for a smooth bar, few enough for the event queue.
constexpr int progressIntervalMs = 100;
} // namespace

ImportJob::ImportJob(Request request, QObject* parent) : QObject(parent), m_request(std::move(request)) {}

ImportJob::~ImportJob()
{
    if (m_thread) {
        // The importers poll the flag about ten times a second and roll back.
        m_cancelled = true;
        m_thread->wait();
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { Q_EMIT finished(run()); });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

ImportJob::Outcome ImportJob::run()
{
    Outcome outcome;
    Result<std::unique_ptr<RecordReader>> reader = ImportFile::open(m_request.filePath, m_request.format);
    if (!reader) {
        outcome.error = reader.error();
        return outcome;
    }
    if (m_request.task == Task::CountRows)
        return countRows(*reader.value());

    // The connection is opened, used and closed in this thread (STYLE.md 6).
    Result<std::unique_ptr<Connection>> connection = Connection::open(m_request.databasePath);
    if (!connection) {
        outcome.error = connection.error();
        return outcome;
    }
    auto report = [this](const ImportProgress& progress) { Q_EMIT this->progress(progress); };
    if (m_request.task == Task::People) {
        ImportOptions options = m_request.options;
        options.dryRun = m_request.dryRun;
        Importer importer(connection.value()->database(), options, m_request.actor);
        Result<ImportSummary> summary = importer.run(*reader.value(), report, &m_cancelled);
        outcome.ok = summary.ok();
        if (summary)
            outcome.people = summary.takeValue();
        else
            outcome.error = summary.error();
    } else {
        SuppressionImporter importer(connection.value()->database(), m_request.region, m_request.source,
                                     m_request.actor);
        Result<SuppressionImportSummary> summary =
            importer.run(*reader.value(), m_request.phoneColumn, m_request.dryRun, report, &m_cancelled);
        outcome.ok = summary.ok();
        if (summary)
            outcome.suppression = summary.takeValue();
        else
            outcome.error = summary.error();
    }
    outcome.cancelled = !outcome.ok && m_cancelled.load();
    return outcome;
}

ImportJob::Outcome ImportJob::countRows(RecordReader& reader)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    SourceRecord record;
    while (reader.next(record)) {
        ++outcome.rows;
        if (m_cancelled.load()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (clock.elapsed() - lastReport >= progressIntervalMs) {
            lastReport = clock.elapsed();
            ImportProgress progress;
            progress.rows = outcome.rows;
            progress.bytesRead = reader.bytesRead();
            progress.totalBytes = reader.totalBytes();
            progress.seconds = clock.elapsed() / 1000.0;
            Q_EMIT this->progress(progress);
        }
    }
    outcome.error = reader.error();
    outcome.ok = outcome.error.isEmpty();
    return outcome;
}
