#include "replysettings.h"

#include "storage/businesssettings.h"

namespace textwell {

namespace {

QString kindName(OptOutKeywords::Kind kind)
{
    switch (kind) {
    case OptOutKeywords::Kind::OptOut:
        return QStringLiteral("opt_out");
    case OptOutKeywords::Kind::OptIn:
        return QStringLiteral("opt_in");
    case OptOutKeywords::Kind::Help:
        return QStringLiteral("help");
    case OptOutKeywords::Kind::Join:
        return QStringLiteral("join");
    case OptOutKeywords::Kind::Confirm:
        return QStringLiteral("confirm");
    }
    return {};
}

QString keywordsKey(OptOutKeywords::Kind kind, const QString& language)
{
    return QStringLiteral("reply_keywords_%1_%2").arg(kindName(kind), language);
}

const QString ContactKey = QStringLiteral("reply_contact");
const QString AskReasonKey = QStringLiteral("reply_ask_reason");

} // namespace

ReplySettings::ReplySettings(QSqlDatabase db) : m_db(std::move(db)) {}

ReplyKeywords ReplySettings::keywords() const
{
    ReplyKeywords keywords = ReplyKeywords::defaults();
    const BusinessSettings settings(m_db);
    for (auto kind : ReplyKeywords::allKinds())
        for (const QString& language : BusinessSettings::messageLanguages())
            if (const auto stored = settings.stored(keywordsKey(kind, language)))
                keywords.words[kind][language] =
                    ReplyKeywords::cleaned(kind, stored->split(QLatin1Char(','), Qt::SkipEmptyParts));
    return keywords;
}

Status ReplySettings::setKeywords(OptOutKeywords::Kind kind, const QString& language,
                                  const QStringList& words)
{
    if (!BusinessSettings::messageLanguages().contains(language))
        return Status::failure(tr("“%1” is not one of the message languages.").arg(language));
    for (const QString& word : words)
        if (word.contains(QLatin1Char(',')))
            return Status::failure(tr("A keyword cannot contain a comma: “%1”.").arg(word));
    return BusinessSettings(m_db).store(keywordsKey(kind, language),
                                        ReplyKeywords::cleaned(kind, words).join(QStringLiteral(", ")));
}

QString ReplySettings::key(Text text, const QString& language)
{
    switch (text) {
    case Text::OptOutConfirmation:
        return QStringLiteral("reply_text_opt_out_") + language;
    case Text::OptInConfirmation:
        return QStringLiteral("reply_text_opt_in_") + language;
    case Text::Help:
        return QStringLiteral("reply_text_help_") + language;
    case Text::ReasonQuestion:
        return QStringLiteral("reply_text_reason_") + language;
    case Text::Welcome:
        return QStringLiteral("reply_text_welcome_") + language;
    case Text::ConfirmationRequest:
        return QStringLiteral("reply_text_confirmation_request_") + language;
    case Text::ConfirmationReminder:
        return QStringLiteral("reply_text_confirmation_reminder_") + language;
    }
    return {};
}

QString ReplySettings::defaultText(Text text, const QString& language) const
{
    return defaultText(text, language, contact());
}

QString ReplySettings::defaultText(Text text, const QString& language, const QString& reach)
{
    const bool ru = language == QLatin1String("ru");
    const bool de = language == QLatin1String("de");
    switch (text) {
    case Text::OptOutConfirmation:
        // No marketing, and how to come back (FCC: one confirmation, nothing else). Short enough
        // for one SMS with a business name in front (Cyrillic: 70 characters).
        if (ru)
            return QStringLiteral("Вы отписаны и больше не получите SMS. Вернуться: СТАРТ.");
        if (de)
            return QStringLiteral("Sie sind abgemeldet und erhalten keine Nachrichten mehr. Zum erneuten "
                                  "Anmelden antworten Sie START.");
        return QStringLiteral(
            "You are unsubscribed and will get no more messages. Reply START to opt back in.");
    case Text::OptInConfirmation:
        if (ru)
            return QStringLiteral("Вы снова подписаны. Отписаться: ответьте СТОП.");
        if (de)
            return QStringLiteral("Sie sind wieder angemeldet. Abmelden: Antwort STOP.");
        return QStringLiteral("You are subscribed again. Reply STOP to opt out.");
    case Text::Help: {
        if (ru)
            return (reach.isEmpty() ? QString() : QStringLiteral("Вопросы: %1. ").arg(reach)) +
                   QStringLiteral("Отписаться: ответьте СТОП, подписаться снова: СТАРТ.");
        if (de)
            return (reach.isEmpty() ? QString() : QStringLiteral("Fragen: %1. ").arg(reach)) +
                   QStringLiteral("Abmelden: Antwort STOP, wieder anmelden: START.");
        return (reach.isEmpty() ? QString() : QStringLiteral("Questions: %1. ").arg(reach)) +
               QStringLiteral("Reply STOP to opt out, START to opt back in.");
    }
    case Text::ReasonQuestion:
        if (ru)
            return QStringLiteral(
                "Почему? Ответьте цифрой: 1 слишком часто, 2 неинтересно, 3 не подписывался, "
                "4 другое.");
        if (de)
            return QStringLiteral("Warum? Antworten Sie mit 1 zu oft, 2 uninteressant, 3 nie angemeldet, "
                                  "4 anderes.");
        return QStringLiteral("Why? Reply 1 too many messages, 2 not relevant, 3 never signed up, 4 other.");
    case Text::Welcome:
        // The program (the business name in front), how often, how to leave, where to get help.
        if (ru)
            return QStringLiteral("Вы подписаны: несколько сообщений в месяц. Отписаться: СТОП, помощь: "
                                  "ПОМОЩЬ.");
        if (de)
            return QStringLiteral("Willkommen! Sie erhalten einige Nachrichten im Monat. Abmelden: Antwort "
                                  "STOPP, Hilfe: HILFE.");
        return QStringLiteral(
            "Welcome! You will get a few messages a month. Reply STOP to opt out, HELP for help.");
    case Text::ConfirmationRequest:
        // A question, never an offer: the consent is not confirmed yet.
        if (ru)
            return QStringLiteral("Хотите получать наши предложения по SMS? Ответьте ДА. Без ответа "
                                  "рассылки не будет.");
        if (de)
            return QStringLiteral("Möchten Sie unsere Angebote per SMS erhalten? Bitte bestätigen Sie mit "
                                  "JA. Ohne Antwort erhalten Sie keine.");
        return QStringLiteral("Do you want our offers by SMS? Reply YES to confirm. If you do not reply, "
                              "you will get none.");
    case Text::ConfirmationReminder:
        if (ru)
            return QStringLiteral("Напоминание: ответьте ДА, если хотите получать наши предложения по SMS.");
        if (de)
            return QStringLiteral("Erinnerung: Antworten Sie JA, wenn Sie unsere Angebote per SMS möchten.");
        return QStringLiteral("Reminder: reply YES if you want our offers by SMS.");
    }
    return {};
}

QVector<OptOutReason> ReplySettings::reasonChoices()
{
    return {OptOutReason::TooFrequent, OptOutReason::NotRelevant, OptOutReason::NeverSignedUp,
            OptOutReason::Other};
}

QString ReplySettings::text(Text text, const QString& language) const
{
    return BusinessSettings(m_db).stored(key(text, language)).value_or(defaultText(text, language));
}

QString ReplySettings::textProblem(const QString& value)
{
    if (value.trimmed().isEmpty())
        return tr("The text cannot be empty.");
    if (value.size() > MaxTextLength)
        return tr("The text is too long: at most %Ln character(s).", nullptr, MaxTextLength);
    return {};
}

Status ReplySettings::setText(Text text, const QString& language, const QString& value)
{
    if (!BusinessSettings::messageLanguages().contains(language))
        return Status::failure(tr("“%1” is not one of the message languages.").arg(language));
    if (const QString problem = textProblem(value); !problem.isEmpty())
        return Status::failure(problem);
    return BusinessSettings(m_db).store(key(text, language), value.simplified());
}

QString ReplySettings::contact() const
{
    return BusinessSettings(m_db).stored(ContactKey).value_or(QString());
}

Status ReplySettings::setContact(const QString& contact)
{
    return BusinessSettings(m_db).store(ContactKey, contact.simplified());
}

bool ReplySettings::asksReason() const
{
    return BusinessSettings(m_db).stored(AskReasonKey).value_or(QString()) == QLatin1String("1");
}

Status ReplySettings::setAsksReason(bool on)
{
    return BusinessSettings(m_db).store(AskReasonKey, on ? QStringLiteral("1") : QStringLiteral("0"));
}

QString ReplySettings::answer(Text which, const QString& language) const
{
    const QString lang = BusinessSettings::messageLanguages().contains(language)
                             ? language
                             : BusinessSettings(m_db).value(BusinessSettings::Key::MessageLanguage);
    QString body = text(which, lang);
    if (which == Text::OptOutConfirmation && asksReason())
        body += QLatin1Char(' ') + text(Text::ReasonQuestion, lang);
    const QString business = BusinessSettings(m_db).value(BusinessSettings::Key::BusinessName).trimmed();
    return business.isEmpty() ? body : business + QStringLiteral(": ") + body;
}

QString ReplySettings::answer(Text which, const QString& language, const RulePack& pack) const
{
    // Every answer starts with the business's name where one is set, so the welcome names its sender
    // whatever the opt-out line's setting; welcomeNamesSender asks no more than that today.
    QString body = answer(which, language);
    if (which == Text::Welcome && pack.welcomeRatesNotice) {
        const QString lang = BusinessSettings::messageLanguages().contains(language)
                                 ? language
                                 : BusinessSettings(m_db).value(BusinessSettings::Key::MessageLanguage);
        body += QLatin1Char(' ') + ratesNotice(lang);
    }
    return body;
}

QString ReplySettings::ratesNotice(const QString& language)
{
    if (language == QLatin1String("ru"))
        return QStringLiteral("Может взиматься плата за SMS и передачу данных.");
    if (language == QLatin1String("de"))
        return QStringLiteral("Es können Kosten für SMS und Daten anfallen.");
    return QStringLiteral("Msg & data rates may apply.");
}

} // namespace textwell
