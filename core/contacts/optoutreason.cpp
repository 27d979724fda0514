#include "optoutreason.h"

#include <QCoreApplication>
#include <QStringList>

namespace textwell {

QVector<OptOutReason> OptOutReasons::all()
{
    return {OptOutReason::TooFrequent,      OptOutReason::NotRelevant, OptOutReason::NeverSignedUp,
            OptOutReason::PrivacyConcern,   OptOutReason::NoBenefit,   OptOutReason::ChangedCircumstances,
            OptOutReason::SwitchedProvider, OptOutReason::Other};
}

QString OptOutReasons::code(OptOutReason reason)
{
    switch (reason) {
    case OptOutReason::TooFrequent:
        return QStringLiteral("too_frequent");
    case OptOutReason::NotRelevant:
        return QStringLiteral("not_relevant");
    case OptOutReason::NeverSignedUp:
        return QStringLiteral("never_signed_up");
    case OptOutReason::PrivacyConcern:
        return QStringLiteral("privacy_concern");
    case OptOutReason::NoBenefit:
        return QStringLiteral("no_benefit");
    case OptOutReason::ChangedCircumstances:
        return QStringLiteral("changed_circumstances");
    case OptOutReason::SwitchedProvider:
        return QStringLiteral("switched_provider");
    case OptOutReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString OptOutReasons::label(OptOutReason reason)
{
    switch (reason) {
    case OptOutReason::TooFrequent:
        return QCoreApplication::translate("OptOutReason", "Too frequent");
    case OptOutReason::NotRelevant:
        return QCoreApplication::translate("OptOutReason", "Not relevant");
    case OptOutReason::NeverSignedUp:
        return QCoreApplication::translate("OptOutReason", "Never signed up");
    case OptOutReason::PrivacyConcern:
        return QCoreApplication::translate("OptOutReason", "Privacy concern");
    case OptOutReason::NoBenefit:
        return QCoreApplication::translate("OptOutReason", "No benefit");
    case OptOutReason::ChangedCircumstances:
        return QCoreApplication::translate("OptOutReason", "Changed circumstances");
    case OptOutReason::SwitchedProvider:
        return QCoreApplication::translate("OptOutReason", "Switched to another provider");
    case OptOutReason::Other:
        return QCoreApplication::translate("OptOutReason", "Other");
    }
    return {};
}

std::optional<OptOutReason> OptOutReasons::fromCode(const QString& code)
{
    for (OptOutReason r : all()) {
        if (OptOutReasons::code(r) == code)
            return r;
    }
    return std::nullopt;
}

QString OptOutReasons::allCodes()
{
    QStringList codes;
    for (OptOutReason r : all())
        codes.append(code(r));
    return codes.join(QLatin1String(", "));
}

} // namespace textwell
