#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace textwell {

// The lines of a recipient count, in the order people are taken away from the matching set.
enum class RecipientGroup
{
    Matching,
    Unsubscribed,
    Excluded,
    NoConsent,
    AwaitingConfirmation, // consent not yet confirmed from the number where its country's rules want it
    NotMobile,            // a landline or another number that cannot take SMS
    OverCap,              // reached the frequency cap
    WillReceive,
};

// How many people a segment reaches and who is left out, and why. Every matching person is in
// exactly one of the lines after Matching.
struct RecipientBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(RecipientBreakdown)

public:
    qint64 matching = 0;
    qint64 unsubscribed = 0;
    qint64 excluded = 0;
    qint64 noConsent = 0;
    qint64 awaitingConfirmation = 0;
    qint64 notMobile = 0;
    qint64 overCap = 0;
    qint64 willReceive = 0;

    qint64 count(RecipientGroup group) const;
    bool operator==(const RecipientBreakdown& other) const;

    static QVector<RecipientGroup> groups();
    static QString label(RecipientGroup group); // "Unsubscribed", for people
    static QString code(RecipientGroup group);  // "unsubscribed", for --json
};

} // namespace textwell
