#pragma once

#include "reports/reportformat.h"
#include "reports/reportrequest.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Makes a report and writes it on its own thread with its own database connection: an opt-out
// log of a million rows takes a while. Progress comes as signals; cancel() stops it and leaves no
// file.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    ReportJob(QString databasePath, textwell::ReportRequest request, textwell::ReportFormat format,
              QString path, QObject* parent = nullptr);
    ~ReportJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled.load(); }

Q_SIGNALS:
    // total is -1 while unknown.
    void progress(qint64 done, qint64 total);
    // error is empty on success; title is the report's.
    void finished(const QString& title, const QString& path, const QString& error);

private:
    QString m_databasePath;
    textwell::ReportRequest m_request;
    textwell::ReportFormat m_format;
    QString m_path;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
