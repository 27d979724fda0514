#include "replykeywords.h"

namespace textwell {

ReplyKeywords ReplyKeywords::defaults()
{
    ReplyKeywords keywords;
    for (Kind kind : allKinds())
        for (const char* language : {"en", "ru", "de"})
            keywords.words[kind][QString::fromLatin1(language)] =
                OptOutKeywords::defaults(kind, QString::fromLatin1(language));
    return keywords;
}

const QVector<ReplyKeywords::Kind>& ReplyKeywords::allKinds()
{
    static const QVector<Kind> kinds = {Kind::OptOut, Kind::OptIn, Kind::Help, Kind::Join, Kind::Confirm};
    return kinds;
}

QStringList ReplyKeywords::cleaned(Kind kind, const QStringList& typed)
{
    QStringList result;
    const QString mandatory = OptOutKeywords::mandatory(kind);
    result.append(mandatory);
    for (const QString& word : typed) {
        const QString clean = word.simplified().toUpper();
        if (!clean.isEmpty() && !result.contains(clean))
            result.append(clean);
    }
    return result;
}

} // namespace textwell
