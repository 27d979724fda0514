#pragma once

#include "importing/recordreader.h"
#include "importjob.h"

#include <QStringList>
#include <QVector>
#include <QWizard>

namespace textwell {
class Connection;
}

// Takes the person at the desk through an import: the file, its columns, the consent basis, a dry
// run that says what will happen, the import itself with a Cancel that leaves the database as it
// was, and a report of the rows left out. The same wizard, in its SuppressionList mode, imports a
// plain list of numbers to exclude (an old provider's opt-outs): it shares the file, progress and
// done pages, and asks for the number column and the list's source instead of the people pages.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Mode
    {
        People,
        SuppressionList,
    };
    enum PageId
    {
        FilePageId,
        ColumnsPageId,
        ConsentPageId,
        SuppressionPageId,
        SummaryPageId,
        ProgressPageId,
        DonePageId,
    };
    enum class ConsentBasis
    {
        Unchosen,
        Column,   // a consent-date column: a row with a date has consent, an empty one has none
        Declared, // one source and evidence for everyone in the file
        None,     // nobody in the file gave consent
    };

    // What the person chose so far; the pages read and write it.
    struct Choices
    {
        QString filePath;
        textwell::FileFormat format;
        QStringList header;
        QVector<textwell::SourceRecord> sample; // the first rows, for the previews
        textwell::ImportOptions options;        // mapping, region, duplicates, custom fields
        ConsentBasis consentBasis = ConsentBasis::Unchosen;
        int phoneColumn = 0; // SuppressionList
        QString source;      // SuppressionList: where the list comes from
        ImportJob::Outcome dryRun;
        ImportJob::Outcome result;
    };

    static constexpr int SampleRows = 20;

    // connection: the UI thread's, for the settings and the custom fields; the jobs open their own.
    ImportWizard(Mode mode, textwell::Connection* connection, const QString& filePath = QString(),
                 QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    textwell::Connection* connection() const { return m_connection; }
    Choices& choices() { return m_choices; }
    const Choices& choices() const { return m_choices; }
    // The custom fields that exist in the database, read when the wizard opened.
    const QStringList& customFields() const { return m_customFields; }
    // A job for the choices made: the dry run of the summary page or the import itself.
    ImportJob::Request request(bool dryRun) const;
    // The options the import runs with: the consent basis applied to the mapping.
    textwell::ImportOptions importOptions() const;
    // A number as a person reads it in this language ("1,180").
    static QString number(qint64 value);

Q_SIGNALS:
    // The import wrote to the address book: its table should read it again.
    void imported();

public Q_SLOTS:
    // Closing while an import runs cancels it (nothing is imported) instead of leaving it behind.
    void reject() override;

private:
    Mode m_mode;
    textwell::Connection* m_connection;
    Choices m_choices;
    QStringList m_customFields;
};
