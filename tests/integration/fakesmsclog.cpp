#include "fakesmsclog.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QStringDecoder>
#include <QTimer>

namespace textwell {

namespace {

// fakesmsc encodes with Kannel's octstr_url_encode: a space is '+'.
QByteArray urlDecoded(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

QString fromUtf16Be(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
    return decoder(bytes);
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return true;
    }
    return false;
}

// Joined parts do not say their coding: GSM-7 parts hold UTF-8, UCS-2 parts UTF-16BE. UTF-16BE of
// Cyrillic, Greek or Latin-1 text has bytes below 0x20 (04 1F, 00 E9), of most other scripts bytes
// that are not valid UTF-8; text that is GSM-7 has neither.
QString decodeUnknown(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if ((!utf8.hasError() && !hasControlCharacters(text)) || bytes.size() % 2 != 0)
        return text;
    return fromUtf16Be(bytes);
}

QString decode8Bit(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

struct Concatenation
{
    int reference = -1;
    int total = 0;
    int sequence = 0;
    bool wide = false; // 16-bit reference
};

// The concatenation element of a UDH: IEI 00 (8-bit reference) or 08 (16-bit reference).
Concatenation concatenation(const QByteArray& udh)
{
    Concatenation result;
    if (udh.isEmpty())
        return result;
    const int end = qMin(int(udh.size()), 1 + quint8(udh.at(0)));
    int i = 1;
    while (i + 1 < end) {
        const int iei = quint8(udh.at(i));
        const int length = quint8(udh.at(i + 1));
        const QByteArray element = udh.mid(i + 2, length);
        if (iei == 0x00 && length == 3 && element.size() == 3) {
            result = {quint8(element.at(0)), quint8(element.at(1)), quint8(element.at(2)), false};
        } else if (iei == 0x08 && length == 4 && element.size() == 4) {
            result = {quint8(element.at(0)) << 8 | quint8(element.at(1)), quint8(element.at(2)),
                      quint8(element.at(3)), true};
        }
        i += 2 + length;
    }
    return result;
}

} // namespace

FakeSmscLog::FakeSmscLog(QString path) : m_path(std::move(path)) {}

void FakeSmscLog::refresh()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (file.size() < m_offset) {
        // A new log under the same name: start over.
        *this = FakeSmscLog(m_path);
    }
    if (!file.seek(m_offset))
        return;
    const QByteArray bytes = file.readAll();
    m_offset += bytes.size();
    feed(bytes);
}

QVector<FakeSmscMessage> FakeSmscLog::messages()
{
    refresh();
    return m_messages;
}

QVector<FakeSmscMessage> FakeSmscLog::messagesTo(const QString& to)
{
    QVector<FakeSmscMessage> result;
    for (const FakeSmscMessage& message : messages()) {
        if (message.to == to)
            result.append(message);
    }
    return result;
}

int FakeSmscLog::pendingParts() const
{
    int count = 0;
    for (const Pending& pending : m_pending)
        count += int(pending.parts.size());
    return count;
}

bool FakeSmscLog::waitForMessages(int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        refresh();
        if (m_messages.size() >= count)
            return true;
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

QVector<FakeSmscMessage> FakeSmscLog::parse(const QByteArray& log)
{
    FakeSmscLog reader{QString()};
    reader.feed(log);
    if (!reader.m_partialLine.isEmpty())
        reader.feed("\n");
    return reader.m_messages;
}

void FakeSmscLog::feed(const QByteArray& bytes)
{
    m_partialLine += bytes;
    qsizetype start = 0;
    for (qsizetype end = m_partialLine.indexOf('\n'); end >= 0; end = m_partialLine.indexOf('\n', start)) {
        readLine(m_partialLine.mid(start, end - start));
        start = end + 1;
    }
    m_partialLine.remove(0, start);
}

void FakeSmscLog::readLine(const QByteArray& line)
{
    static const QByteArray marker = "Got message ";
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return;
    const qsizetype numberStart = at + marker.size();
    const qsizetype colon = line.indexOf(": <", numberStart);
    const qsizetype end = line.lastIndexOf('>');
    if (colon < 0 || end < colon + 3)
        return;
    bool ok = false;
    const int number = line.mid(numberStart, colon - numberStart).toInt(&ok);
    if (ok)
        readBody(number, line.mid(colon + 3, end - colon - 3));
}

void FakeSmscLog::readBody(int number, const QByteArray& body)
{
    const QList<QByteArray> words = body.split(' ');
    const QByteArray type = words.size() >= 3 ? words.at(2) : QByteArray();
    static const QList<QByteArray> types = {"text", "data", "ucs-2", "ucs2", "udh", "udh-data"};
    if (!types.contains(type)) {
        // The rest of a GSM-7 text after a line feed (see the class comment).
        if (m_lastWasText && number == m_lastNumber + 1 && !m_messages.isEmpty())
            m_messages.last().text += QLatin1Char('\n') + QString::fromUtf8(body);
        m_lastNumber = number;
        return;
    }
    m_lastNumber = number;
    m_lastWasText = type == "text";

    FakeSmscMessage message;
    message.from = QString::fromUtf8(words.at(0));
    message.to = QString::fromUtf8(words.at(1));
    message.number = number;
    const qsizetype restStart = words.at(0).size() + words.at(1).size() + type.size() + 3;
    const QByteArray rest = body.mid(restStart);

    if (type == "text") {
        message.text = QString::fromUtf8(rest);
    } else if (type == "data") {
        message.text = decode8Bit(urlDecoded(rest));
    } else if (type == "ucs-2" || type == "ucs2") {
        message.text = fromUtf16Be(urlDecoded(rest));
    } else {
        // "udh <udh> data <part>" (1.4.5) or "udh <udh> <part>" (older fakesmsc).
        const qsizetype space = rest.indexOf(' ');
        const QByteArray udh = urlDecoded(rest.left(space));
        QByteArray data = space < 0 ? QByteArray() : rest.mid(space + 1);
        if (data.startsWith("data "))
            data = data.mid(5);
        const QByteArray part = urlDecoded(data);
        const Concatenation concat = concatenation(udh);
        if (concat.total <= 1 || concat.sequence < 1 || concat.sequence > concat.total) {
            message.text = decodeUnknown(part);
        } else {
            const QString key = message.from + QLatin1Char(' ') + message.to + QLatin1Char(' ') +
                                QString::number(concat.reference) +
                                (concat.wide ? QStringLiteral("w/") : QStringLiteral("/")) +
                                QString::number(concat.total);
            Pending& pending = m_pending[key];
            pending.total = concat.total;
            pending.parts.insert(concat.sequence, part);
            if (pending.parts.size() < pending.total)
                return;
            QByteArray joined;
            for (const QByteArray& piece : std::as_const(pending.parts))
                joined += piece;
            m_pending.remove(key);
            message.text = decodeUnknown(joined);
            message.parts = concat.total;
        }
    }
    m_messages.append(message);
}

} // namespace textwell
