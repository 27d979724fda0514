#include "excludenumberscommand.h"

#include "contacts/phonenumbers.h"

using namespace textwell;

ExcludeNumbersCommand::ExcludeNumbersCommand(const AddressBookEditContext& context,
                                             const QStringList& numbers, const QString& note)
    : AddressBookCommand(context,
                         numbers.size() == 1
                             ? QCoreApplication::translate("ExcludeNumbersCommand", "Exclude %1")
                                   .arg(PhoneNumbers::formatInternational(numbers.first()))
                             : QCoreApplication::translate("ExcludeNumbersCommand", "Exclude %n number(s)",
                                                           nullptr, int(numbers.size()))),
      m_numbers(numbers), m_note(note)
{}

Status ExcludeNumbersCommand::apply()
{
    const bool first = m_changed.isEmpty();
    const QStringList targets = first ? m_numbers : m_changed;
    AddressBook addressBook = book();
    for (const QString& number : targets) {
        Result<bool> changed = addressBook.exclude(number, m_note);
        if (!changed)
            return Status::failure(changed.error());
        if (first && changed.value())
            m_changed.append(number);
    }
    if (first && m_changed.isEmpty())
        return Status::failure(QCoreApplication::translate("ExcludeNumbersCommand", "Already excluded."));
    return {};
}

Status ExcludeNumbersCommand::revert()
{
    AddressBook addressBook = book();
    for (const QString& number : m_changed) {
        // No note: history entries are data, kept free of one desk's UI language.
        Result<bool> lifted = addressBook.unexclude(number, QString());
        if (!lifted)
            return Status::failure(lifted.error());
    }
    return {};
}
