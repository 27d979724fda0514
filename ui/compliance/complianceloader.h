#pragma once

#include "compliance/complianceitems.h"
#include "compliance/rulepack.h"
#include "storage/lazyconnection.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

// What the Compliance screen shows, read at one moment.
struct ComplianceReply
{
    quint64 generation = 0;
    QString error;
    QDateTime now; // UTC, what the days left were counted from
    textwell::ComplianceItems::Snapshot snapshot;
    QVector<textwell::RulePack> packs; // in force
    QStringList problems;              // stored packs that were refused
};
Q_DECLARE_METATYPE(ComplianceReply)

// A change asked for on the Compliance screen. Changes are never dropped: each is made and answered.
struct ComplianceRequest
{
    enum class Action
    {
        Record,       // a new opt-out request
        Enter,        // the number of an open request: opt it out
        Close,        // an open request closed without an opt-out
        AskToConfirm, // the confirmation request for a person awaiting it
        AskEveryone,  // the confirmation request for everyone awaiting it who was never asked
    };
    Action action = Action::Record;
    qint64 id = 0; // the request's
    QDateTime receivedAt;
    QString channel;
    QString contact; // Record: as it came; Enter, AskToConfirm: the number
    QString text;    // Record: the note; Close: the outcome
};

struct ComplianceResult
{
    ComplianceRequest request;
    QString error;       // empty when done
    QString message;     // what was done, for the banner
    bool queued = false; // a message went into the outbox
};
Q_DECLARE_METATYPE(ComplianceResult)

// Reads and writes the Compliance screen's data on its own thread with its own connection.
class ComplianceLoader : public QObject
{
    Q_OBJECT

public:
    ComplianceLoader(QString databasePath, QString actor, std::shared_ptr<std::atomic<quint64>> latest);
    ~ComplianceLoader() override;

    // Called on the loader's thread.
    void load(quint64 generation);
    void perform(const ComplianceRequest& request);

Q_SIGNALS:
    void loaded(const ComplianceReply& reply);
    void performed(const ComplianceResult& result);

private:
    textwell::LazyConnection m_db;
    QString m_actor;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
