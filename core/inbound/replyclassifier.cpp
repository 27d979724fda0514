#include "replyclassifier.h"

#include "contacts/optoutreason.h"

#include <QSet>

namespace textwell {

namespace {

using Kind = ReplyClassification::Kind;

// Cyrillic and Greek letters that look like Latin ones, after case folding. Both a keyword and
// a reply are folded the same way, so "CТОП" (Latin C) and "СТОП" meet at "ctoп".
QChar lookAlike(QChar c)
{
    switch (c.unicode()) {
    case 0x0430:
        return QLatin1Char('a'); // а
    case 0x0432:
        return QLatin1Char('b'); // в (capital В)
    case 0x0435:
        return QLatin1Char('e'); // е
    case 0x0451:
        return QLatin1Char('e'); // ё
    case 0x043A:
        return QLatin1Char('k'); // к
    case 0x043C:
        return QLatin1Char('m'); // м (capital М)
    case 0x043D:
        return QLatin1Char('h'); // н (capital Н)
    case 0x043E:
        return QLatin1Char('o'); // о
    case 0x0440:
        return QLatin1Char('p'); // р
    case 0x043F:
        return QLatin1Char('p'); // п: "STOП" is STOP typed half in Cyrillic
    case 0x0441:
        return QLatin1Char('c'); // с
    case 0x0442:
        return QLatin1Char('t'); // т (capital Т)
    case 0x0443:
        return QLatin1Char('y'); // у
    case 0x0445:
        return QLatin1Char('x'); // х
    case 0x0456:
        return QLatin1Char('i'); // і
    case 0x0458:
        return QLatin1Char('j'); // ј
    case 0x0455:
        return QLatin1Char('s'); // ѕ
    case 0x03BF:
        return QLatin1Char('o'); // Greek ο
    case 0x03B1:
        return QLatin1Char('a'); // Greek α
    case 0x03C4:
        return QLatin1Char('t'); // Greek τ (capital Τ)
    case 0x03BD:
        return QLatin1Char('v'); // Greek ν
    default:
        return c;
    }
}

// Words of the reply for keyword matching: letters and digits, everything else a separator.
// Invisible format characters (zero-width space, ...) join what they sit in.
QStringList keywordTokens(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QStringList tokens;
    QString current;
    for (QChar c : folded) {
        if (c.category() == QChar::Other_Format || c == QChar(0x2019) || c == QLatin1Char('\''))
            continue; // "don't" is one word
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(lookAlike(c));
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    // "S T O P", "S.T.O.P.": a word spelled out letter by letter.
    if (tokens.size() >= 2 && std::all_of(tokens.cbegin(), tokens.cend(), [](const QString& t) {
            return t.size() == 1 && t.at(0).isLetter();
        }))
        return {tokens.join(QString())};
    // "STOP STOP STOP": one word said louder.
    if (tokens.size() >= 2 && tokens.count(tokens.constFirst()) == tokens.size())
        return {tokens.constFirst()};
    return tokens;
}

// Words that only make a keyword polite: "Stop please", "СТОП пожалуйста", "Stopp bitte".
const QSet<QString>& fillerTokens()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word :
             {"please", "pls", "plz", "plse", "now",   "thanks",     "thank",      "you",   "thx",  "ty",
              "it",     "all", "ok",  "okay", "asap",  "пожалуйста", "пожалуйсто", "плиз",  "пжл",  "спасибо",
              "сейчас", "все", "всё", "уже",  "bitte", "danke",      "sofort",     "jetzt", "alles"})
            for (const QString& token : keywordTokens(QString::fromUtf8(word)))
                set.insert(token);
        return set;
    }();
    return words;
}

// Words of complaint that make a keyword louder, not different: "STOP SPAM", "СТОП СПАМ".
const QSet<QString>& complaintTokens()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word : {"spam", "спам", "already", "уже", "jetzt"})
            for (const QString& token : keywordTokens(QString::fromUtf8(word)))
                set.insert(token);
        return set;
    }();
    return words;
}

// Keywords that are everyday words too: alone they are keywords, in a sentence they are not.
const QSet<QString>& everydayWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* word : {"end", "ende", "cancel", "quit", "отмена", "yes", "start", "info"})
            for (const QString& token : keywordTokens(QString::fromUtf8(word)))
                set.insert(token);
        return set;
    }();
    return words;
}

bool isStopEmoji(char32_t c)
{
    return c == 0x1F6D1 /* 🛑 */ || c == 0x26D4 /* ⛔ */;
}

// A reply of stop signs alone, however many and with whatever spacing.
bool onlyStopEmoji(const QString& text)
{
    bool any = false;
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (isStopEmoji(c)) {
            any = true;
        } else if (!(QChar::isSpace(c) || c == 0xFE0F /* emoji presentation */ || c == 0x200D /* ZWJ */)) {
            return false;
        }
    }
    return any;
}

QRegularExpression phrase(const QString& body)
{
    return QRegularExpression(QStringLiteral("(?:^| )(?:") + body + QStringLiteral(")(?= |$)"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

QString languageOfRule(const QString& name)
{
    return name.section(QLatin1Char(':'), 0, 0);
}

} // namespace

QString ReplyClassifier::keywordKey(const QString& text)
{
    return keywordTokens(text).join(QLatin1Char(' '));
}

QString ReplyClassifier::phraseText(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = true;
    for (QChar c : folded) {
        if (c.category() == QChar::Other_Format || c == QChar(0x2019) || c == QLatin1Char('\''))
            continue; // "don't" -> "dont", "I’m" -> "im"
        if (c.isLetterOrNumber() || c.isMark()) {
            out.append(c == QChar(0x0451) ? QChar(0x0435) : c); // ё -> е
            space = false;
        } else if (!space) {
            out.append(QLatin1Char(' '));
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

ReplyClassifier::ReplyClassifier(const ReplyKeywords& keywords)
{
    // Opt-out first: a word the owner put in two lists is read the cautious way. Confirm before
    // opt-in: a YES left in an opt-in list from before never re-subscribes anyone by itself.
    const std::pair<Kind, ReplyKeywords::Kind> order[] = {{Kind::OptOut, ReplyKeywords::Kind::OptOut},
                                                          {Kind::Help, ReplyKeywords::Kind::Help},
                                                          {Kind::Confirm, ReplyKeywords::Kind::Confirm},
                                                          {Kind::Join, ReplyKeywords::Kind::Join},
                                                          {Kind::OptIn, ReplyKeywords::Kind::OptIn}};
    for (const auto& [kind, listKind] : order) {
        const auto byLanguage = keywords.words.value(listKind);
        for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
            for (const QString& word : it.value()) {
                const QStringList tokens = keywordTokens(word);
                if (tokens.isEmpty())
                    continue;
                for (const QString& key : {tokens.join(QLatin1Char(' ')), tokens.join(QString())}) {
                    auto found = m_keywords.find(key);
                    if (found == m_keywords.end())
                        m_keywords.insert(key, Keyword{kind, word, it.key()});
                    else if (found->kind == kind &&
                             !found->languages.split(QLatin1Char(' ')).contains(it.key()))
                        found->languages += QLatin1Char(' ') + it.key();
                }
            }
        }
    }

    auto add = [](QVector<Pattern>& list, const char* name, const char* body) {
        list.append(Pattern{QString::fromLatin1(name), phrase(QString::fromUtf8(body))});
    };
    // A plain wish to hear no more. Words are separated by single spaces; apostrophes are gone.
    add(m_optOutPhrases, "en:stop-texting",
        "(please )?(stop|quit|cease) (texting|txting|messaging|msging|sending|contacting|spamming|bothering|"
        "sms ing|smsing|emailing)( me| us| this number| my number)?|"
        "stop (all |these |the |your |ur )?(texts|text messages|messages|msgs|sms|spam|promotions|ads)|"
        "(how (do|can) i|how to) stop");
    add(m_optOutPhrases, "en:please-stop", "please stop|stop please|pls stop|plz stop");
    add(m_optOutPhrases, "en:remove-me",
        "(remove|delete|erase|drop|lose) (me|my number|this number|my details|us)");
    add(m_optOutPhrases, "en:take-me-off", "take (me|my number|this number) off");
    add(m_optOutPhrases, "en:unsubscribe-me",
        "unsubscribe (me|my number|this number)|opt me out|sign me out|unsubs?c?r?i?b?e?|unsubcribe");
    add(m_optOutPhrases, "en:want-out",
        "(i want|i wanna|i wish|i would like|id like|i need|want|wanna|how do i|how can i|let me) to "
        "(unsubscribe|opt out|optout|stop (these|this|the|your) (texts|messages|sms)|be removed|be taken "
        "off)|"
        "(i want|wanna|how do i|how can i) (unsubscribe|opt out|optout)|"
        "(i )?(dont|do not|no longer) (want|wish|need) (to (receive|get) )?(these|your|ur|the|any|more)?"
        "( \\S+)? ?(texts|messages|sms|msgs)|no longer (wish|want) to (receive|get)|"
        "(i )?revoke (my )?(consent|permission)");
    add(m_optOutPhrases, "en:do-not-text",
        "(dont|do not|never|please dont|please do not) (text|txt|message|msg|contact|sms|spam|bother|"
        "email|call) (me|us|this number|my number)|(dont|do not|never) (send|text) me (any|anymore|more|"
        "messages|texts|sms|these|this|your)");
    add(m_optOutPhrases, "en:no-more",
        "no more (texts|text messages|txts|messages|msgs|sms|smses|spam|promotions|promos|ads|offers|"
        "marketing)|enough (with )?(the |your )?(texts|messages|sms|spam)");
    add(m_optOutPhrases, "en:leave-alone", "leave me alone");
    add(m_optOutPhrases, "en:never-signed-up",
        "(i )?never (signed up|subscribed|agreed|opted in|registered|gave (you )?(my "
        "number|consent|permission))|"
        "i (didnt|did not) (sign up|subscribe|agree|opt in|give (you )?(my number|consent|permission))");
    add(m_optOutPhrases, "ru:do-not-write",
        "(пожалуйста )?(больше )?не (пишите|присылайте|отправляйте|шлите|беспокойте|спамьте|звоните)"
        "( мне| сюда| на этот номер)?|ne pishite( mne)?");
    add(m_optOutPhrases, "ru:unsubscribe-me",
        "отпишите( меня| мой номер| нас)?|отпишитесь от меня|отписатся|отписатьс|отключите "
        "(рассылку|рассылки|смс)|"
        "отказываюсь от (рассылки|рассылок|смс|сообщений)|отзываю (свое |мое )?согласие");
    add(m_optOutPhrases, "ru:remove-me",
        "(удалите|уберите|вычеркните|исключите|сотрите)( пожалуйста)? (меня|мой номер|номер|мои данные|"
        "из рассылки|из списка|из базы)");
    add(m_optOutPhrases, "ru:enough-writing",
        "хватит (писать|присылать|слать|спамить|отправлять|мне писать|мне присылать|рассылок|смс|спама)|"
        "(перестаньте|прекратите|хватит) (мне )?(писать|присылать|слать|спамить|отправлять)");
    add(m_optOutPhrases, "ru:no-more", "больше не (надо|нужно|присылать|писать)");
    add(m_optOutPhrases, "ru:do-not-need",
        "не (надо|нужно)( мне| больше| мне больше)? (писать|присылать|слать|смс|сообщений|сообщения|"
        "рассылок|рассылку|рассылки)|не нужны (мне )?(ваши )?(смс|сообщения|рассылки)");
    add(m_optOutPhrases, "ru:stop-mailing",
        "прекратите (рассылку|рассылки|писать|присылать|спам|отправлять|мне писать)|"
        "остановите (рассылку|рассылки|спам)|^прекратите( это)?$");
    add(m_optOutPhrases, "ru:want-out",
        "(хочу|прошу|желаю|как) (отписаться|отписать|удалить мой номер|отписку|выйти из рассылки)|"
        "не (хочу|желаю) (больше )?(получать|ваши)");
    add(m_optOutPhrases, "ru:leave-alone", "оставьте меня в покое|отстаньте от меня");
    add(m_optOutPhrases, "ru:never-signed-up",
        "я не (подписывался|подписывалась|давал согласия|давала согласия|давал согласие|"
        "давала согласие|регистрировался|регистрировалась|соглашался|соглашалась)|"
        "я никогда не (подписывался|подписывалась|давал согласия|давала согласия)");
    add(m_optOutPhrases, "de:no-more",
        "keine (sms|nachrichten|werbung|werbe sms|werbesms|texte|angebote|spam) mehr|"
        "(bitte|will|möchte|ich will|ich möchte) keine (sms|nachrichten|werbung|werbesms|werbe sms|texte|"
        "angebote|spam)");
    add(m_optOutPhrases, "de:unsubscribe",
        "(ich )?(will|möchte|wollte) mich abmelden|melden sie mich ab|meldet mich ab|mich (bitte )?abmelden|"
        "(tragen sie|tragt) mich (bitte )?aus|austragen|(bitte )?(abbestellen|abmelden) bitte|"
        "(wie )?(kann|könnte) ich mich abmelden|(streichen|nehmen) sie mich|nehmt mich (aus|von)|"
        "(ich )?widerrufe|von der (\\S+ )?liste (entfernen|streichen|nehmen)");
    add(m_optOutPhrases, "de:stop-writing",
        "(hören sie|hört|hör)( bitte)? auf( \\S+){0,3} (schreiben|simsen|smsen|nerven|schicken|senden)|"
        "(hören sie|hört|hör) auf mit (dem|den|der|ihren|euren) (spam|sms|nachrichten|werbung)|"
        "(bitte )?nicht mehr (schreiben|anschreiben|kontaktieren|senden|schicken|simsen|stören)|"
        "(schreiben|schicken|senden) sie mir (bitte )?(nichts|keine|nicht)( sms| nachrichten)? mehr|"
        "(schreibt|schickt|sendet) mir (nichts|keine)( sms| nachrichten)? mehr|^aufhören$|"
        "^(bitte )?stoppen( sie)?( die| das| den)?( sms| nachrichten| spam)?( bitte)?$");
    add(m_optOutPhrases, "de:delete-me",
        "(löschen|entfernen) sie (bitte )?(mich|meine nummer|meine daten)|"
        "(meine nummer|mich) (bitte )?(löschen|entfernen)");
    add(m_optOutPhrases, "de:leave-alone", "(lass|lasst|lassen sie) mich (bitte )?in ruhe");
    add(m_optOutPhrases, "de:never-signed-up",
        "(ich habe mich|hab mich|ich bin)( \\S+)? (nie|nicht|niemals)( \\S+)? "
        "(angemeldet|registriert|eingetragen)|"
        "(ich habe|hab) (nie|niemals|nicht) (zugestimmt|eingewilligt)|nie angemeldet");

    // The word appears, the wish does not: "don't stop", "не останавливайтесь", "nicht aufhören".
    add(m_notOptOut, "en:dont-stop", "(dont|do not|never|wont|cant|cannot|couldnt) (ever )?(stop|quit|end)");
    add(m_notOptOut, "ru:dont-stop", "не (останавливайтесь|прекращайте|переставайте|отписывайте)");
    add(m_notOptOut, "de:dont-stop", "nicht (aufhören|stoppen|abmelden|abbestellen)|hört nicht auf");

    // A wish to leave that is limited to some messages: a person reads what is meant.
    add(m_scoped, "en:only", "only|just the");
    add(m_scoped, "ru:only", "только|про");
    add(m_scoped, "de:only", "nur");

    // Replies that may mean "leave me alone"; a person decides.
    add(m_reviewPhrases, "en:who-is-this",
        "who is this|whos this|who are you|wrong number|wrong person|"
        "i dont know you|^wrong$");
    add(m_reviewPhrases, "en:privacy",
        "how did you get my number|where did you get my number|who gave you my "
        "number");
    add(m_reviewPhrases, "en:why",
        "why do you keep (texting|messaging|sending)|why am i getting (this|these)|"
        "is this a scam|pause (the |your )?(texts|messages)|^(no|no thanks|no thank "
        "you|nah)$|i dont need (this|these|that)|^(stpo|sotp|stpp|sstop)$");
    add(m_reviewPhrases, "ru:who-is-this",
        "кто это|кто вы|вы кто|не тот номер|ошиблись номером|"
        "я вас не знаю|я не ваш клиент");
    add(m_reviewPhrases, "ru:privacy", "откуда (у вас )?(мой )?номер|где вы взяли (мой )?номер");
    add(m_reviewPhrases, "ru:why", "зачем вы (мне )?пишете|опять вы|^(нет|нет спасибо)$|пишите пореже");
    add(m_reviewPhrases, "de:who-is-this",
        "wer ist das|wer sind sie|wer seid ihr|falsche nummer|"
        "kenne sie nicht|kenne ich nicht");
    add(m_reviewPhrases, "de:privacy", "woher (haben sie|habt ihr|hast du) (meine nummer|meine daten)");
    add(m_reviewPhrases, "de:why", "schon wieder|was soll das|^(nein|nein danke)$|weniger (sms|nachrichten)");
    // Said, not asked: "Хватит" is a complaint, "Одного флакона хватит?" a question.
    add(m_reviewStatements, "en:enough",
        "enough|enough already|thats enough|spam|this is spam|stop spamming|annoying|so annoying|go away|"
        "get lost");
    add(m_reviewStatements, "ru:enough",
        "хватит|достали|достало|надоели|надоело|задолбали|спам|это спам|"
        "отстаньте|сколько можно");
    add(m_reviewStatements, "de:enough",
        "genug|es reicht|reicht jetzt|nervt|nervig|spam|das ist spam|"
        "nerven sie|schluss jetzt");

    auto reason = [this](OptOutReason code, const char* body) {
        m_reasons.append(ReasonPattern{OptOutReasons::code(code), phrase(QString::fromUtf8(body))});
    };
    // Checked in this order; the first that matches is the reason.
    reason(OptOutReason::NeverSignedUp,
           "never (signed up|subscribed|agreed|opted in|registered|gave)|(didnt|did not) (sign up|subscribe|"
           "agree|opt in)|not signed up|wrong number|wrong person|^wrong$|i dont know you|"
           "не (подписывался|подписывалась|давал|давала|регистрировался|регистрировалась|соглашался|"
           "соглашалась)|не тот номер|ошиблись номером|я вас не знаю|не ваш клиент|"
           "(nie|nicht|niemals)( \\S+)? (angemeldet|zugestimmt|registriert|eingewilligt|eingetragen)|"
           "falsche nummer|kenne sie nicht");
    reason(OptOutReason::TooFrequent,
           "too (many|much|often|frequent|frequently)|every (single )?day|daily|so many|so often|constantly|"
           "all the time|every other day|fewer (texts|messages)|"
           "слишком (часто|много)|каждый день|каждый час|постоянно|так часто|очень часто|по несколько раз|"
           "пореже|"
           "zu (oft|viele|häufig|viel)|ständig|täglich|jeden tag|dauernd|andauernd|so oft|so viele|"
           "weniger (sms|nachrichten)");
    reason(OptOutReason::PrivacyConcern,
           "where did you get my number|how did you get my number|who gave you my number|privacy|gdpr|"
           "data protection|"
           "откуда (у вас )?(мой )?номер|где вы взяли (мой )?номер|персональн[а-я]*|конфиденциальн[а-я]*|"
           "woher (haben sie|habt ihr|hast du) (meine nummer|meine daten)|datenschutz|dsgvo");
    reason(OptOutReason::NotRelevant,
           "not interested|no interest|irrelevant|not relevant|not for me|"
           "не интересно|неинтересно|не интересует|не актуально|неактуально|не для меня|"
           "kein interesse|nicht interessiert|uninteressant|brauche ich nicht|nicht relevant|irrelevant|"
           "nichts für mich");
    reason(
        OptOutReason::ChangedCircumstances,
        "i moved|moved away|moving away|have moved|no longer live|dont live|not in the area|changed number|"
        "переехал|переехала|переезжаю|переехали|больше не живу|уехал|уехала|"
        "umgezogen|ziehe weg|wohne nicht mehr|weggezogen|ziehen weg");
    reason(OptOutReason::SwitchedProvider,
           "(shop|go|buy) elsewhere|another (shop|store|salon|provider|place)|found another|different "
           "(shop|salon|store|place)|"
           "друг(ой|ую|ом|ого) (салон|магазин|мастер|парикмахер)|хожу в друг[а-я]*|нашла друг[а-я]*|нашел "
           "друг[а-я]*|"
           "woanders|(einen |ein |einem )?anderen (laden|salon|geschäft|anbieter)|anderes geschäft");
    reason(OptOutReason::NoBenefit,
           "useless|no benefit|waste of|pointless|nothing for me|no good deals|"
           "бесполезн[а-я]*|никакие скидки|скидки никакие|нет пользы|толку нет|без толку|никакой пользы|"
           "bringt mir nichts|nutzlos|sinnlos|keine vorteile|lohnt sich nicht");

    // Words about the messages themselves: a reason given beside them is a complaint about them.
    m_aboutMessages = phrase(QStringLiteral("texts?|texting|sms|smses|messages?|msgs|пишете|писать|смс|"
                                            "сообщени[а-я]*|рассылк[а-я]*|nachrichten|werbung"));
}

const ReplyClassifier::Keyword* ReplyClassifier::keywordFor(const QStringList& tokens) const
{
    if (tokens.isEmpty())
        return nullptr;
    auto found = m_keywords.constFind(tokens.join(QLatin1Char(' ')));
    if (found == m_keywords.cend())
        found = m_keywords.constFind(tokens.join(QString()));
    return found == m_keywords.cend() ? nullptr : &found.value();
}

const ReplyClassifier::Pattern* ReplyClassifier::firstMatch(const QVector<Pattern>& patterns,
                                                            const QString& text)
{
    for (const Pattern& pattern : patterns)
        if (pattern.expression.match(text).hasMatch())
            return &pattern;
    return nullptr;
}

QString ReplyClassifier::reasonIn(const QString& text) const
{
    for (const ReasonPattern& pattern : m_reasons)
        if (pattern.expression.match(text).hasMatch())
            return pattern.reasonCode;
    return {};
}

ReplyClassification ReplyClassifier::classify(const QString& text, const QString& language) const
{
    ReplyClassification result;
    auto decide = [&](Kind kind, double confidence, const QString& rule, const QString& matchLanguage) {
        result.kind = kind;
        result.confidence = confidence;
        result.rule = rule;
        if (!matchLanguage.isEmpty() && !matchLanguage.contains(QLatin1Char(' ')))
            result.language = matchLanguage;
        return result;
    };
    auto keywordLanguage = [&](const Keyword& k) {
        return k.languages.split(QLatin1Char(' ')).contains(language) ? language : k.languages;
    };
    // Script says the language where a match does not.
    auto scriptLanguage = [&]() -> QString {
        for (QChar c : text)
            if (c.script() == QChar::Script_Cyrillic)
                return QStringLiteral("ru");
        return language;
    };
    const bool question = text.contains(QLatin1Char('?'));

    if (onlyStopEmoji(text))
        return decide(Kind::OptOut, 1.0, QStringLiteral("emoji:stop-sign"), language);
    if (text.trimmed() == QStringLiteral("🚫"))
        return decide(Kind::Review, 0.5, QStringLiteral("emoji:prohibited"), language);

    const QStringList tokens = keywordTokens(text);
    if (tokens.isEmpty())
        return decide(Kind::Other, 0, QString(), scriptLanguage());
    const QString words = phraseText(text);
    // A keyword alone, or with nothing but politeness (and emoji) around it.
    const Keyword* alone = keywordFor(tokens);
    double confidence = 1.0;
    QString how = QStringLiteral("keyword:");
    if (!alone) {
        QStringList polite;
        for (const QString& token : tokens)
            if (!fillerTokens().contains(token) && !complaintTokens().contains(token))
                polite.append(token);
        if (!polite.isEmpty() && polite.size() < tokens.size())
            alone = keywordFor(polite);
        confidence = 0.95;
        how = QStringLiteral("keyword+polite:");
    }
    if (alone) {
        // Asked, not said: "Stop?" may be a question about the word; "Start?" is no consent.
        if (question && tokens.size() == 1 && alone->kind == Kind::OptOut)
            return decide(Kind::Review, 0.5, QStringLiteral("keyword-question:") + alone->word,
                          keywordLanguage(*alone));
        if (question && tokens.size() == 1 &&
            (alone->kind == Kind::OptIn || alone->kind == Kind::Join || alone->kind == Kind::Confirm))
            return decide(Kind::Other, 0, QStringLiteral("keyword-question:") + alone->word,
                          keywordLanguage(*alone));
        return decide(alone->kind, confidence, how + alone->word, keywordLanguage(*alone));
    }

    result.reasonCode = reasonIn(words);
    if (const Pattern* p = firstMatch(m_notOptOut, words)) {
        result.reasonCode.clear();
        return decide(Kind::Other, 0, QStringLiteral("not:") + p->name, languageOfRule(p->name));
    }
    // Sentence by sentence, so that "only" limits the wish of its own sentence, not of the reply.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?;\\n]+"));
    for (const QString& sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
        const QString sentenceWords = phraseText(sentence);
        if (const Pattern* p = firstMatch(m_optOutPhrases, sentenceWords)) {
            if (const Pattern* scope = firstMatch(m_scoped, sentenceWords))
                return decide(Kind::Review, 0.5,
                              QStringLiteral("scoped:") + p->name + QLatin1Char('/') + scope->name,
                              languageOfRule(p->name));
            return decide(Kind::OptOut, 0.9, QStringLiteral("phrase:") + p->name, languageOfRule(p->name));
        }
    }

    // An opt-out word with the reason beside it: "Cancel, too many messages".
    const Keyword* inText = nullptr;
    int position = -1;
    for (int i = 0; i < tokens.size() && !inText; ++i) {
        const Keyword* k = keywordFor({tokens.at(i)});
        if (k && k->kind == Kind::OptOut) {
            inText = k;
            position = i;
        }
    }
    if (inText && !result.reasonCode.isEmpty())
        return decide(Kind::OptOut, 0.85, QStringLiteral("keyword+reason:") + inText->word,
                      keywordLanguage(*inText));

    constexpr int ShortReply = 8;
    if (tokens.size() <= ShortReply) {
        if (const Pattern* p = firstMatch(m_reviewPhrases, words))
            return decide(Kind::Review, 0.5, QStringLiteral("review:") + p->name, languageOfRule(p->name));
        if (!question || tokens.size() <= 2) // "Спам?" is a complaint too
            if (const Pattern* p = firstMatch(m_reviewStatements, words))
                return decide(Kind::Review, 0.5, QStringLiteral("review:") + p->name,
                              languageOfRule(p->name));
    }
    // "Stop who is this", "stop lol": a plain opt-out word leads or ends a short statement. Words
    // that are also everyday words (END, CANCEL, ОТМЕНА, ENDE) count only on their own.
    constexpr int ShortWithKeyword = 5;
    static const QRegularExpression saidApart(QStringLiteral("^\\W*\\w+\\s*[,.!;:]"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    // "Stop, what is this about?" says stop before it asks; "Стоп-лист у вас есть?" only asks.
    const bool statedFirst = position == 0 && saidApart.match(text).hasMatch();
    if (inText && (!question || statedFirst) && tokens.size() <= ShortWithKeyword &&
        !everydayWords().contains(tokens.at(position)) && (position == 0 || position == tokens.size() - 1))
        return decide(Kind::Review, 0.4, QStringLiteral("keyword-in-text:") + inText->word,
                      keywordLanguage(*inText));
    // A reason alone: a complaint when it is about the messages or said in a few words.
    constexpr int FewWords = 5;
    if (!result.reasonCode.isEmpty() && (m_aboutMessages.match(words).hasMatch() ||
                                         (tokens.size() <= FewWords && (!question || tokens.size() <= 2))))
        return decide(Kind::Review, 0.4, QStringLiteral("reason:") + result.reasonCode, scriptLanguage());
    result.reasonCode.clear();
    return decide(Kind::Other, 0, QString(), scriptLanguage());
}

} // namespace textwell
