#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace textwell {

// What a column of an import file holds.
enum class ImportField
{
    Ignore,
    Phone,
    FullName, // split into first and last name
    FirstName,
    LastName,
    City,
    Region,
    BirthDate,
    Language,
    Tags,
    Notes,
    ConsentDate,     // when consent was given; an empty cell means none for that row
    ConsentSource,   // where it was given
    ConsentEvidence, // what proves it
    Custom,          // a custom field, by name
};

struct ColumnTarget
{
    ImportField field = ImportField::Ignore;
    QString customName; // for Custom

    bool operator==(const ColumnTarget& other) const
    {
        return field == other.field && customName == other.customName;
    }
};

// Which field each column of the file goes to: guessed from the header names in English,
// Russian and German and from the values, changeable by the person importing.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    // sample: the first rows of the file, used where a header names nothing known (a column of
    // phone numbers without a header is still the phone).
    static ColumnMapping guess(const QStringList& header, const QVector<QStringList>& sample);
    // "Telefon=phone,Vorname=first_name,3=city,Kundennr=custom:Kundennr": columns by header name or
    // 1-based number; columns not named are ignored. Names a column or field it cannot place.
    static Result<ColumnMapping> parse(const QString& spec, const QStringList& header);

    QVector<ColumnTarget> targets; // one per column of the file

    int columnOf(ImportField field) const; // -1 when no column has it
    bool has(ImportField field) const { return columnOf(field) >= 0; }
    // Empty when the mapping can be imported; else what to change ("Choose the column with the
    // phone numbers.", "Two columns are mapped to City: ...").
    QString problem(const QStringList& header) const;
    // The spec parse() reads back.
    QString spec(const QStringList& header) const;

    static QList<ImportField> fields(); // every field but Custom, in menu order
    static QString label(ImportField field);
    static QString code(ImportField field); // "phone", "first_name", ..., "custom"
    static bool fromCode(const QString& code, ImportField* field);
};

} // namespace textwell
