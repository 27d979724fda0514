#include "importsummary.h"

#include <QLocale>

namespace textwell {

QStringList ImportSummary::describe() const
{
    QStringList lines;
    const bool will = dryRun;
    auto add = [&](qint64 count, const char* future, const char* past) {
        if (count > 0)
            lines.append(tr(will ? future : past, nullptr, int(qMin<qint64>(count, INT_MAX))));
    };
    add(added, QT_TR_N_NOOP("%Ln new people will be added."), QT_TR_N_NOOP("%Ln new people were added."));
    add(updated, QT_TR_N_NOOP("%Ln people already in the address book will be updated."),
        QT_TR_N_NOOP("%Ln people already in the address book were updated."));
    add(unchanged, QT_TR_N_NOOP("%Ln people already in the address book will stay as they are."),
        QT_TR_N_NOOP("%Ln people already in the address book stayed as they were."));
    add(duplicatesInFile,
        QT_TR_N_NOOP("%Ln rows repeat a number from earlier in the file: only the first is used."),
        QT_TR_N_NOOP("%Ln rows repeated a number from earlier in the file: only the first was used."));
    add(invalidNumbers, QT_TR_N_NOOP("%Ln rows have no valid phone number: they will not be imported."),
        QT_TR_N_NOOP("%Ln rows had no valid phone number: they were not imported."));
    add(otherProblems, QT_TR_N_NOOP("%Ln rows cannot be read as they stand: they will not be imported."),
        QT_TR_N_NOOP("%Ln rows could not be read as they stood: they were not imported."));
    add(suppressed, QT_TR_N_NOOP("%Ln numbers are unsubscribed or excluded: they stay so."),
        QT_TR_N_NOOP("%Ln numbers are unsubscribed or excluded: they stayed so."));
    add(withoutConsent,
        QT_TR_N_NOOP("%Ln people will have no consent: they are imported, but will not receive campaigns."),
        QT_TR_N_NOOP("%Ln people have no consent: they were imported, but will not receive campaigns."));
    add(consentRecorded,
        QT_TR_N_NOOP("%Ln consents will be recorded in the history, with their source and evidence."),
        QT_TR_N_NOOP("%Ln consents were recorded in the history, with their source and evidence."));
    add(awaitingConfirmation,
        QT_TR_N_NOOP("%Ln people will await confirmation: their country's rules want them to confirm by SMS "
                     "before the first campaign."),
        QT_TR_N_NOOP("%Ln people await confirmation: their country's rules want them to confirm by SMS "
                     "before the first campaign."));
    if (!createdCustomFields.isEmpty())
        lines.append((will ? tr("New custom fields: %1.") : tr("Custom fields created: %1."))
                         .arg(createdCustomFields.join(QStringLiteral(", "))));
    if (rows == 0)
        lines.append(tr("The file has no rows to import."));
    return lines;
}

double ImportProgress::secondsLeft() const
{
    // The bytes read so far are the better clock: rows vary in length less than rows in count.
    if (totalBytes <= 0 || bytesRead <= 0 || seconds < 0.5)
        return -1;
    return seconds * double(totalBytes - bytesRead) / double(bytesRead);
}

} // namespace textwell
