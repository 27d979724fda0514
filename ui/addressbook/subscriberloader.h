#pragma once

#include "contacts/subscriber.h"
#include "contacts/subscriberfilter.h"
#include "storage/connection.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

// One row of the address book table, with what is costly to format done on the worker.
struct SubscriberRow
{
    textwell::Subscriber person;
    QString phoneText; // "+49 171 1234567"
};

// Reads the address book for SubscriberTableModel on a worker thread, with its own connection.
// Requests carry a generation; work for an older generation than the model's latest is dropped,
// and pages far from where the user is looking are skipped (the model asks again if needed).
class SubscriberLoader : public QObject
{
    Q_OBJECT

public:
    struct Shared
    {
        std::atomic<quint64> generation{0};
        std::atomic<qint64> wantedRow{0}; // the row the view asked for last
    };

    SubscriberLoader(QString databasePath, std::shared_ptr<Shared> shared);
    ~SubscriberLoader() override;

public Q_SLOTS:
    // Counts the rows of filter and reads the page that holds firstRow.
    void loadCount(quint64 generation, const textwell::SubscriberFilter& filter, int pageSize, int page);
    void loadPage(quint64 generation, const textwell::SubscriberFilter& filter, int pageSize, int page);

Q_SIGNALS:
    void countLoaded(quint64 generation, qint64 total, int page, const QVector<SubscriberRow>& rows);
    void pageLoaded(quint64 generation, int page, const QVector<SubscriberRow>& rows);
    void pageSkipped(quint64 generation, int page);
    void failed(quint64 generation, const QString& message);

private:
    bool ensureOpen(quint64 generation);
    static QVector<SubscriberRow> toRows(const QVector<textwell::Subscriber>& people);
    bool stale(quint64 generation) const { return generation < m_shared->generation.load(); }

    QString m_path;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<textwell::Connection> m_connection;
};
