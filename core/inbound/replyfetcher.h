#pragma once

#include "gateways/gateway.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace textwell {

// Takes the replies a gateway keeps for the app (Twilio) into the Inbox: since the last fetch,
// with an overlap so that a reply the gateway lists late is still taken (the same reply twice is
// stored once). Runs where the gateway runs: the sender's thread or the command line.
class ReplyFetcher
{
public:
    ReplyFetcher(QSqlDatabase db, Gateway* gateway);

    struct Fetched
    {
        int received = 0;     // new replies stored
        bool answers = false; // a confirmation or help text waits in the outbox
    };
    Result<Fetched> fetch();

    static constexpr int OverlapSeconds = 600;
    static constexpr int FirstFetchDays = 1; // how far back the very first fetch looks

private:
    QSqlDatabase m_db;
    Gateway* m_gateway; // not owned
};

} // namespace textwell
