#include "vcardreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace textwell {

namespace {

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isFold(const QString& line)
{
    return !line.isEmpty() && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'));
}

// The first `separator` outside double quotes (parameter values may be quoted), or -1.
qsizetype indexOutsideQuotes(QStringView text, QChar separator)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && text.at(i) == separator)
            return i;
    }
    return -1;
}

// "item1.TEL;TYPE=CELL:+49..." → "TEL"; value gets what follows the first colon.
QString propertyName(const QString& line, QStringView* value)
{
    qsizetype stop = 0;
    while (stop < line.size() && line.at(stop) != QLatin1Char(':') && line.at(stop) != QLatin1Char(';'))
        ++stop;
    QStringView name = QStringView(line).left(stop);
    name = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1).trimmed();
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    *value = colon < 0 ? QStringView() : QStringView(line).mid(colon + 1);
    return name.toString().toUpper();
}

bool isQuotedPrintable(const QString& line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    return colon > 0 &&
           QStringView(line).left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

bool isCardBoundary(QStringView line)
{
    return line.startsWith(QLatin1String("END:VCARD"), Qt::CaseInsensitive) ||
           line.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

// vCard text escapes: \n and \N are line breaks, \, \; \: and \\ the character itself. Other
// backslashes stay, since 2.1 files do not escape them ("C:\Users").
QString unescape(QStringView text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out.append(QLatin1Char('\n'));
        else if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char('\\') ||
                 next == QLatin1Char(':'))
            out.append(next);
        else
            out.append(c).append(next);
    }
    return out;
}

// A structured value (N, ADR, ORG) or a list (CATEGORIES) split at unescaped separators.
QStringList components(QStringView value, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (value.at(i) == separator) {
            parts.append(unescape(value.mid(start, i - start)).trimmed());
            start = i + 1;
        }
    }
    parts.append(unescape(value.mid(start)).trimmed());
    return parts;
}

bool isMobileType(const QString& type)
{
    return type == QLatin1String("CELL") || type == QLatin1String("TEXT") ||
           type == QLatin1String("IPHONE") || type.contains(QLatin1String("MOBIL")) ||
           type.contains(QLatin1String("HANDY"));
}

// Apple's custom labels: "item2.X-ABLabel:Handy" names the type of "item2.TEL".
bool isMobileLabel(const QString& label)
{
    const QString lower = label.toLower();
    for (const char* word : {"mobil", "cell", "handy", "iphone", "моб", "сот"}) {
        if (lower.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

QString digitsOf(const QString& number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// "19850312", "1985-03-12T00:00:00Z" → "1985-03-12"; anything else ("--0312", "circa 1800") as given.
QString birthday(const QString& value)
{
    const QStringView v = QStringView(value).trimmed();
    if (v.size() >= 10 && isDigits(v.left(4)) && v.at(4) == QLatin1Char('-') && isDigits(v.mid(5, 2)) &&
        v.at(7) == QLatin1Char('-') && isDigits(v.mid(8, 2)) &&
        (v.size() == 10 || v.at(10) == QLatin1Char('T')))
        return v.left(10).toString();
    if (v.size() >= 8 && isDigits(v.left(8)) && (v.size() == 8 || v.at(8) == QLatin1Char('T')))
        return v.left(8).toString().insert(6, QLatin1Char('-')).insert(4, QLatin1Char('-'));
    return v.toString();
}

// A rank to sort by: a preferred item (PREF=1 is the most) before any other.
int rankOf(int pref)
{
    return pref > 0 ? pref : 1000;
}

} // namespace

VCardReader::VCardReader(std::unique_ptr<QIODevice> device, const FileFormat& format, qsizetype chunkSize)
    : m_stream(std::move(device), format.encoding, chunkSize)
{
    if (m_stream.error() != DecodedTextStream::Error::None) {
        fail(m_stream.errorMessage());
        return;
    }
    if (readCard(m_pending))
        m_hasPending = true;
    else if (!m_failed)
        fail(tr("No contact card was found in this file: it has no line BEGIN:VCARD."));
}

VCardReader::~VCardReader() = default;

QStringList VCardReader::columns()
{
    return {tr("Full name"),    tr("First name"),   tr("Last name"),  tr("Mobile"),
            tr("Other phones"), tr("Email"),        tr("City"),       tr("Region"),
            tr("Birthday"),     tr("Organization"), tr("Categories"), tr("Note")};
}

QStringList VCardReader::header() const
{
    return columns();
}

bool VCardReader::next(SourceRecord& record)
{
    if (m_hasPending) {
        record = std::move(m_pending);
        m_hasPending = false;
        return true;
    }
    return readCard(record);
}

QString VCardReader::error() const
{
    return m_error;
}

qint64 VCardReader::bytesRead() const
{
    return m_stream.bytesRead();
}

qint64 VCardReader::totalBytes() const
{
    return m_stream.totalBytes();
}

bool VCardReader::fail(const QString& message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = message;
    }
    return false;
}

// Reads one more chunk and decodes it onto m_text (dropping what is consumed). False at the end
// of the file or on an error.
bool VCardReader::fill()
{
    if (m_stream.atEnd())
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_stream.readMore(m_text))
        return true;
    if (m_stream.error() != DecodedTextStream::Error::None)
        return fail(m_stream.errorMessage());
    return false;
}

// The next line without its line end (CR, LF or CRLF). A line longer than MaxRecordChars (a photo
// written unfolded, or not a vCard at all) is dropped as it is read and comes out empty.
bool VCardReader::readPhysicalLine(QString* line)
{
    for (;;) {
        if (m_failed)
            return false;
        if (m_skipLf && m_pos < m_text.size()) {
            m_skipLf = false;
            if (m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
        }
        const qsizetype n = m_text.size();
        if (!m_skipLf) {
            for (qsizetype i = m_pos + m_scanned; i < n; ++i) {
                if (!isLineEnd(m_text.at(i)))
                    continue;
                const bool drop = m_discarding || i - m_pos > ImportFile::MaxRecordChars;
                *line = drop ? QString() : m_text.mid(m_pos, i - m_pos);
                m_discarding = false;
                m_scanned = 0;
                m_pos = i + 1;
                if (m_text.at(i) == QLatin1Char('\r')) {
                    if (m_pos < n)
                        m_pos += m_text.at(m_pos) == QLatin1Char('\n') ? 1 : 0;
                    else
                        m_skipLf = true;
                }
                return true;
            }
            m_scanned = n - m_pos;
            if (m_discarding || m_scanned > ImportFile::MaxRecordChars) {
                m_discarding = true;
                m_pos = n;
                m_scanned = 0;
            }
        }
        if (!fill()) {
            if (m_failed)
                return false;
            m_skipLf = false;
            if (m_pos >= m_text.size() && !m_discarding)
                return false;
            const bool drop = m_discarding || m_text.size() - m_pos > ImportFile::MaxRecordChars;
            *line = drop ? QString() : m_text.mid(m_pos);
            m_discarding = false;
            m_pos = m_text.size();
            m_scanned = 0;
            return true;
        }
    }
}

bool VCardReader::takeLine(QString* line)
{
    if (m_hasPeek) {
        *line = std::move(m_peek);
        m_hasPeek = false;
        return true;
    }
    return readPhysicalLine(line);
}

// The next property, unfolded: a line starting with a space or tab continues the one before, and
// in a quoted-printable value a "=" at the end of a line does.
bool VCardReader::readLogicalLine(QString* line)
{
    QString first;
    while (takeLine(&first)) {
        if (first.trimmed().isEmpty() || isFold(first))
            continue; // blank, or a continuation without a property
        QString logical = std::move(first);
        bool tooLong = false;
        const bool quotedPrintable = isQuotedPrintable(logical);
        bool softBreak = quotedPrintable && logical.endsWith(QLatin1Char('='));
        QString more;
        while (takeLine(&more)) {
            QStringView piece;
            if (softBreak && !isCardBoundary(more)) {
                if (!tooLong)
                    logical.chop(1);
                piece = more;
            } else if (isFold(more)) {
                piece = QStringView(more).mid(1);
            } else {
                m_peek = std::move(more);
                m_hasPeek = true;
                break;
            }
            softBreak = quotedPrintable && piece.endsWith(QLatin1Char('='));
            if (tooLong)
                continue;
            if (logical.size() + piece.size() > ImportFile::MaxRecordChars) {
                tooLong = true; // a photo, most likely: left out, but its lines are still read
                logical.clear();
                continue;
            }
            logical.append(piece);
        }
        if (tooLong)
            continue;
        *line = std::move(logical);
        return true;
    }
    return false;
}

bool VCardReader::readCard(SourceRecord& record)
{
    static const QSet<QString> wanted = {
        QStringLiteral("FN"),        QStringLiteral("N"),          QStringLiteral("TEL"),
        QStringLiteral("EMAIL"),     QStringLiteral("ADR"),        QStringLiteral("BDAY"),
        QStringLiteral("ORG"),       QStringLiteral("CATEGORIES"), QStringLiteral("NOTE"),
        QStringLiteral("X-ABLABEL"),
    };
    QVector<Property> properties;
    bool inCard = false;
    int nested = 0;         // inside a 2.1 AGENT's own card
    bool agentOpen = false; // the last property was an AGENT whose card follows
    qsizetype kept = 0;
    if (m_beginPending) {
        m_beginPending = false;
        inCard = true;
        ++m_cards;
    }
    QString line;
    while (readLogicalLine(&line)) {
        QStringView value;
        const QString name = propertyName(line, &value);
        const bool isVCard = value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
        const bool begin = name == QLatin1String("BEGIN") && isVCard;
        const bool end = name == QLatin1String("END") && isVCard;
        if (!inCard) {
            if (begin) {
                inCard = true;
                ++m_cards;
            }
            continue; // junk between cards
        }
        if (begin) {
            if (agentOpen || nested > 0) {
                ++nested;
                continue;
            }
            m_beginPending = true; // the card before had no END:VCARD
            break;
        }
        if (end) {
            if (nested > 0) {
                --nested;
                continue;
            }
            break;
        }
        agentOpen = name == QLatin1String("AGENT") && value.trimmed().isEmpty();
        if (nested > 0 || !wanted.contains(name))
            continue;
        Property property;
        if (!parseProperty(line, &property))
            continue;
        kept += line.size();
        if (kept > ImportFile::MaxRecordChars)
            return fail(tr("Contact card %1 is longer than 1 MB.").arg(m_cards));
        properties.append(std::move(property));
    }
    if (m_failed || !inCard)
        return false;
    record.row = m_cards;
    record.fields = fieldsOf(properties);
    return true;
}

bool VCardReader::parseProperty(const QString& line, Property* property) const
{
    const qsizetype colon = indexOutsideQuotes(line, QLatin1Char(':'));
    if (colon < 0)
        return false;
    QStringView head = QStringView(line).left(colon);
    QStringList params;
    for (qsizetype semicolon; (semicolon = indexOutsideQuotes(head, QLatin1Char(';'))) >= 0;) {
        params.append(head.left(semicolon).toString());
        head = head.mid(semicolon + 1);
    }
    params.append(head.toString());

    const QString name = params.takeFirst().trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    property->group = dot < 0 ? QString() : name.left(dot).toLower();
    property->name = name.mid(dot + 1).toUpper();
    QString encoding;
    QString charset;
    for (const QString& param : std::as_const(params)) {
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : param.left(eq).trimmed().toUpper();
        QString values = eq < 0 ? param : param.mid(eq + 1);
        values.remove(QLatin1Char('"'));
        if (key.isEmpty() || key == QLatin1String("TYPE")) {
            // 2.1 writes types bare (TEL;CELL;PREF), and the encoding too (;QUOTED-PRINTABLE).
            for (const QString& item : values.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString type = item.trimmed().toUpper();
                if (key.isEmpty() &&
                    (type == QLatin1String("QUOTED-PRINTABLE") || type == QLatin1String("BASE64")))
                    encoding = type;
                else if (type == QLatin1String("PREF"))
                    property->pref = 1;
                else if (!type.isEmpty())
                    property->types.append(type);
            }
        } else if (key == QLatin1String("PREF")) {
            bool ok = false;
            const int pref = values.trimmed().toInt(&ok);
            property->pref = ok && pref > 0 ? std::min(pref, 100) : 1;
        } else if (key == QLatin1String("ENCODING")) {
            encoding = values.trimmed().toUpper();
        } else if (key == QLatin1String("CHARSET")) {
            charset = values.trimmed();
        } else if (key == QLatin1String("VALUE")) {
            property->uri = values.trimmed().compare(QLatin1String("uri"), Qt::CaseInsensitive) == 0;
        }
    }
    const QStringView value = QStringView(line).mid(colon + 1);
    if (encoding == QLatin1String("QUOTED-PRINTABLE"))
        property->value = decodeQuotedPrintable(value, charset);
    else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64"))
        property->value.clear(); // binary: nothing for a text column
    else
        property->value = value.toString();
    return true;
}

// =XX bytes, decoded with the value's CHARSET when Textwell knows it, else the file's encoding.
QString VCardReader::decodeQuotedPrintable(QStringView value, const QString& charset) const
{
    auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if ((u | 0x20) >= u'a' && (u | 0x20) <= u'f')
            return (u | 0x20) - u'a' + 10;
        return -1;
    };
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('=') && i + 2 < value.size() && hex(value.at(i + 1)) >= 0 &&
            hex(value.at(i + 2)) >= 0) {
            bytes.append(char(hex(value.at(i + 1)) * 16 + hex(value.at(i + 2))));
            i += 2;
        } else if (c == QLatin1Char('=') && i + 1 == value.size()) {
            break; // a soft line break with no line after it
        } else if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
        } else {
            bytes.append(value.mid(i, 1).toUtf8()); // not quoted-printable at all: kept as it is
        }
    }
    TextEncoding::Encoding encoding = m_stream.encoding();
    if (!charset.isEmpty() && !TextEncoding::fromCode(charset, &encoding))
        encoding = m_stream.encoding();
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE)
        encoding = TextEncoding::Utf8; // quoted-printable bytes are never UTF-16
    TextDecoder decoder(encoding);
    QString text = decoder.decode(bytes);
    text += decoder.finish();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QStringList VCardReader::fieldsOf(const QVector<Property>& properties)
{
    QStringList fields;
    for (int i = 0; i < ColumnCount; ++i)
        fields.append(QString());

    QSet<QString> mobileGroups;
    for (const Property& property : properties) {
        if (property.name == QLatin1String("X-ABLABEL") && !property.group.isEmpty() &&
            isMobileLabel(unescape(property.value)))
            mobileGroups.insert(property.group);
    }

    struct Phone
    {
        QString number;
        bool mobile = false;
        int rank = 0;
    };
    QVector<Phone> phones;
    const Property* address = nullptr;
    int addressRank = 0;
    bool haveName = false;
    QStringList categories;
    QSet<QString> seenCategories;
    QStringList notes;
    for (const Property& property : properties) {
        const QString& name = property.name;
        if (name == QLatin1String("FN")) {
            if (fields[FullName].isEmpty())
                fields[FullName] = unescape(property.value).trimmed();
        } else if (name == QLatin1String("N")) {
            if (!haveName) {
                const QStringList parts = components(property.value, QLatin1Char(';'));
                fields[LastName] = parts.value(0);
                fields[FirstName] = parts.value(1);
                haveName = true;
            }
        } else if (name == QLatin1String("TEL")) {
            QString number = unescape(property.value).trimmed();
            if (property.uri || number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                    number = number.mid(4);
                number = number.left(number.indexOf(QLatin1Char(';'))).trimmed(); // ;ext=...
            }
            if (number.isEmpty())
                continue;
            const bool mobile = std::any_of(property.types.begin(), property.types.end(), isMobileType) ||
                                (!property.group.isEmpty() && mobileGroups.contains(property.group));
            phones.append({number, mobile, rankOf(property.pref)});
        } else if (name == QLatin1String("EMAIL")) {
            if (fields[Email].isEmpty())
                fields[Email] = unescape(property.value).trimmed();
        } else if (name == QLatin1String("ADR")) {
            // The preferred address, else the home one, else the first.
            const bool home = property.types.contains(QLatin1String("HOME"));
            const int rank = property.pref > 0 ? property.pref : home ? 500 : 1000;
            if (!address || rank < addressRank) {
                address = &property;
                addressRank = rank;
            }
        } else if (name == QLatin1String("BDAY")) {
            if (fields[Birthday].isEmpty())
                fields[Birthday] = birthday(unescape(property.value));
        } else if (name == QLatin1String("ORG")) {
            if (fields[Organization].isEmpty())
                fields[Organization] = components(property.value, QLatin1Char(';')).value(0);
        } else if (name == QLatin1String("CATEGORIES")) {
            for (const QString& category : components(property.value, QLatin1Char(','))) {
                if (!category.isEmpty() && !seenCategories.contains(category)) {
                    seenCategories.insert(category);
                    categories.append(category);
                }
            }
        } else if (name == QLatin1String("NOTE")) {
            const QString note = unescape(property.value).trimmed();
            if (!note.isEmpty())
                notes.append(note);
        }
    }
    if (address) {
        const QStringList parts = components(address->value, QLatin1Char(';'));
        fields[City] = parts.value(3);
        fields[Region] = parts.value(4);
    }
    fields[Categories] = categories.join(QStringLiteral(", "));
    fields[Note] = notes.join(QLatin1Char('\n'));

    // The number to text: a mobile one (the most preferred of them), else the most preferred.
    qsizetype best = -1;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (phones[i].mobile && (best < 0 || phones[i].rank < phones[best].rank))
            best = i;
    }
    if (best < 0) {
        for (qsizetype i = 0; i < phones.size(); ++i) {
            if (best < 0 || phones[i].rank < phones[best].rank)
                best = i;
        }
    }
    if (best >= 0) {
        fields[Mobile] = phones[best].number;
        QStringList others;
        QSet<QString> seen = {digitsOf(phones[best].number)};
        for (qsizetype i = 0; i < phones.size(); ++i) {
            const QString digits = digitsOf(phones[i].number);
            if (i == best || seen.contains(digits))
                continue;
            seen.insert(digits);
            others.append(phones[i].number);
        }
        fields[OtherPhones] = others.join(QStringLiteral(", "));
    }
    return fields;
}

} // namespace textwell
