#pragma once

#include "columnmapping.h"
#include "contacts/subscriber.h"

#include <QString>

namespace textwell {

// What to do with a row whose number is already in the address book (or earlier in the file).
enum class DuplicatePolicy
{
    Skip,        // leave the person as they are
    UpdateEmpty, // fill the person's empty fields from the file
    Overwrite,   // the file's non-empty values replace the person's
};

// Everything the person decided in the import wizard (or on the command line).
struct ImportOptions
{
    ColumnMapping mapping;
    QString defaultRegion; // "DE": the country of numbers written without a prefix
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    // The consent basis. Consent is never granted silently:
    // - with a consent-date column mapped, it decides row by row (a date or "yes": consent; empty or
    //   "no": none); declaredConsent's source and evidence stand in for missing source and evidence
    //   columns;
    // - with declaredForEveryone, every row has consent: "everyone in this file signed up at the
    //   till". A consent-date column then only gives the date where it has one;
    // - without either, nobody in the file has consent.
    ConsentRecord declaredConsent;
    bool declaredForEveryone = false; // needs declaredConsent's source and evidence
    // Columns mapped to a custom field that does not exist yet create it; otherwise such a mapping
    // is a problem the wizard shows.
    bool createCustomFields = false;
    // Everything is worked out and counted, nothing is written.
    bool dryRun = false;
    // The file's name, for the history: a consent without its own evidence cites "<file>, row N".
    QString fileName;
};

QString duplicatePolicyCode(DuplicatePolicy policy); // "skip", "update", "overwrite"
bool duplicatePolicyFromCode(const QString& code, DuplicatePolicy* policy);

} // namespace textwell
