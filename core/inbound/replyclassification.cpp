#include "replyclassification.h"

namespace textwell {

QString ReplyClassification::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::OptOut:
        return QStringLiteral("opt_out");
    case Kind::OptIn:
        return QStringLiteral("opt_in");
    case Kind::Help:
        return QStringLiteral("help");
    case Kind::Join:
        return QStringLiteral("join");
    case Kind::Confirm:
        return QStringLiteral("confirm");
    case Kind::Review:
        return QStringLiteral("review");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ReplyClassification::Kind> ReplyClassification::kindFromCode(const QString& code)
{
    for (Kind kind :
         {Kind::OptOut, Kind::OptIn, Kind::Help, Kind::Join, Kind::Confirm, Kind::Review, Kind::Other})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString ReplyClassification::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::OptOut:
        return tr("Opt-out");
    case Kind::OptIn:
        return tr("Opt-in");
    case Kind::Help:
        return tr("Help request");
    case Kind::Join:
        return tr("Join request");
    case Kind::Confirm:
        return tr("Confirmation");
    case Kind::Review:
        return tr("Possible opt-out");
    case Kind::Other:
        return tr("Message");
    }
    return {};
}

} // namespace textwell
