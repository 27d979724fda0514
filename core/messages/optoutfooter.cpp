#include "optoutfooter.h"

#include "optoutkeywords.h"

#include <QStringList>
#include <QVector>

#include <algorithm>

namespace textwell {

namespace {

// How far after a reply verb its keyword may stand: "Reply to this message with the word STOP".
constexpr int kMaxVerbToKeyword = 40;

const QStringList& builtInLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};
    return languages;
}

// "de_AT", "de-AT", " DE " -> "de".
QString languageCode(const QString& language)
{
    QString code = language.trimmed().toLower();
    const auto separator =
        std::find_if(code.cbegin(), code.cend(), [](QChar c) { return c == u'_' || c == u'-'; });
    code.truncate(separator - code.cbegin());
    return code;
}

// The wording for exactly this language: configured, else built in; empty when neither exists.
QString wordingFor(const OptOutSettings& settings, const QString& language)
{
    const QString configured = settings.wordingByLanguage.value(language).trimmed();
    return configured.isEmpty() ? OptOutFooter::defaultWording(language) : configured;
}

// The form in which wordings are compared: composed, case-folded, runs of whitespace as one space.
QString comparable(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Whether needle occurs in haystack without being part of a longer word ("stop" is not in "stopped").
bool containsAsWords(const QString& haystack, const QString& needle)
{
    if (needle.isEmpty())
        return false;
    const bool wordAtStart = isWordChar(needle.front());
    const bool wordAtEnd = isWordChar(needle.back());
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool startOk = !wordAtStart || at == 0 || !isWordChar(haystack.at(at - 1));
        const bool endOk = !wordAtEnd || end == haystack.size() || !isWordChar(haystack.at(end));
        if (startOk && endOk)
            return true;
    }
    return false;
}

// A hyphen or apostrophe between letters keeps a word whole: "END-of-season" is not "END".
bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'\u2010' || c == u'\u2011';
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\r' || c == u'\u2026' ||
           c == u'\u2028' || c == u'\u2029';
}

struct Word
{
    qsizetype start;
    qsizetype end;
};

bool sentenceInstructs(const QString& text, const QVector<Word>& words, bool hasLowerCase)
{
    // In a sentence without lower case, capitals say nothing: "DON'T STOP! TEXT US" is prose.
    if (!hasLowerCase)
        return false;
    const QStringList& verbs = OptOutKeywords::replyVerbs();
    const QStringList& keywords = OptOutKeywords::optOut();
    for (int v = 0; v < words.size(); ++v) {
        const QStringView verb = QStringView(text).mid(words[v].start, words[v].end - words[v].start);
        if (!verbs.contains(verb, Qt::CaseInsensitive))
            continue;
        for (int k = v + 1; k < words.size() && words[k].start - words[v].end <= kMaxVerbToKeyword; ++k) {
            const QStringView word = QStringView(text).mid(words[k].start, words[k].end - words[k].start);
            // Case-sensitive on purpose: only the capitalised keyword is an instruction.
            if (keywords.contains(word))
                return true;
        }
    }
    return false;
}

} // namespace

QString OptOutFooter::defaultWording(const QString& language)
{
    const QString code = languageCode(language);
    if (code == u"en")
        return QStringLiteral("Reply STOP to opt out");
    if (code == u"ru")
        return QStringLiteral("Отписаться: ответьте СТОП");
    if (code == u"de")
        return QStringLiteral("Abmelden: Antwort STOP");
    return QString();
}

QString OptOutFooter::line(const OptOutSettings& settings, const QString& recipientLanguage)
{
    QString wording;
    for (const QString& language :
         {languageCode(recipientLanguage), languageCode(settings.defaultLanguage), QStringLiteral("en")}) {
        if (!language.isEmpty())
            wording = wordingFor(settings, language);
        if (!wording.isEmpty())
            break;
    }
    const QString business = settings.businessName.simplified();
    if (settings.prefixBusinessName && !business.isEmpty())
        return business + QStringLiteral(": ") + wording;
    return wording;
}

bool OptOutFooter::alreadyInstructs(const QString& text, const OptOutSettings& settings)
{
    const QString haystack = comparable(text);
    // The built-in wordings count too: a message written before the wording was changed still
    // instructs, and line() falls back to them.
    for (const QString& language : builtInLanguages()) {
        if (containsAsWords(haystack, comparable(defaultWording(language))))
            return true;
    }
    for (const QString& wording : settings.wordingByLanguage) {
        if (containsAsWords(haystack, comparable(wording)))
            return true;
    }
    return hasReplyInstruction(text);
}

bool OptOutFooter::hasReplyInstruction(const QString& input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    const qsizetype n = text.size();
    QVector<Word> words;
    bool hasLowerCase = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && (isWordChar(text.at(i)) ||
                             (isJoiner(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1))))) {
                hasLowerCase = hasLowerCase || text.at(i).isLower();
                ++i;
            }
            words.append({start, i});
            continue;
        }
        if (endsSentence(c)) {
            if (sentenceInstructs(text, words, hasLowerCase))
                return true;
            words.clear();
            hasLowerCase = false;
        }
        ++i;
    }
    return sentenceInstructs(text, words, hasLowerCase);
}

QString OptOutFooter::compose(const QString& body, const QString& line, bool alreadyInstructed)
{
    qsizetype end = body.size();
    while (end > 0 && body.at(end - 1).isSpace())
        --end;
    const QString trimmed = body.left(end);
    if (alreadyInstructed || line.isEmpty())
        return trimmed;
    if (trimmed.isEmpty())
        return line;
    return trimmed + QLatin1Char('\n') + line;
}

QString OptOutFooter::messageFor(const QString& body, const OptOutSettings& settings,
                                 const QString& recipientLanguage)
{
    return compose(body, line(settings, recipientLanguage), alreadyInstructs(body, settings));
}

} // namespace textwell
