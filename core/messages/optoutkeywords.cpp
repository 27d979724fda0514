#include "optoutkeywords.h"

namespace textwell {

// Sources: Twilio's opt-out, opt-in and help keywords (English). The Russian and German words
// are the project's own choice: no carrier or regulator list for them was found.

const QStringList& OptOutKeywords::optOut()
{
    static const QStringList words = {
        QStringLiteral("STOP"),    QStringLiteral("STOPALL"),    QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("CANCEL"),  QStringLiteral("END"),        QStringLiteral("QUIT"),
        QStringLiteral("REVOKE"),  QStringLiteral("OPTOUT"),     QStringLiteral("СТОП"),
        QStringLiteral("ОТПИСКА"), QStringLiteral("ОТПИСАТЬСЯ"), QStringLiteral("ОТМЕНА"),
        QStringLiteral("STOPP"),   QStringLiteral("ABMELDEN"),   QStringLiteral("ABBESTELLEN"),
        QStringLiteral("ENDE"),
    };
    return words;
}

const QStringList& OptOutKeywords::optIn()
{
    static const QStringList words = {QStringLiteral("START"), QStringLiteral("YES"),
                                      QStringLiteral("UNSTOP"), QStringLiteral("СТАРТ")};
    return words;
}

const QStringList& OptOutKeywords::help()
{
    static const QStringList words = {QStringLiteral("HELP"), QStringLiteral("INFO"),
                                      QStringLiteral("ПОМОЩЬ"), QStringLiteral("HILFE")};
    return words;
}

const QStringList& OptOutKeywords::replyVerbs()
{
    static const QStringList words = {
        // en
        QStringLiteral("reply"),
        QStringLiteral("text"),
        QStringLiteral("send"),
        QStringLiteral("sms"),
        // ru
        QStringLiteral("ответьте"),
        QStringLiteral("отправьте"),
        QStringLiteral("пришлите"),
        QStringLiteral("напишите"),
        QStringLiteral("ответь"),
        QStringLiteral("смс"),
        // de
        QStringLiteral("antworte"),
        QStringLiteral("antworten"),
        QStringLiteral("antwort"),
        QStringLiteral("sende"),
        QStringLiteral("senden"),
    };
    return words;
}

} // namespace textwell
