#include "importpipeline.h"

namespace textwell {

ImportPipeline::ImportPipeline(RecordReader& reader, const ImportRowParser& parser)
    : m_reader(reader), m_parser(parser)
{
    m_readerThread = std::thread([this] { read(); });
}

ImportPipeline::~ImportPipeline()
{
    stop();
}

void ImportPipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_readerThread.joinable())
        m_readerThread.join();
    m_batches.clear(); // waits for the batches still being parsed
}

void ImportPipeline::read()
{
    for (;;) {
        QVector<SourceRecord> records;
        records.reserve(BatchRows);
        bool end = false;
        SourceRecord record;
        while (records.size() < BatchRows) {
            if (!m_reader.next(record)) {
                end = true;
                break;
            }
            records.append(std::move(record));
        }
        Batch shell;
        shell.bytesRead = m_reader.bytesRead();
        shell.totalBytes = m_reader.totalBytes();
        shell.last = end;
        shell.error = end ? m_reader.error() : QString();
        std::future<Batch> parsed = std::async(
            std::launch::async, [this, records = std::move(records), shell = std::move(shell)]() mutable {
                shell.rows.reserve(records.size());
                for (const SourceRecord& r : records)
                    shell.rows.append(m_parser.parse(r));
                return std::move(shell);
            });
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_batches.size() < BatchesInFlight; });
        if (m_stopping)
            break; // the future's destructor waits for its parse
        m_batches.push_back(std::move(parsed));
        if (end)
            break;
        lock.unlock();
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_readerDone = true;
    m_changed.notify_all();
}

ImportPipeline::Batch ImportPipeline::next()
{
    std::future<Batch> front;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_readerDone; });
        if (m_batches.empty()) {
            Batch end;
            end.last = true;
            return end;
        }
        front = std::move(m_batches.front());
        m_batches.pop_front();
    }
    m_changed.notify_all();
    return front.get();
}

} // namespace textwell
