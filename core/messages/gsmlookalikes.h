#pragma once

#include <QString>

#include <optional>

namespace textwell {

// GSM-7 stand-ins for characters that word processors and phone keyboards slip into a text
// (smart quotes, dashes, odd spaces, full-width forms) and that would make it UCS-2. Used by the
// composer's one-click "replace". Letters are never changed: ç has no GSM-7 look-alike that keeps
// its meaning, so it has no entry.
class GsmLookalikes
{
public:
    // The text to put in place of cp (possibly empty: the character is removed), or nothing when
    // cp has no entry.
    static std::optional<QString> replacement(char32_t cp);
    static bool hasReplacement(char32_t cp);
    // text with every character that has an entry replaced; all others (emoji, Cyrillic, ...) stay.
    static QString replaceAll(const QString& text);
};

} // namespace textwell
