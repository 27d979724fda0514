#pragma once

#include "storage/lazyconnection.h"

#include "contacts/subscriber.h"
#include "segments/recipientbreakdown.h"
#include "segments/segmentcompiler.h"
#include "segments/segmentrule.h"
#include "storage/connection.h"

#include <QMap>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

// What the segment editor and the composer ask about a rule.
struct CountRequest
{
    textwell::SegmentRule rule;
    textwell::RecipientGroup previewGroup = textwell::RecipientGroup::WillReceive;
    int previewLimit = 50;
    QStringList placeholderFields; // the composer's: their longest values among recipients
};

struct CountReply
{
    quint64 generation = 0;
    QString error;                           // the database could not answer
    QVector<textwell::RuleProblem> problems; // the rule has mistakes: nothing was counted
    textwell::RecipientBreakdown breakdown;
    textwell::RecipientGroup previewGroup = textwell::RecipientGroup::WillReceive;
    QVector<textwell::Subscriber> preview;
    QMap<QString, QString> longestValues;
    qint64 elapsedMs = 0;
};
Q_DECLARE_METATYPE(CountReply)

// The values a rule can pick from, for the editor's suggestions.
struct SegmentChoices
{
    QStringList tags;
    QStringList customFields;
    QStringList cities;
    QStringList regions;
    QStringList consentSources;
};
Q_DECLARE_METATYPE(SegmentChoices)

// Counts on its own thread with its own connection. Requests carry a generation; one that is
// older than the latest when its turn comes is dropped, so a burst of edits costs one count.
class RecipientCountWorker : public QObject
{
    Q_OBJECT

public:
    RecipientCountWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~RecipientCountWorker() override;

public Q_SLOTS:
    void count(quint64 generation, const CountRequest& request);
    void loadChoices();

Q_SIGNALS:
    void counted(const CountReply& reply);
    void choicesLoaded(const SegmentChoices& choices);

private:
    bool stale(quint64 generation) const { return generation < m_latest->load(); }

    textwell::LazyConnection m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
