#pragma once

#include <QString>
#include <QVector>

namespace textwell {

// How an SMS is encoded on the air. One character outside GSM-7 makes the whole message UCS-2.
enum class SmsCoding
{
    Gsm7,
    Ucs2,
};

// A character that cannot be sent as GSM-7 and so forces UCS-2.
struct NonGsmChar
{
    int position = 0; // UTF-16 index into the text
    int length = 1;   // 2 for a surrogate pair
    char32_t codePoint = 0;
};

// What a text costs as an SMS, computed as Twilio's segment calculator does.
struct SmsInfo
{
    SmsCoding encoding = SmsCoding::Gsm7;
    int characters = 0; // Unicode code points
    int codeUnits = 0;  // UTF-16 code units
    int septets = 0;    // GSM-7 length, 2 per extension character; 0 when UCS-2
    int units = 0;      // what the parts are computed from: septets (GSM-7) or code units (UCS-2)
    int parts = 1;
    // Characters in each part, counted as the calculator does: one per grapheme (a ZWJ emoji
    // or a flag is one), except that "\r\n" is two.
    QVector<int> charactersPerPart{0};
    QVector<NonGsmChar> nonGsm; // in text order
};

// The GSM-7 / UCS-2 encoding maths: which encoding a text needs and how it splits into parts.
// Cheap enough to run on every keystroke of a 1,600-character text.
class SmsEncoding
{
public:
    static SmsInfo analyse(const QString& text);

    // "GSM-7" or "UCS-2": the names carriers and Twilio use, the same in every language.
    static QString encodingName(SmsCoding encoding);
    // "U+00A0": how a character that cannot be shown is named to people.
    static QString codePointName(char32_t codePoint);

    // Units that fit in a message sent as one part (160 / 70) and in each part of a longer
    // one (153 / 67: the rest carries the header that joins the parts).
    static int singlePartLimit(SmsCoding encoding);
    static int multiPartLimit(SmsCoding encoding);
};

} // namespace textwell
