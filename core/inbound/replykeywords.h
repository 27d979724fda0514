#pragma once

#include "messages/optoutkeywords.h"

#include <QMap>
#include <QStringList>
#include <QVector>

namespace textwell {

// The keyword lists the classifier matches, per kind and language ("en", "ru", "de"). Every
// language's words are matched in every reply: a Russian customer may well write STOP.
struct ReplyKeywords
{
    using Kind = OptOutKeywords::Kind;
    QMap<Kind, QMap<QString, QStringList>> words; // kind -> language -> words as the owner wrote them

    static ReplyKeywords defaults();
    // Every kind of list, in the order the settings show them.
    static const QVector<Kind>& allKinds();
    QStringList list(Kind kind, const QString& language) const { return words.value(kind).value(language); }
    // Cleans a list as the owner typed it: trimmed, upper case, no repeats, the mandatory word kept.
    static QStringList cleaned(Kind kind, const QStringList& typed);
};

} // namespace textwell
