#pragma once

#include "importrow.h"
#include "recordreader.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace textwell {

// Rows of the file, parsed, for the import's single writer: one thread reads the file, each batch
// of rows is parsed on a thread of its own (normalising numbers is most of an import's work), and
// next() hands the batches out in file order. A few batches are in flight at a time, so memory
// stays flat however long the file is.
class ImportPipeline
{
public:
    struct Batch
    {
        QVector<ImportRow> rows;
        qint64 bytesRead = 0;
        qint64 totalBytes = 0;
        bool last = false; // the end of the file, or of what could be read of it
        QString error;     // the reader's error after these rows, if any
    };

    ImportPipeline(RecordReader& reader, const ImportRowParser& parser);
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline&) = delete;
    ImportPipeline& operator=(const ImportPipeline&) = delete;

    Batch next();

    static constexpr int BatchRows = 1000;
    static constexpr int BatchesInFlight = 8;

private:
    void read();
    void stop();

    RecordReader& m_reader;
    const ImportRowParser& m_parser;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::future<Batch>> m_batches;
    bool m_stopping = false;
    bool m_readerDone = false;
    std::thread m_readerThread;
};

} // namespace textwell
