#pragma once

#include "replyclassification.h"
#include "replykeywords.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>

namespace textwell {

// Reads a reply: opt-out, opt-in, help, join, confirmation, a possible opt-out for a person to
// review, or a message.
//
// Keywords match the whole reply after trimming, stripping punctuation, NFKC, case folding and
// folding Latin/Cyrillic look-alikes ("CТОП" typed with a Latin C is СТОП), with politeness around
// them allowed ("Stop please"). Beyond keywords, phrases per language catch a plain wish to leave
// ("please stop texting me", "не пишите мне больше", "bitte keine SMS mehr"), while a sentence
// where the word only appears ("we have to stop this bill") is a message. A short reply that may
// mean leaving ("enough", "wrong number") goes to review. The reason is read where the reply says
// why ("too many messages" -> too_frequent).
class ReplyClassifier
{
public:
    explicit ReplyClassifier(const ReplyKeywords& keywords = ReplyKeywords::defaults());

    ReplyClassification classify(const QString& text, const QString& language = QString()) const;

    // The reply as keywords are compared: "S.T.O.P!" -> "stop", "CТОП" -> "ctoп" (look-alikes folded).
    static QString keywordKey(const QString& text);
    // The reply as phrases are matched: NFKC, case-folded, ё -> е, words separated by one space.
    static QString phraseText(const QString& text);

private:
    struct Keyword
    {
        ReplyClassification::Kind kind;
        QString word;      // as the owner wrote it
        QString languages; // the lists it is in: "en de"
    };
    struct Pattern
    {
        QString name; // "en:stop-texting"
        QRegularExpression expression;
    };
    struct ReasonPattern
    {
        QString reasonCode;
        QRegularExpression expression;
    };

    const Keyword* keywordFor(const QStringList& tokens) const;
    static const Pattern* firstMatch(const QVector<Pattern>& patterns, const QString& text);
    QString reasonIn(const QString& text) const;

    QHash<QString, Keyword> m_keywords; // by keywordKey, spaced and compact
    QVector<Pattern> m_optOutPhrases;
    QVector<Pattern> m_notOptOut; // "don't stop", which would otherwise read as a phrase
    QVector<Pattern> m_scoped;    // "only", "nur": a wish limited to some messages is for a person
    QVector<Pattern> m_reviewPhrases;
    QVector<Pattern> m_reviewStatements; // review only when not asked as a question
    QRegularExpression m_aboutMessages;
    QVector<ReasonPattern> m_reasons;
};

} // namespace textwell
