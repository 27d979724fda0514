#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace textwell {

// What a reply asks for, as the classifier reads it.
struct ReplyClassification
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassification)

public:
    enum class Kind
    {
        OptOut,  // acted on at once: the number is suppressed
        OptIn,   // re-subscribes a number that opted out
        Help,    // answered with the help text
        Join,    // a number asks to be subscribed (JOIN): added, and welcomed
        Confirm, // YES to a confirmation request: the consent is confirmed (double opt-in)
        Review,  // may be an opt-out: a person decides, within the legal deadline
        Other,   // a message for a person: the Inbox
    };

    Kind kind = Kind::Other;
    double confidence = 0; // 1 for a keyword on its own, less for phrases, 0 for other
    QString rule;          // what matched, for the record: "keyword:STOP", "phrase:ru:do-not-write"
    QString reasonCode;    // an OptOutReasons code when the reply says why; empty otherwise
    QString language;      // "en", "ru", "de" when the match tells; empty otherwise

    static QString kindCode(Kind kind); // "opt_out"
    static std::optional<Kind> kindFromCode(const QString& code);
    static QString kindLabel(Kind kind);
};

} // namespace textwell
