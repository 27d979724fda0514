#include "smsencoding.h"

#include "gsmalphabet.h"

#include <QTextBoundaryFinder>
#include <QVarLengthArray>

#include <utility>

namespace textwell {

namespace {

// Fills parts greedily with indivisible items (a character or a grapheme) of a given size.
class PartFiller
{
public:
    PartFiller(int totalUnits, SmsCoding encoding)
        : m_limit(totalUnits <= SmsEncoding::singlePartLimit(encoding)
                      ? SmsEncoding::singlePartLimit(encoding)
                      : SmsEncoding::multiPartLimit(encoding))
    {}

    void add(int size)
    {
        // An item never straddles two parts: it moves whole to the next one. One that is larger
        // than a part on its own (a grapheme of dozens of combining marks) gets a part to itself.
        if (m_used + size > m_limit && m_used > 0) {
            m_counts.append(0);
            m_used = 0;
        }
        m_used += size;
        ++m_counts.last();
    }

    QVector<int> takeCounts() { return std::move(m_counts); }

private:
    int m_limit;
    int m_used = 0;
    QVector<int> m_counts{0};
};

bool isRegionalIndicator(const QChar* data, int at, int length)
{
    // U+1F1E6..U+1F1FF, the letters that pair up into flags (🇩🇪 = D + E), as surrogate pairs.
    return at + 1 < length && data[at].unicode() == 0xD83C && data[at + 1].unicode() >= 0xDDE6 &&
           data[at + 1].unicode() <= 0xDDFF;
}

// Where the graphemes of text end, as UTF-16 indices.
QVarLengthArray<int, 512> graphemeEnds(const QString& text, bool hasRegionalIndicators)
{
    QVarLengthArray<int, 512> ends;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary())
        ends.append(int(end));
    if (!hasRegionalIndicators)
        return ends;

    // Regional indicators pair up from the start of each run (UAX #29 GB12/GB13). Qt 6.4 counts
    // wrong after an emoji ("😀🇷🇺" gives 😀|🇷|🇺), so the boundaries inside runs are redone here.
    const int length = int(text.size());
    const QChar* data = text.constData();
    QVarLengthArray<bool, 2048> boundary(length + 1, false);
    for (const int end : ends)
        boundary[end] = true;
    for (int i = 0; i < length;) {
        if (!isRegionalIndicator(data, i, length)) {
            ++i;
            continue;
        }
        for (int inRun = 0; isRegionalIndicator(data, i, length); i += 2, ++inRun) {
            if (inRun > 0)
                boundary[i] = inRun % 2 == 0;
        }
    }
    ends.clear();
    for (int i = 1; i <= length; ++i) {
        if (boundary[i])
            ends.append(i);
    }
    return ends;
}

} // namespace

SmsInfo SmsEncoding::analyse(const QString& text)
{
    SmsInfo info;
    const int length = int(text.size());
    const QChar* data = text.constData();
    info.codeUnits = length;

    bool hasRegionalIndicators = false;
    for (int i = 0; i < length; ++i) {
        char32_t cp = data[i].unicode();
        int width = 1;
        if (data[i].isHighSurrogate() && i + 1 < length && data[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(data[i], data[i + 1]);
            width = 2;
        }
        ++info.characters;
        hasRegionalIndicators = hasRegionalIndicators || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
        const int septets = GsmAlphabet::septets(cp);
        if (septets == 0)
            info.nonGsm.append({i, width, cp});
        else
            info.septets += septets;
        i += width - 1;
    }

    if (info.nonGsm.isEmpty()) {
        // Every GSM-7 character is a grapheme of its own (CR LF is split anyway), so the
        // grapheme rules need not run: the items are the characters.
        info.encoding = SmsCoding::Gsm7;
        info.units = info.septets;
        PartFiller filler(info.units, info.encoding);
        for (int i = 0; i < length; ++i)
            filler.add(GsmAlphabet::septets(data[i].unicode()));
        info.charactersPerPart = filler.takeCounts();
    } else {
        info.encoding = SmsCoding::Ucs2;
        info.septets = 0;
        info.units = info.codeUnits;
        PartFiller filler(info.units, info.encoding);
        int start = 0;
        for (const int end : graphemeEnds(text, hasRegionalIndicators)) {
            const int size = end - start;
            // The calculator splits "\r\n" into two characters of one unit each.
            if (size == 2 && data[start] == u'\r' && data[start + 1] == u'\n') {
                filler.add(1);
                filler.add(1);
            } else {
                filler.add(size);
            }
            start = end;
        }
        info.charactersPerPart = filler.takeCounts();
    }
    info.parts = int(info.charactersPerPart.size());
    return info;
}

QString SmsEncoding::encodingName(SmsCoding encoding)
{
    return encoding == SmsCoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
}

QString SmsEncoding::codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

int SmsEncoding::singlePartLimit(SmsCoding encoding)
{
    return encoding == SmsCoding::Gsm7 ? 160 : 70;
}

int SmsEncoding::multiPartLimit(SmsCoding encoding)
{
    return encoding == SmsCoding::Gsm7 ? 153 : 67;
}

} // namespace textwell
