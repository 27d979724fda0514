#pragma once

#include "textencoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <algorithm>
#include <memory>

namespace textwell {

// A file's bytes read chunk by chunk and decoded to text, for the import readers: a byte-order mark
// is skipped (the first bytes are held until it can be told), a character cut by a chunk boundary
// is decoded with the next chunk, and a file that became shorter while it was read is an error.
//
class DecodedTextStream
{
    Q_DECLARE_TR_FUNCTIONS(DecodedTextStream)

public:
    enum class Error
    {
        None,
        NoDevice,   // there is no file to read
        NotOpened,  // the device could not be opened: deviceError()
        ReadFailed, // a read failed: deviceError()
        Shortened,  // the file ended before totalBytes(): bytesRead() of totalBytes() were read
    };

    // device: open for reading, or opened here. chunkSize: bytes per read, at least 1.
    DecodedTextStream(std::unique_ptr<QIODevice> device, TextEncoding::Encoding encoding,
                      qsizetype chunkSize);
    ~DecodedTextStream();
    DecodedTextStream(const DecodedTextStream&) = delete;
    DecodedTextStream& operator=(const DecodedTextStream&) = delete;

    // Reads one more chunk and appends its text to `text`. False at the end of the file or on an
    // error; true even when the chunk decodes to nothing yet (half a character). At the end, what
    // the decoder held back is appended, and it is true when that is not empty.
    bool readMore(QString& text);

    // Nothing more to read: the end was reached, or reading failed.
    bool atEnd() const { return m_atEnd; }
    Error error() const { return m_error; }
    // error() in words, for the person importing; empty when there is none.
    QString errorMessage() const;
    // The device's error text when error() is NotOpened or ReadFailed.
    QString deviceError() const { return m_deviceError; }
    qint64 bytesRead() const { return m_bytesRead; }
    // The file's size when it is known (not for a sequential device), at least bytesRead().
    qint64 totalBytes() const { return std::max(m_totalBytes, m_bytesRead); }
    TextEncoding::Encoding encoding() const { return m_encoding; }

private:
    bool fail(Error error);
    QString decodeStart();

    std::unique_ptr<QIODevice> m_device;
    TextDecoder m_decoder;
    TextEncoding::Encoding m_encoding;
    qsizetype m_chunkSize;
    QByteArray m_chunk;
    QByteArray m_start; // the first bytes, held until the byte-order mark can be told
    bool m_started = false;
    bool m_atEnd = false;
    Error m_error = Error::None;
    QString m_deviceError;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace textwell
