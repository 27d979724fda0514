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
    for (auto kind : {OptOutKeywords::Kind::OptOut, OptOutKeywords::Kind::OptIn, OptOutKeywords::Kind::Help})
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

} // namespace textwell
