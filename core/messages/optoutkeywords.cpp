#include "optoutkeywords.h"

namespace textwell {

// Sources: Twilio's opt-out, opt-in and help keywords and the FCC's "opt out" (English). The
// Russian and German words are the project's own choice: no carrier or regulator list for them
// was found. Each language keeps the English STOP, START, HELP, JOIN and YES that everyone knows.
// YES is no opt-in keyword: it only confirms a consent the number was asked to confirm (double
// opt-in), so a YES to an ordinary message never re-subscribes anyone.

QStringList OptOutKeywords::defaults(Kind kind, const QString& language)
{
    const bool ru = language == QLatin1String("ru");
    const bool de = language == QLatin1String("de");
    switch (kind) {
    case Kind::OptOut:
        if (ru)
            return {QStringLiteral("СТОП"), QStringLiteral("STOP"), QStringLiteral("ОТПИСКА"),
                    QStringLiteral("ОТПИСАТЬСЯ"), QStringLiteral("ОТМЕНА")};
        if (de)
            return {QStringLiteral("STOP"), QStringLiteral("STOPP"), QStringLiteral("ABMELDEN"),
                    QStringLiteral("ABBESTELLEN"), QStringLiteral("ENDE")};
        return {QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
                QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
                QStringLiteral("REVOKE"), QStringLiteral("OPTOUT"),  QStringLiteral("OPT OUT")};
    case Kind::OptIn:
        if (ru)
            return {QStringLiteral("СТАРТ"), QStringLiteral("START")};
        if (de)
            return {QStringLiteral("START")};
        return {QStringLiteral("START"), QStringLiteral("UNSTOP")};
    case Kind::Help:
        if (ru)
            return {QStringLiteral("ПОМОЩЬ"), QStringLiteral("HELP")};
        if (de)
            return {QStringLiteral("HILFE"), QStringLiteral("HELP")};
        return {QStringLiteral("HELP"), QStringLiteral("INFO")};
    case Kind::Join:
        if (ru)
            return {QStringLiteral("ПОДПИСКА"), QStringLiteral("ПОДПИСАТЬСЯ"), QStringLiteral("JOIN")};
        if (de)
            return {QStringLiteral("ANMELDEN"), QStringLiteral("JOIN")};
        return {QStringLiteral("JOIN"), QStringLiteral("SUBSCRIBE")};
    case Kind::Confirm:
        if (ru)
            return {QStringLiteral("ДА"), QStringLiteral("YES")};
        if (de)
            return {QStringLiteral("JA"), QStringLiteral("YES")};
        return {QStringLiteral("YES")};
    }
    return {};
}

QString OptOutKeywords::mandatory(Kind kind)
{
    switch (kind) {
    case Kind::OptOut:
        return QStringLiteral("STOP");
    case Kind::OptIn:
        return QStringLiteral("START");
    case Kind::Help:
        return QStringLiteral("HELP");
    case Kind::Join:
        return QStringLiteral("JOIN");
    case Kind::Confirm:
        return QStringLiteral("YES");
    }
    return {};
}

namespace {

QStringList allLanguages(OptOutKeywords::Kind kind)
{
    QStringList words;
    for (const char* language : {"en", "ru", "de"})
        for (const QString& word : OptOutKeywords::defaults(kind, QString::fromLatin1(language)))
            if (!words.contains(word))
                words.append(word);
    return words;
}

} // namespace

const QStringList& OptOutKeywords::optOut()
{
    static const QStringList words = allLanguages(Kind::OptOut);
    return words;
}

const QStringList& OptOutKeywords::optIn()
{
    static const QStringList words = allLanguages(Kind::OptIn);
    return words;
}

const QStringList& OptOutKeywords::help()
{
    static const QStringList words = allLanguages(Kind::Help);
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
