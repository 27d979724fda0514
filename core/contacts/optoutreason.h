#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// Why someone left. Stored as the code; shown as the translated label.
enum class OptOutReason
{
    TooFrequent,
    NotRelevant,
    NeverSignedUp,
    PrivacyConcern,
    NoBenefit,
    ChangedCircumstances,
    SwitchedProvider,
    Other, // with free text
};

class OptOutReasons
{
public:
    static QVector<OptOutReason> all();
    static QString code(OptOutReason reason); // "too_frequent"
    static QString label(OptOutReason reason);
    static std::optional<OptOutReason> fromCode(const QString& code);
    // "too_frequent, not_relevant, ...", for help texts and error messages.
    static QString allCodes();
};

} // namespace textwell
