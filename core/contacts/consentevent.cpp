#include "consentevent.h"

#include <QCoreApplication>

namespace textwell {

namespace {
constexpr ConsentEvent::Kind allKinds[] = {ConsentEvent::Kind::OptIn, ConsentEvent::Kind::OptOut,
                                           ConsentEvent::Kind::Exclude, ConsentEvent::Kind::Unexclude};
constexpr ConsentEvent::Channel allChannels[] = {
    ConsentEvent::Channel::Manual,  ConsentEvent::Channel::Import, ConsentEvent::Channel::Keyword,
    ConsentEvent::Channel::Reply,   ConsentEvent::Channel::Link,   ConsentEvent::Channel::Api,
    ConsentEvent::Channel::Carrier, ConsentEvent::Channel::Join,   ConsentEvent::Channel::Confirmation};
} // namespace

QString ConsentEvent::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::OptIn:
        return QStringLiteral("opt_in");
    case Kind::OptOut:
        return QStringLiteral("opt_out");
    case Kind::Exclude:
        return QStringLiteral("exclude");
    case Kind::Unexclude:
        return QStringLiteral("unexclude");
    }
    return {};
}

QString ConsentEvent::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::OptIn:
        return QCoreApplication::translate("ConsentEvent", "Consent given");
    case Kind::OptOut:
        return QCoreApplication::translate("ConsentEvent", "Unsubscribed");
    case Kind::Exclude:
        return QCoreApplication::translate("ConsentEvent", "Excluded");
    case Kind::Unexclude:
        return QCoreApplication::translate("ConsentEvent", "Exclusion lifted");
    }
    return {};
}

bool ConsentEvent::kindFromCode(const QString& code, Kind* kind)
{
    for (Kind k : allKinds) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString ConsentEvent::channelCode(Channel channel)
{
    switch (channel) {
    case Channel::Manual:
        return QStringLiteral("manual");
    case Channel::Import:
        return QStringLiteral("import");
    case Channel::Keyword:
        return QStringLiteral("keyword");
    case Channel::Reply:
        return QStringLiteral("reply");
    case Channel::Link:
        return QStringLiteral("link");
    case Channel::Api:
        return QStringLiteral("api");
    case Channel::Carrier:
        return QStringLiteral("carrier");
    case Channel::Join:
        return QStringLiteral("join");
    case Channel::Confirmation:
        return QStringLiteral("confirmation");
    }
    return {};
}

QString ConsentEvent::channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Manual:
        return QCoreApplication::translate("ConsentEvent", "by hand");
    case Channel::Import:
        return QCoreApplication::translate("ConsentEvent", "import");
    case Channel::Keyword:
        return QCoreApplication::translate("ConsentEvent", "SMS keyword");
    case Channel::Reply:
        return QCoreApplication::translate("ConsentEvent", "SMS reply in words");
    case Channel::Link:
        return QCoreApplication::translate("ConsentEvent", "link");
    case Channel::Api:
        return QCoreApplication::translate("ConsentEvent", "another program");
    case Channel::Carrier:
        return QCoreApplication::translate("ConsentEvent", "carrier");
    case Channel::Join:
        return QCoreApplication::translate("ConsentEvent", "join by SMS");
    case Channel::Confirmation:
        return QCoreApplication::translate("ConsentEvent", "confirmed by SMS reply");
    }
    return {};
}

bool ConsentEvent::channelFromCode(const QString& code, Channel* channel)
{
    for (Channel c : allChannels) {
        if (channelCode(c) == code) {
            *channel = c;
            return true;
        }
    }
    return false;
}

} // namespace textwell
