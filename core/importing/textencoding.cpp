#include "textencoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace textwell {

namespace {

constexpr qsizetype HeadSize = 64 * 1024;

// Bytes 0x80-0xFF. The byte Windows leaves undefined (0x98) maps to the C1 control of the same
// number, as in the WHATWG encoding standard, so that no byte is ever lost.
constexpr char16_t Windows1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

// The five bytes Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to C1 controls.
constexpr char16_t Windows1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD,
    0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
    0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

bool startsWith(const QByteArray& head, const char* bom, qsizetype size)
{
    return head.size() >= size && memcmp(head.constData(), bom, size_t(size)) == 0;
}

// Zero bytes give UTF-16 away: ASCII characters (digits, delimiters, line ends) have one zero
// byte, always at odd offsets in little-endian and at even ones in big-endian.
std::optional<TextEncoding::Encoding> utf16ByZeros(const QByteArray& head)
{
    const qsizetype pairs = head.size() / 2;
    if (pairs == 0)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        zeroEven += head.at(i) == 0 ? 1 : 0;
        zeroOdd += head.at(i + 1) == 0 ? 1 : 0;
    }
    if (zeroOdd * 8 >= pairs && zeroEven * 16 <= zeroOdd)
        return TextEncoding::Utf16LE;
    if (zeroEven * 8 >= pairs && zeroOdd * 16 <= zeroEven)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

enum class Utf8Check
{
    Ascii,
    Valid,
    Invalid,
};

// Strict UTF-8 (no overlong forms, no surrogates); a sequence cut off by the end of the head is
// not held against the file, since the head is usually only the first 64 KB of it.
Utf8Check checkUtf8(const QByteArray& head)
{
    const auto* p = reinterpret_cast<const unsigned char*>(head.constData());
    const qsizetype size = head.size();
    bool nonAscii = false;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        nonAscii = true;
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return Utf8Check::Invalid;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return Utf8Check::Valid; // cut off at the end of the head
            const unsigned char c = p[i + k];
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
                return Utf8Check::Invalid;
        }
        i += length;
    }
    return nonAscii ? Utf8Check::Valid : Utf8Check::Ascii;
}

// Windows-1251 against Windows-1252, by words (runs of letters). Russian words are runs of high
// bytes; German or French ones are ASCII letters with an umlaut or an accent or two among them.
// Words of a single high byte ("в", "à") say little and are not counted.
TextEncoding::Encoding legacyByWords(const QByteArray& head)
{
    auto isAsciiLetter = [](unsigned char b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; };
    auto isHighLetter = [](unsigned char b) { return b >= 0xC0 || b == 0xA8 || b == 0xB8; };
    qsizetype votes1251 = 0;
    qsizetype votes1252 = 0;
    qsizetype ascii = 0;
    qsizetype high = 0;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        const auto b = i < head.size() ? static_cast<unsigned char>(head.at(i)) : 0;
        if (isAsciiLetter(b)) {
            ++ascii;
            continue;
        }
        if (isHighLetter(b)) {
            ++high;
            continue;
        }
        if (high > 0 && ascii > 0)
            votes1252 += high;
        else if (high >= 2)
            votes1251 += high;
        ascii = 0;
        high = 0;
    }
    return votes1251 > votes1252 ? TextEncoding::Windows1251 : TextEncoding::Windows1252;
}

} // namespace

TextEncoding::Encoding TextEncoding::detect(const QByteArray& fullHead)
{
    const QByteArray head = fullHead.left(HeadSize);
    if (startsWith(head, "\xEF\xBB\xBF", 3))
        return Utf8;
    if (startsWith(head, "\xFF\xFE", 2))
        return Utf16LE;
    if (startsWith(head, "\xFE\xFF", 2))
        return Utf16BE;
    if (const auto utf16 = utf16ByZeros(head))
        return *utf16;
    if (checkUtf8(head) != Utf8Check::Invalid)
        return Utf8;
    return legacyByWords(head);
}

int TextEncoding::bomLength(const QByteArray& head, Encoding encoding)
{
    switch (encoding) {
    case Utf8:
        return startsWith(head, "\xEF\xBB\xBF", 3) ? 3 : 0;
    case Utf16LE:
        return startsWith(head, "\xFF\xFE", 2) ? 2 : 0;
    case Utf16BE:
        return startsWith(head, "\xFE\xFF", 2) ? 2 : 0;
    case Windows1251:
    case Windows1252:
        break;
    }
    return 0;
}

QList<TextEncoding::Encoding> TextEncoding::all()
{
    return {Utf8, Utf16LE, Utf16BE, Windows1251, Windows1252};
}

QString TextEncoding::code(Encoding encoding)
{
    switch (encoding) {
    case Utf8:
        return QStringLiteral("utf-8");
    case Utf16LE:
        return QStringLiteral("utf-16le");
    case Utf16BE:
        return QStringLiteral("utf-16be");
    case Windows1251:
        return QStringLiteral("windows-1251");
    case Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QString();
}

bool TextEncoding::fromCode(const QString& code, Encoding* encoding)
{
    // The names people and vCards write, without case, dashes, underscores and spaces.
    QString key = code.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const struct
    {
        const char* name;
        Encoding encoding;
    } names[] = {
        {"utf8", Utf8},
        {"ascii", Utf8},
        {"usascii", Utf8},
        {"utf16", Utf16LE},
        {"utf16le", Utf16LE},
        {"unicode", Utf16LE},
        {"utf16be", Utf16BE},
        {"windows1251", Windows1251},
        {"cp1251", Windows1251},
        {"win1251", Windows1251},
        {"1251", Windows1251},
        {"windows1252", Windows1252},
        {"cp1252", Windows1252},
        {"win1252", Windows1252},
        {"1252", Windows1252},
        {"latin1", Windows1252},
        {"iso88591", Windows1252},
        {"l1", Windows1252},
    };
    for (const auto& name : names) {
        if (key == QLatin1String(name.name)) {
            if (encoding)
                *encoding = name.encoding;
            return true;
        }
    }
    return false;
}

QString TextEncoding::label(Encoding encoding)
{
    switch (encoding) {
    case Utf8:
        return tr("Unicode (UTF-8)");
    case Utf16LE:
        return tr("Unicode (UTF-16 little-endian)");
    case Utf16BE:
        return tr("Unicode (UTF-16 big-endian)");
    case Windows1251:
        return tr("Cyrillic (Windows-1251)");
    case Windows1252:
        return tr("Western European (Windows-1252)");
    }
    return QString();
}

// UTF-8 and UTF-16 are decoded by QStringDecoder, but each piece on its own (stateless): Qt 6.4's
// stateful decoder loses the character after an invalid sequence cut between two pieces (UTF-8
// "\xDC" | "berweg" gives "\uFFFDerweg"). Instead, a character the piece ends in the middle of
// (also one that will turn out invalid) is held back for the next piece, so that each piece ends
// where the decoder has nothing pending.
struct TextDecoder::State
{
    TextEncoding::Encoding encoding = TextEncoding::Utf8;
    const char16_t* table = nullptr; // for the single-byte encodings
    QByteArray held;                 // at most 3 bytes held back for the next piece
    bool error = false;
};

namespace {

// How many bytes of a UTF-8 piece can be decoded now: not a last sequence shorter than its lead
// byte says.
qsizetype utf8Cut(const char* data, qsizetype size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    for (qsizetype k = size - 1; k >= 0 && size - k <= 4; --k) {
        if (p[k] < 0x80)
            return size;
        if (p[k] >= 0xC0) {
            const qsizetype length = p[k] >= 0xF0 ? 4 : p[k] >= 0xE0 ? 3 : 2;
            return length > size - k ? k : size;
        }
    }
    return size; // continuation bytes without a lead: invalid whatever follows
}

// How many bytes of a UTF-16 piece can be decoded now: not an odd last byte, nor a high surrogate
// whose pair may follow.
qsizetype utf16Cut(const char* data, qsizetype size, bool bigEndian)
{
    qsizetype cut = size & ~qsizetype(1);
    if (cut >= 2) {
        const auto* p = reinterpret_cast<const unsigned char*>(data);
        const unsigned high = bigEndian ? p[cut - 2] : p[cut - 1];
        if (high >= 0xD8 && high <= 0xDB)
            cut -= 2;
    }
    return cut;
}

} // namespace

TextDecoder::TextDecoder(TextEncoding::Encoding encoding) : d(std::make_unique<State>())
{
    d->encoding = encoding;
    if (encoding == TextEncoding::Windows1251)
        d->table = Windows1251;
    else if (encoding == TextEncoding::Windows1252)
        d->table = Windows1252;
}

TextDecoder::~TextDecoder() = default;

QString TextDecoder::decode(const char* data, qsizetype size)
{
    if (d->table) {
        QString text(std::max<qsizetype>(size, 0), Qt::Uninitialized);
        QChar* out = text.data();
        const auto* in = reinterpret_cast<const unsigned char*>(data);
        for (qsizetype i = 0; i < size; ++i)
            out[i] = QChar(in[i] < 0x80 ? char16_t(in[i]) : d->table[in[i] - 0x80]);
        return text;
    }
    if (size <= 0)
        return QString();

    QByteArray joined;
    if (!d->held.isEmpty()) {
        joined = d->held + QByteArrayView(data, size);
        data = joined.constData();
        size = joined.size();
    }
    const qsizetype cut = d->encoding == TextEncoding::Utf8
                              ? utf8Cut(data, size)
                              : utf16Cut(data, size, d->encoding == TextEncoding::Utf16BE);
    d->held = QByteArray(data + cut, size - cut);
    return decodePiece(data, cut);
}

QString TextDecoder::finish()
{
    const QByteArray rest = std::exchange(d->held, QByteArray());
    return decodePiece(rest.constData(), rest.size());
}

QString TextDecoder::decodePiece(const char* data, qsizetype size)
{
    if (size <= 0 || d->table)
        return QString();
    // ConvertInitialBom: the readers skip the byte-order mark themselves; a second one is text.
    const auto flags = QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
    QStringDecoder decoder(d->encoding == TextEncoding::Utf8      ? QStringDecoder::Utf8
                           : d->encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                  : QStringDecoder::Utf16BE,
                           flags);
    QString text = decoder.decode(QByteArrayView(data, size));
    d->error = d->error || decoder.hasError();
    return text;
}

bool TextDecoder::hasError() const
{
    return d->error;
}

} // namespace textwell
