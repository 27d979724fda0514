#pragma once

#include "importoptions.h"
#include "recordreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace textwell {

// One row of the file as it will be stored: the number normalised, the names split, the dates
// and the consent read. Made on the import's worker threads and by the wizard's preview.
struct ImportRow
{
    enum Problem
    {
        None,
        InvalidNumber, // no number, or not a phone number: not imported
        BadRow,        // e.g. more fields than the header: not imported
    };

    qint64 row = 0;
    QStringList fields; // as read, for the report of rows not imported
    Problem problem = None;
    QString reason;       // why it is not imported
    QStringList warnings; // imported, but without something: "Birth date "31.02." not understood"

    QString e164;
    QString numberRegion; // the number's country, "DE": its rule pack
    NumberKind numberKind = NumberKind::Unknown;
    QString firstName;
    QString lastName;
    QString city;
    QString region;
    QDate birthDate;
    QString language;
    QStringList tags;
    QString notes;
    QMap<QString, QString> customFields;
    std::optional<ConsentRecord> consent;

    // Which of these the file gives a value for (an empty cell does not overwrite anything).
    bool has(ImportField field) const { return given.contains(field); }
    QList<ImportField> given;
};

// Turns file rows into ImportRows by the options' mapping, region and consent basis. Const and
// thread-safe: one parser serves every worker thread.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowParser)

public:
    ImportRowParser(const ImportOptions& options, int headerColumns, const QDateTime& now);

    ImportRow parse(const SourceRecord& record) const;

    // "Ivanov Ivan Ivanovich", "Müller, Anna", "Anna Maria Schmidt" → first and last name.
    static void splitFullName(const QString& full, QString* first, QString* last);
    // 2024-03-02, 02.03.2024, 2.3.24, 03/02/2024 (month first in the US, else day first),
    // with or without a time; invalid when it is not a date.
    static QDateTime parseDateTime(const QString& text, const QString& region);
    // The same for a date alone; time, when given, receives the time of day (midnight if none).
    static QDate parseDate(const QString& text, const QString& region, QTime* time = nullptr);
    // "de", "Deutsch", "German", "русский", "ru-RU" → "de"/"ru"/"en"; empty when unknown.
    static QString parseLanguage(const QString& text);
    static QStringList splitTags(const QString& text);

private:
    QString cell(const SourceRecord& record, ImportField field) const;
    void readConsent(const SourceRecord& record, ImportRow& row) const;

    ImportOptions m_options;
    int m_headerColumns = 0;
    QDateTime m_now;
    QVector<int> m_columnOf; // ImportField → column, -1 when not mapped
};

} // namespace textwell
