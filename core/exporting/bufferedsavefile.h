#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace textwell {

// A file written whole or not at all, in large pieces: the bytes gather in memory and go to a
// QSaveFile beside the target, which replaces the target only on commit. The first failed write
// (a full disk) cancels the file and is the answer to every later call, with errno's reason.
// The file is readable by its owner only: exports hold personal data.
class BufferedSaveFile
{
public:
    explicit BufferedSaveFile(QString path);

    Status open();
    void append(const QByteArray& bytes) { m_buffer += bytes; }
    Status flushIfFull(); // writes when enough has gathered; call after each piece
    Status commit();      // writes the rest and puts the file in place

private:
    Status flush();

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace textwell
