#include "gsmlookalikes.h"

#include <algorithm>
#include <iterator>

namespace textwell {

namespace {

struct Entry
{
    char32_t cp;
    const char16_t* text;
};

// Sorted by code point. Inspired by Twilio's Smart Encoding list, kept to what a shop owner
// would accept unseen: punctuation and spacing only. Odd spaces become ONE space (Twilio makes
// two), TAB one space (Twilio seven).
constexpr Entry kEntries[] = {
    {0x0009, u" "},   // TAB
    {0x0060, u"'"},   // ` grave accent
    {0x00A0, u" "},   // no-break space
    {0x00AB, u"\""},  // «
    {0x00AD, u""},    // soft hyphen: invisible
    {0x00B4, u"'"},   // ´ acute accent
    {0x00BB, u"\""},  // »
    {0x00BC, u"1/4"}, // ¼
    {0x00BD, u"1/2"}, // ½
    {0x00BE, u"3/4"}, // ¾
    {0x02BC, u"'"},   // ʼ modifier letter apostrophe
    {0x2000, u" "},   // en quad
    {0x2001, u" "},   // em quad
    {0x2002, u" "},   // en space
    {0x2003, u" "},   // em space
    {0x2004, u" "},   // three-per-em space
    {0x2005, u" "},   // four-per-em space
    {0x2006, u" "},   // six-per-em space
    {0x2007, u" "},   // figure space
    {0x2008, u" "},   // punctuation space
    {0x2009, u" "},   // thin space
    {0x200A, u" "},   // hair space
    {0x200B, u""},    // zero-width space
    {0x200C, u""},    // zero-width non-joiner (not ZWJ U+200D: it holds emoji sequences together)
    {0x2010, u"-"},   // hyphen
    {0x2011, u"-"},   // non-breaking hyphen
    {0x2012, u"-"},   // figure dash
    {0x2013, u"-"},   // en dash
    {0x2014, u"-"},   // em dash
    {0x2015, u"-"},   // horizontal bar
    {0x2018, u"'"},   // ‘
    {0x2019, u"'"},   // ’
    {0x201A, u"'"},   // ‚ (German opening single quote)
    {0x201B, u"'"},   // ‛
    {0x201C, u"\""},  // “
    {0x201D, u"\""},  // ”
    {0x201E, u"\""},  // „
    {0x201F, u"\""},  // ‟
    {0x2022, u"-"},   // • bullet
    {0x2026, u"..."}, // … ellipsis
    {0x2028, u"\n"},  // line separator
    {0x2029, u"\n"},  // paragraph separator
    {0x202F, u" "},   // narrow no-break space
    {0x2032, u"'"},   // ′ prime
    {0x2033, u"\""},  // ″ double prime
    {0x2039, u"<"},   // ‹
    {0x203A, u">"},   // ›
    {0x2043, u"-"},   // ⁃ hyphen bullet
    {0x2044, u"/"},   // ⁄ fraction slash
    {0x205F, u" "},   // medium mathematical space
    {0x2060, u""},    // word joiner
    {0x2212, u"-"},   // − minus sign
    {0x3000, u" "},   // ideographic space
    {0xFEFF, u""},    // byte order mark / zero-width no-break space
    {0xFF40, u"'"},   // full-width grave accent: ASCII ` is not GSM-7 either
};

constexpr bool isSorted()
{
    for (std::size_t i = 1; i < std::size(kEntries); ++i) {
        if (kEntries[i - 1].cp >= kEntries[i].cp)
            return false;
    }
    return true;
}
static_assert(isSorted(), "find() needs the entries sorted by code point");

constexpr char32_t kFullWidthFirst = 0xFF01; // ！ .. ～ are ASCII ! .. ~ shifted by 0xFEE0
constexpr char32_t kFullWidthLast = 0xFF5E;
constexpr char32_t kFullWidthOffset = 0xFEE0;

const Entry* find(char32_t cp)
{
    const auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), cp,
                                     [](const Entry& e, char32_t c) { return e.cp < c; });
    return it != std::end(kEntries) && it->cp == cp ? it : nullptr;
}

// Appends the replacement of cp to out; false when cp has none.
bool appendReplacement(char32_t cp, QString& out)
{
    if (const Entry* entry = find(cp)) {
        out += QStringView(entry->text);
        return true;
    }
    if (cp >= kFullWidthFirst && cp <= kFullWidthLast) {
        out += QChar(char16_t(cp - kFullWidthOffset));
        return true;
    }
    return false;
}

} // namespace

std::optional<QString> GsmLookalikes::replacement(char32_t cp)
{
    QString out;
    if (!appendReplacement(cp, out))
        return std::nullopt;
    return out;
}

bool GsmLookalikes::hasReplacement(char32_t cp)
{
    return find(cp) != nullptr || (cp >= kFullWidthFirst && cp <= kFullWidthLast);
}

QString GsmLookalikes::replaceAll(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const int length = int(text.size());
    for (int i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        // Surrogate pairs (emoji) have no entry: copy both halves.
        if (c.isHighSurrogate() && i + 1 < length && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (!appendReplacement(c.unicode(), out))
            out += c;
    }
    return out;
}

} // namespace textwell
