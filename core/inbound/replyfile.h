#pragma once

#include "gateways/gateway.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

class QIODevice;

namespace textwell {

// A provider's export of received messages (the file gateway's way in): a CSV/TSV file with a
// header naming the sender, the text and, where there is one, the time and the message id.
// Read by the importing readers (ImportFile, DelimitedReader): the encoding, the delimiter and
// Excel's "sep=" line as they sniff them, and rows numbered as a spreadsheet shows them.
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

private:
    static Result<Read> readDevice(std::unique_ptr<QIODevice> device, const QString& source);
};

} // namespace textwell
