#pragma once

#include <QStringList>

namespace textwell {

// The keywords of SMS opt-out, opt-in and help, in English, Russian and German, upper case.
// The one list both the opt-out footer and the inbound reply classifier use.
class OptOutKeywords
{
public:
    // Twilio's eight (STOP ... OPTOUT) plus the Russian and German ones.
    static const QStringList& optOut();
    static const QStringList& optIn();
    static const QStringList& help();
    // Verbs that tell a reader to send a keyword ("Reply STOP", "Ответьте СТОП", "Antworte STOPP"),
    // lower case.
    static const QStringList& replyVerbs();
};

} // namespace textwell
