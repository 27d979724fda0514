#pragma once

#include <QStringList>

namespace textwell {

// The keywords of SMS opt-out, opt-in, help, joining and confirming in English, Russian and German,
// upper case: the defaults of the reply settings, and the words the opt-out footer recognises in a
// text.
class OptOutKeywords
{
public:
    enum class Kind
    {
        OptOut,
        OptIn,
        Help,
        Join,    // a new number asks to be subscribed: JOIN, ПОДПИСКА, ANMELDEN
        Confirm, // answers the confirmation request (double opt-in): YES, ДА, JA
    };

    // One language's default list ("en", "ru", "de"); English's for any other.
    static QStringList defaults(Kind kind, const QString& language);
    // The words that can never be removed from any language's list: STOP, START, HELP, JOIN, YES.
    static QString mandatory(Kind kind);

    // Every language's defaults together, without repeats.
    static const QStringList& optOut();
    static const QStringList& optIn();
    static const QStringList& help();
    // Verbs that tell a reader to send a keyword ("Reply STOP", "Ответьте СТОП", "Antworte STOPP"),
    // lower case.
    static const QStringList& replyVerbs();
};

} // namespace textwell
