#pragma once

#include "gateways/gateway.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QVector>

namespace textwell {

// A provider's export of received messages (the file gateway's way in): a CSV/TSV file with a
// header naming the sender, the text and, where there is one, the time and the message id.
// UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252; `,` `;` tab `|` sniffed from
// the header; quoted fields with doubled quotes and line breaks.
class ReplyFile
{
    Q_DECLARE_TR_FUNCTIONS(ReplyFile)

public:
    struct Read
    {
        QVector<IncomingReply> replies;
        QStringList problems; // "Row 7: no sender." — rows left out, with their number and why
    };
    static Result<Read> read(const QString& path, const QString& source);
    static Result<Read> parse(const QByteArray& bytes, const QString& source);
};

} // namespace textwell
