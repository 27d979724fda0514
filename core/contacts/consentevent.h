#pragma once

#include <QDateTime>
#include <QString>

namespace textwell {

// One entry of the append-only consent history of a number.
struct ConsentEvent
{
    enum class Kind
    {
        OptIn,
        OptOut,
        Exclude,
        Unexclude,
    };
    // How the change reached us.
    enum class Channel
    {
        Manual,       // entered at the desk
        Import,       // from a file
        Keyword,      // an SMS reply such as STOP
        Reply,        // an SMS reply in words ("please stop texting me"), understood as an opt-out
        Link,         // a web link
        Api,          // another program
        Carrier,      // reported by the carrier or gateway
        Join,         // the number texted the join keyword (JOIN, ПОДПИСКА, ANMELDEN)
        Confirmation, // the number answered the confirmation request (YES, ДА, JA): double opt-in
    };

    // Whether the event came from the number itself (a keyword it texted): consent given or
    // confirmed this way needs no further confirmation (double opt-in).
    static bool fromTheNumber(Channel channel)
    {
        return channel == Channel::Keyword || channel == Channel::Join || channel == Channel::Confirmation;
    }

    qint64 id = 0;
    QString phone; // E.164
    Kind kind = Kind::OptIn;
    QDateTime at;         // when it happened (a consent may have been given before it was entered), UTC
    QDateTime recordedAt; // when it was written into the history, UTC
    Channel channel = Channel::Manual;
    QString source;     // where consent was given: "paper form at the till"
    QString evidence;   // what proves it: "form #123, signed 2024-03-02"
    QString reasonCode; // OptOutReasons code, for opt-outs
    QString reasonText; // free text: the reason in words, or the note of an exclusion
    qint64 campaignId = 0;
    QString actor; // who did it: the desk's user name, "cli:<user>", ...

    static QString kindCode(Kind kind);
    static QString kindLabel(Kind kind);
    static bool kindFromCode(const QString& code, Kind* kind);
    static QString channelCode(Channel channel);
    static QString channelLabel(Channel channel);
    static bool channelFromCode(const QString& code, Channel* channel);
};

} // namespace textwell
