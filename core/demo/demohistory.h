#pragma once

#include "contacts/optoutreason.h"
#include "demoperson.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <utility>
#include <vector>

namespace textwell {

class ReplyClassifier;

// The demo's year of campaign history, ending now: three to five campaigns a month, each for the
// people of one language, what every message became, and the people who left after one (by an
// SMS keyword, in words, through a person at the desk who read their reply, or at the carrier),
// with their replies and the confirmations they got. Everything follows from the seed.
//
// The rows have the shapes the real writers give them (CampaignStarter, Outbox and the
// dispatcher, Inbox), and the history keeps their rules: a message only while its number has
// consent and is neither unsubscribed nor excluded, one per campaign and number, in daytime, within
// the frequency cap; an opt-out comes after the campaign it is attributed to and before the
// number's next message.
class DemoHistory
{
public:
    // Why people leave, weighted as they tend to: mostly too many or irrelevant messages.
    static const std::vector<std::pair<OptOutReason, int>>& reasonWeights();
    // "Other" comes with the reason in words, as the address book requires.
    static const QStringList& otherReasons();

    // tags: the demo's tag names, in the order of DemoPerson::tags' bits.
    DemoHistory(QSqlDatabase db, quint32 seed, QDateTime now, QStringList tags);
    ~DemoHistory();
    DemoHistory(const DemoHistory&) = delete;
    DemoHistory& operator=(const DemoHistory&) = delete;

    // Plans the campaigns and who each one reached, and decides who left after which: sets their
    // optOut and optOutCampaign. people are in the order their rows are written, with everything
    // else (consent, exclusion, an opt-out before the year) already drawn.
    void plan(std::vector<DemoPerson>& people);
    // Writes the campaigns: before the people, whose opt-outs name them.
    Status writeCampaigns();
    qint64 campaignId(int campaign) const;
    // Writes every campaign's messages, then the replies and confirmations of those who left after
    // it. The people's ids must be set; their rows may come later.
    Status writeMessages(const std::vector<DemoPerson>& people);

    qint64 campaignCount() const;
    qint64 messagesSent() const { return m_messagesSent; }
    qint64 optOuts() const;

private:
    struct Campaign;
    struct Send;
    struct Leaving;

    void planCalendar();
    qint64 sendableAtStart(const Campaign& campaign, const std::vector<DemoPerson>& people) const;
    std::vector<Send> sends(int campaign, const std::vector<DemoPerson>& people) const;
    void decideLeaving(int campaign, const std::vector<Send>& sent, const ReplyClassifier& classifier,
                       std::vector<DemoPerson>& people);
    bool matches(const Campaign& campaign, const DemoPerson& person) const;
    QDateTime nextStart(int campaign) const;

    QSqlDatabase m_db;
    quint32 m_seed;
    QDateTime m_now;
    QStringList m_tags;
    std::vector<Campaign> m_campaigns;       // in order of their start
    std::vector<std::vector<int>> m_members; // per audience, the people of its language
    std::vector<QStringList> m_cities;       // per audience, the cities its people live in
    qint64 m_messagesSent = 0;
};

} // namespace textwell
