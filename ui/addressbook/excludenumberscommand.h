#pragma once

#include "addressbookcommand.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

// Excludes numbers by hand; undo lifts the exclusions it made. Both are events in the history:
// undo does not erase the exclusion, it records that it was lifted.
class ExcludeNumbersCommand : public AddressBookCommand
{
public:
    ExcludeNumbersCommand(const AddressBookEditContext& context, const QStringList& numbers,
                          const QString& note);

    // The numbers that were not excluded before (only these are undone).
    const QStringList& changedNumbers() const { return m_changed; }

protected:
    textwell::Status apply() override;
    textwell::Status revert() override;

private:
    QStringList m_numbers;
    QString m_note;
    QStringList m_changed;
    QHash<QString, QDateTime> m_madeAt; // when each exclusion of ours began, to undo only ours
};
