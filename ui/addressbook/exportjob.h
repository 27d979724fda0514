#pragma once

#include "contacts/subscriberfilter.h"
#include "exporting/exportoptions.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// What to export and where, as the export dialog chose it.
struct ExportRequest
{
    enum class What
    {
        Everyone,
        Filter,  // the address book's current filter
        Segment, // a saved segment
        SuppressionList,
    };

    What what = What::Everyone;
    textwell::SubscriberFilter filter;
    qint64 segmentId = 0;
    QString path;
    textwell::ExportOptions options;
};

// Runs an export on its own thread with its own database connection: a million rows take a few
// seconds. Progress comes as signals; cancel() stops it and leaves no file.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(QString databasePath, ExportRequest request, QObject* parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled.load(); }
    const ExportRequest& request() const { return m_request; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // error is empty on success; a cancelled export fails with ExportFiles::cancelled().
    void finished(qint64 rows, const QString& path, const QString& error);

private:
    QString m_databasePath;
    ExportRequest m_request;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
