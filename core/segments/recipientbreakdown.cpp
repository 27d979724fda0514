#include "recipientbreakdown.h"

namespace textwell {

qint64 RecipientBreakdown::count(RecipientGroup group) const
{
    switch (group) {
    case RecipientGroup::Matching:
        return matching;
    case RecipientGroup::Unsubscribed:
        return unsubscribed;
    case RecipientGroup::Excluded:
        return excluded;
    case RecipientGroup::NoConsent:
        return noConsent;
    case RecipientGroup::AwaitingConfirmation:
        return awaitingConfirmation;
    case RecipientGroup::NotMobile:
        return notMobile;
    case RecipientGroup::OverCap:
        return overCap;
    case RecipientGroup::WillReceive:
        return willReceive;
    }
    return 0;
}

bool RecipientBreakdown::operator==(const RecipientBreakdown& other) const
{
    for (RecipientGroup group : groups()) {
        if (count(group) != other.count(group))
            return false;
    }
    return true;
}

QVector<RecipientGroup> RecipientBreakdown::groups()
{
    return {RecipientGroup::Matching,  RecipientGroup::Unsubscribed,         RecipientGroup::Excluded,
            RecipientGroup::NoConsent, RecipientGroup::AwaitingConfirmation, RecipientGroup::NotMobile,
            RecipientGroup::OverCap,   RecipientGroup::WillReceive};
}

QString RecipientBreakdown::label(RecipientGroup group)
{
    switch (group) {
    case RecipientGroup::Matching:
        return tr("Match the rules");
    case RecipientGroup::Unsubscribed:
        return tr("Unsubscribed");
    case RecipientGroup::Excluded:
        return tr("Excluded");
    case RecipientGroup::NoConsent:
        return tr("No consent");
    case RecipientGroup::AwaitingConfirmation:
        return tr("Awaiting confirmation by SMS");
    case RecipientGroup::NotMobile:
        return tr("Landline or not a mobile number");
    case RecipientGroup::OverCap:
        return tr("Over the frequency cap");
    case RecipientGroup::WillReceive:
        return tr("Will receive");
    }
    return {};
}

QString RecipientBreakdown::code(RecipientGroup group)
{
    switch (group) {
    case RecipientGroup::Matching:
        return QStringLiteral("matching");
    case RecipientGroup::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case RecipientGroup::Excluded:
        return QStringLiteral("excluded");
    case RecipientGroup::NoConsent:
        return QStringLiteral("no_consent");
    case RecipientGroup::AwaitingConfirmation:
        return QStringLiteral("awaiting_confirmation");
    case RecipientGroup::NotMobile:
        return QStringLiteral("not_mobile");
    case RecipientGroup::OverCap:
        return QStringLiteral("over_cap");
    case RecipientGroup::WillReceive:
        return QStringLiteral("will_receive");
    }
    return {};
}

} // namespace textwell
