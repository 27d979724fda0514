#pragma once

#include <QVector>

namespace textwell {

// The GSM 03.38 default alphabet (basic table) and its extension table, as Twilio and the
// carriers use them for GSM-7 messages. National language shift tables are not used.
class GsmAlphabet
{
public:
    // 1 for a character of the basic table, 2 for one of the extension table (ESC + code),
    // 0 when the character cannot be sent as GSM-7. Constant time: it runs for every keystroke.
    static int septets(char32_t cp);
    static bool contains(char32_t cp) { return septets(cp) != 0; }

    // The 127 characters of the basic table and the 10 of the extension table, sorted.
    static QVector<char32_t> basicCharacters();
    static QVector<char32_t> extensionCharacters();
};

} // namespace textwell
