#pragma once

#include "importing/importfile.h"
#include "importing/importoptions.h"
#include "importing/importsummary.h"
#include "importing/suppressionimporter.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Reads an import file off the UI thread: counts its rows, or runs the import (or its dry run) of
// people or of a suppression list with its own database connection. Progress comes as signals;
// cancel() stops it, and an import stopped this way leaves the database as it was.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Task
    {
        CountRows,   // only reads the file: the row count for the first page
        People,      // Importer
        Suppression, // SuppressionImporter
    };

    struct Request
    {
        Task task = Task::CountRows;
        QString databasePath;
        QString filePath;
        textwell::FileFormat format;
        bool dryRun = true;
        QString actor;
        textwell::ImportOptions options; // People
        int phoneColumn = 0;             // Suppression
        QString region;                  // Suppression
        QString source;                  // Suppression
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;   // why it failed, for a person
        qint64 rows = 0; // CountRows
        textwell::ImportSummary people;
        textwell::SuppressionImportSummary suppression;
    };

    explicit ImportJob(Request request, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(const textwell::ImportProgress& progress);
    void finished(const ImportJob::Outcome& outcome);

private:
    Outcome run();
    Outcome countRows(textwell::RecordReader& reader);

    Request m_request;
    std::atomic_bool m_cancelled{false};
    QThread* m_thread = nullptr;
};
