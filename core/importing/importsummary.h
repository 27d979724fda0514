#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace textwell {

// A row of the file that was not imported as it stood, and why.
struct ImportProblem
{
    qint64 row = 0;
    QString reason;        // "Not a phone number: too short." — for a person to fix the row
    QStringList fields;    // the row as it was in the file, to fix and import again
    bool imported = false; // true: the row was imported, but without something (e.g. its consent)
};

// What an import did, or (dry run) would do. The counts are of rows of the file.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    qint64 rows = 0;                 // records read, header not counted
    qint64 added = 0;                // new people
    qint64 updated = 0;              // people already in the book whose fields changed
    qint64 unchanged = 0;            // people already in the book left as they were
    qint64 duplicatesInFile = 0;     // the same number earlier in the file: not imported
    qint64 invalidNumbers = 0;       // no number, or not a phone number: not imported
    qint64 otherProblems = 0;        // a row with more fields than the header, a bad value: not imported
    qint64 suppressed = 0;           // numbers already unsubscribed or excluded: imported, they stay so
    qint64 withoutConsent = 0;       // added, or updated, and still without consent: not sendable
    qint64 consentRecorded = 0;      // consents written to the history
    qint64 awaitingConfirmation = 0; // with a consent their country wants confirmed by SMS first
    QStringList createdCustomFields;
    QVector<ImportProblem> problems; // in row order
    double seconds = 0;
    bool dryRun = false;

    qint64 notImported() const { return duplicatesInFile + invalidNumbers + otherProblems; }
    qint64 imported() const { return added + updated + unchanged; }
    // The summary in sentences, one per non-zero count, as the wizard and the CLI show it: in the
    // future tense for a dry run ("1,180 new people will be added"), else in the past.
    QStringList describe() const;
};

// How far an import is, for its progress bar: rows and bytes so far.
struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    double seconds = 0;

    double rowsPerSecond() const { return seconds > 0 ? rows / seconds : 0; }
    // Estimated seconds left from the bytes still to read; -1 while unknown.
    double secondsLeft() const;
};

} // namespace textwell
