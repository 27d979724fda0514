#include "replyfile.h"

#include "importing/importfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

namespace textwell {

namespace {

// ImportFile::sniff() looks no further than this.
constexpr qint64 SniffBytes = 64 * 1024;

int columnOf(const QStringList& header, const QStringList& names)
{
    for (int i = 0; i < header.size(); ++i)
        if (names.contains(header.at(i).trimmed().toCaseFolded()))
            return i;
    return -1;
}

QDateTime parseTime(const QString& text)
{
    const QString t = text.trimmed();
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    if (!at.isValid())
        at = QDateTime::fromString(t, QStringLiteral("dd.MM.yyyy HH:mm"));
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

Result<ReplyFile::Read> ReplyFile::read(const QString& path, const QString& source)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Result<Read>::failure(tr("Cannot open %1: %2").arg(path, file->errorString()));
    return readDevice(std::move(file), source);
}

Result<ReplyFile::Read> ReplyFile::parse(const QByteArray& bytes, const QString& source)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return readDevice(std::move(buffer), source);
}

Result<ReplyFile::Read> ReplyFile::readDevice(std::unique_ptr<QIODevice> device, const QString& source)
{
    const Result<FileFormat> sniffed = ImportFile::sniff(device->peek(SniffBytes));
    if (!sniffed)
        return Result<Read>::failure(sniffed.error());
    FileFormat format = sniffed.value();
    // A provider's export is a table with a header, whatever its first row looks like.
    format.kind = FileFormat::Delimited;
    format.hasHeader = true;
    const std::unique_ptr<RecordReader> reader = ImportFile::open(std::move(device), format);
    const QStringList header = reader->header();
    if (header.isEmpty())
        return Result<Read>::failure(reader->error().isEmpty() ? tr("The file is empty.") : reader->error());
    const int from =
        columnOf(header, {QStringLiteral("from"), QStringLiteral("sender"), QStringLiteral("phone"),
                          QStringLiteral("number"), QStringLiteral("msisdn"), QStringLiteral("absender"),
                          QStringLiteral("telefon"), QStringLiteral("отправитель"), QStringLiteral("телефон"),
                          QStringLiteral("номер")});
    const int body =
        columnOf(header, {QStringLiteral("text"), QStringLiteral("body"), QStringLiteral("message"),
                          QStringLiteral("content"), QStringLiteral("nachricht"), QStringLiteral("текст"),
                          QStringLiteral("сообщение")});
    if (from < 0 || body < 0)
        return Result<Read>::failure(
            tr("The first row must name the columns: the sender (from, phone, number) and the text (text, "
               "body, message). It has: %1.")
                .arg(header.join(QStringLiteral(", "))));
    const int at =
        columnOf(header, {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("received"),
                          QStringLiteral("date_sent"), QStringLiteral("sent"), QStringLiteral("datum"),
                          QStringLiteral("zeit"), QStringLiteral("дата"), QStringLiteral("время")});
    const int id =
        columnOf(header, {QStringLiteral("id"), QStringLiteral("sid"), QStringLiteral("message_id")});
    Read read;
    SourceRecord record;
    while (reader->next(record)) {
        const QStringList& row = record.fields;
        const qint64 rowNumber = record.row; // as a spreadsheet shows it: the header is row 1
        if (row.value(from).trimmed().isEmpty()) {
            read.problems.append(tr("Row %1: no sender; left out.").arg(rowNumber));
            continue;
        }
        IncomingReply reply;
        reply.from = row.value(from).trimmed();
        reply.body = row.value(body);
        reply.source = source;
        if (at >= 0 && !row.value(at).trimmed().isEmpty()) {
            reply.receivedAt = parseTime(row.value(at));
            if (!reply.receivedAt.isValid())
                read.problems.append(tr("Row %1: “%2” is not a time; the reply is taken as received now.")
                                         .arg(rowNumber)
                                         .arg(row.value(at)));
        }
        // Without an id, the row's own content names it: importing the file again adds nothing.
        reply.sourceId =
            id >= 0 && !row.value(id).trimmed().isEmpty()
                ? row.value(id).trimmed()
                : QString::fromLatin1(QCryptographicHash::hash(row.join(QLatin1Char('\x1f')).toUtf8(),
                                                               QCryptographicHash::Sha1)
                                          .toHex());
        read.replies.append(reply);
    }
    // The replies before the row the reader stopped at are good; the rest of the file is not read.
    if (!reader->error().isEmpty())
        read.problems.append(tr("%1 The rows from there on are left out.").arg(reader->error()));
    return read;
}

} // namespace textwell
