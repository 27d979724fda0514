#include "bufferedsavefile.h"

#include "exportfiles.h"

#include <cerrno>

namespace textwell {

namespace {

// Written in pieces of this size: few system calls, little memory.
constexpr int BufferSize = 256 * 1024;

} // namespace

BufferedSaveFile::BufferedSaveFile(QString path) : m_path(std::move(path)), m_file(m_path)
{
    m_buffer.reserve(BufferSize + 4096);
}

Status BufferedSaveFile::open()
{
    // Unbuffered: QSaveFile's own buffer would report a failed write (a full disk) only at commit,
    // when errno no longer says why.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure(ExportFiles::cannotCreate(m_path, m_file.errorString()));
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status BufferedSaveFile::flushIfFull()
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    return m_buffer.size() >= BufferSize ? flush() : Status();
}

Status BufferedSaveFile::flush()
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (m_buffer.isEmpty())
        return {};
    errno = 0;
    if (m_file.write(m_buffer) != m_buffer.size()) {
        const int errorNumber = errno;
        m_error = ExportFiles::writeFailed(m_path, m_file.errorString(), errorNumber);
        m_file.cancelWriting();
        return Status::failure(m_error);
    }
    m_buffer.clear();
    return {};
}

Status BufferedSaveFile::commit()
{
    if (Status flushed = flush(); !flushed)
        return flushed;
    errno = 0;
    if (!m_file.commit()) {
        const int errorNumber = errno;
        return Status::failure(ExportFiles::writeFailed(m_path, m_file.errorString(), errorNumber));
    }
    return {};
}

} // namespace textwell
