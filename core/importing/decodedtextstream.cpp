#include "decodedtextstream.h"

#include <algorithm>

namespace textwell {

DecodedTextStream::DecodedTextStream(std::unique_ptr<QIODevice> device, TextEncoding::Encoding encoding,
                                     qsizetype chunkSize)
    : m_device(std::move(device)), m_decoder(encoding), m_encoding(encoding),
      m_chunkSize(std::max<qsizetype>(chunkSize, 1))
{
    if (!m_device) {
        fail(Error::NoDevice);
        return;
    }
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_deviceError = m_device->errorString();
        fail(Error::NotOpened);
        return;
    }
    m_totalBytes = m_device->isSequential() ? 0 : std::max<qint64>(m_device->size() - m_device->pos(), 0);
}

DecodedTextStream::~DecodedTextStream() = default;

bool DecodedTextStream::fail(Error error)
{
    m_atEnd = true;
    if (m_error == Error::None)
        m_error = error;
    return false;
}

// The bytes held back at the start, without their byte-order mark.
QString DecodedTextStream::decodeStart()
{
    m_started = true;
    const int bom = TextEncoding::bomLength(m_start, m_encoding);
    QString text = m_decoder.decode(m_start.constData() + bom, m_start.size() - bom);
    m_start.clear();
    return text;
}

bool DecodedTextStream::readMore(QString& text)
{
    while (!m_atEnd) {
        m_chunk.resize(m_chunkSize);
        const qint64 got = m_device->read(m_chunk.data(), m_chunkSize);
        if (got < 0) {
            m_deviceError = m_device->errorString();
            return fail(Error::ReadFailed);
        }
        if (got == 0) {
            // A file cut short while it is read would otherwise import as if it were whole.
            if (!m_device->isSequential() && m_bytesRead < m_totalBytes)
                return fail(Error::Shortened);
            m_atEnd = true;
            QString tail;
            if (!m_started) // a file shorter than a byte-order mark
                tail = decodeStart();
            tail += m_decoder.finish(); // what the decoder held back for a next piece
            text.append(tail);
            return !tail.isEmpty();
        }
        m_bytesRead += got;
        if (m_started) {
            text.append(m_decoder.decode(m_chunk.constData(), got));
            return true;
        }
        m_start.append(m_chunk.constData(), got);
        if (m_start.size() < 3)
            continue;
        text.append(decodeStart());
        return true;
    }
    return false;
}

QString DecodedTextStream::errorMessage() const
{
    switch (m_error) {
    case Error::None:
        break;
    case Error::NoDevice:
        return tr("There is no file to read.");
    case Error::NotOpened:
        return tr("The file could not be opened: %1").arg(m_deviceError);
    case Error::ReadFailed:
        return tr("The file could not be read: %1").arg(m_deviceError);
    case Error::Shortened:
        // A size beyond int keeps its last six digits, which is all a plural rule looks at.
        //: %L1 is how many bytes were read, %L2 the size of the file in bytes.
        return tr("The file became shorter while it was read (%L1 of %L2 byte(s)). "
                  "Import it again once it is complete.",
                  nullptr, int(totalBytes() < 1000000 ? totalBytes() : totalBytes() % 1000000 + 1000000))
            .arg(bytesRead())
            .arg(totalBytes());
    }
    return QString();
}

} // namespace textwell
