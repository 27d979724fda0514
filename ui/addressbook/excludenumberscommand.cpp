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
    m_madeAt.clear();
    for (const QString& number : targets) {
        Result<bool> changed = addressBook.exclude(number, m_note);
        if (!changed)
            return Status::failure(changed.error());
        if (first && changed.value())
            m_changed.append(number);
        if (changed.value()) {
            if (Result<Suppression> now = addressBook.suppression(number))
                m_madeAt.insert(number, now.value().excludedAt);
        }
    }
    if (first && m_changed.isEmpty())
        return Status::failure(QCoreApplication::translate("ExcludeNumbersCommand", "Already excluded."));
    return {};
}

Status ExcludeNumbersCommand::revert()
{
    AddressBook addressBook = book();
    for (const QString& number : m_changed) {
        // Lift only the exclusion this command made: one made since (another desk, a complaint
        // entered later) is someone else's decision and stays.
        Result<Suppression> now = addressBook.suppression(number);
        if (!now)
            return Status::failure(now.error());
        if (!now.value().excluded() || now.value().excludedAt != m_madeAt.value(number))
            continue;
        // No note: history entries are data, kept free of one desk's UI language.
        Result<bool> lifted = addressBook.unexclude(number, QString());
        if (!lifted)
            return Status::failure(lifted.error());
    }
    return {};
}
