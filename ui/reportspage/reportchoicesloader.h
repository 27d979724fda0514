#pragma once

#include "campaigns/campaign.h"
#include "storage/lazyconnection.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

// What the Reports screen offers to choose from: the saved segments and the campaigns that started.
struct ReportChoices
{
    quint64 generation = 0;
    QString error;
    QStringList segments;                  // names, as the segment store lists them
    QVector<textwell::Campaign> campaigns; // those that started, newest first
};
Q_DECLARE_METATYPE(ReportChoices)

// Reads the Reports screen's choices on its own thread with its own connection, as the dashboard's
// loader does: the campaigns grow with every one sent. A request older than the latest when its
// turn comes is dropped.
class ReportChoicesLoader : public QObject
{
    Q_OBJECT

public:
    ReportChoicesLoader(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest);
    ~ReportChoicesLoader() override;

public Q_SLOTS:
    void load(quint64 generation);

Q_SIGNALS:
    void loaded(const ReportChoices& choices);

private:
    textwell::LazyConnection m_db;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};
