#include "replyfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringDecoder>

namespace textwell {

namespace {

QString decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE)(bytes.mid(2));
    if (bytes.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE)(bytes.mid(2));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Russian Excel writes Windows-1251, German Excel Windows-1252. Cyrillic words are runs of
    // three and more bytes from 0xC0 up; German has an umlaut or two between plain letters.
    auto isLetterOf1251 = [](unsigned char b) { return b >= 0xC0 || b == 0xA8 || b == 0xB8; };
    qsizetype high = 0;
    qsizetype inRuns = 0;
    qsizetype run = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const auto b = i < bytes.size() ? static_cast<unsigned char>(bytes.at(i)) : 0;
        high += b >= 0x80 ? 1 : 0;
        if (isLetterOf1251(b)) {
            ++run;
            continue;
        }
        inRuns += run >= 3 ? run : 0;
        run = 0;
    }
    QStringDecoder legacy(high > 0 && inRuns * 2 > high ? "windows-1251" : "windows-1252");
    return legacy.isValid() ? QString(legacy(bytes)) : QString::fromLatin1(bytes);
}

QChar sniffDelimiter(const QString& headerLine)
{
    QChar best = QLatin1Char(',');
    qsizetype most = 0;
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        if (headerLine.count(c) > most) {
            most = headerLine.count(c);
            best = c;
        }
    }
    return best;
}

// Records of fields; quotes may hold delimiters, doubled quotes and line breaks.
QVector<QStringList> records(const QString& text, QChar delimiter)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Read>::failure(tr("Cannot open %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), source);
}

Result<ReplyFile::Read> ReplyFile::parse(const QByteArray& bytes, const QString& source)
{
    QString text = decode(bytes);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delimiter = sniffDelimiter(firstLine);
    int skippedLines = 0; // so that row numbers name the file's own lines
    // Excel's "sep=;" line names the delimiter and is no header.
    if (firstLine.trimmed().startsWith(QLatin1String("sep="), Qt::CaseInsensitive) &&
        firstLine.trimmed().size() == 5) {
        delimiter = firstLine.trimmed().at(4);
        text = text.section(QLatin1Char('\n'), 1);
        skippedLines = 1;
    }
    const QVector<QStringList> rows = records(text, delimiter);
    if (rows.isEmpty())
        return Result<Read>::failure(tr("The file is empty."));
    const QStringList& header = rows.first();
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
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue; // a blank line
        const int rowNumber = r + 1 + skippedLines;
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
    return read;
}

} // namespace textwell
