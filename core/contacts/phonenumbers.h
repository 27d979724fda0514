#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace textwell {

// What a number is, as far as SMS is concerned.
enum class NumberKind
{
    Unknown = 0,
    Mobile = 1,
    MobileOrFixed = 2, // e.g. every US/CA number: cannot be told apart, assumed to take SMS
    FixedLine = 3,     // a landline: stored, but it cannot receive SMS
    Other = 4,         // toll-free, VoIP, pager, ...: may not receive SMS
    Rejected = 5,      // refused by the SMS gateway as invalid (Twilio 21211): not sent to again
};

struct ParsedNumber
{
    QString e164;   // "+4917112345678"
    QString region; // "DE"
    NumberKind kind = NumberKind::Unknown;
    QString international; // "+49 171 12345678", for display
    QString warning;       // non-empty when the number is valid but may not take SMS

    bool canReceiveSms() const;
};

// A number reduced to what storing it needs.
struct NormalizedNumber
{
    QString e164;
    NumberKind kind = NumberKind::Unknown;
    QString region; // "DE": whose rules apply to it
};

// Parsing, validating and formatting phone numbers with libphonenumber. Thread-safe.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // Parses input as typed by a person ("8 (916) 123-45-67", "+49 (0)171 1234567") and reads
    // numbers without a country prefix as numbers of defaultRegion ("RU", "DE", ...).
    // The error names what is wrong: not a number, too short, too long, not valid for the country.
    static Result<ParsedNumber> parse(const QString& input, const QString& defaultRegion);
    // The same reading, giving only the E.164 form and the kind: half the work of parse(), for
    // a million numbers in an import. A number parse() refuses is refused with its message.
    static Result<NormalizedNumber> normalize(const QString& input, const QString& defaultRegion);

    // "+4917112345678" -> "+49 171 12345678"; returns the input when it cannot be parsed.
    static QString formatInternational(const QString& e164);

    // The region of the system locale ("DE" for de_DE), or "US" when the locale names none.
    static QString regionFromSystemLocale();
    static bool isKnownRegion(const QString& region);
    // Every region libphonenumber knows, as two-letter codes, sorted.
    static QStringList supportedRegions();
    // "Germany" for "DE" (Qt knows territory names in English only).
    static QString regionName(const QString& region);
    static QString kindLabel(NumberKind kind);
    // 49 for "DE"; 0 for an unknown region.
    static int callingCode(const QString& region);
    static bool canReceiveSms(NumberKind kind)
    {
        return kind == NumberKind::Mobile || kind == NumberKind::MobileOrFixed;
    }
};

inline bool ParsedNumber::canReceiveSms() const
{
    return PhoneNumbers::canReceiveSms(kind);
}

} // namespace textwell
