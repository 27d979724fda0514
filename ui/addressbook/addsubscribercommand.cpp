#include "addsubscribercommand.h"

using namespace textwell;

AddSubscriberCommand::AddSubscriberCommand(const AddressBookEditContext& context,
                                           const Subscriber& subscriber,
                                           const std::optional<ConsentRecord>& consent)
    : AddressBookCommand(
          context,
          QCoreApplication::translate("AddSubscriberCommand", "Add %1").arg(subscriber.displayLabel())),
      m_input(subscriber), m_consent(consent)
{}

Status AddSubscriberCommand::apply()
{
    if (m_added.id != 0) // redo: bring back exactly the person that undo removed
        return book().restore({m_added});
    Result<AddressBook::Added> added = book().add(m_input, m_consent);
    if (!added)
        return Status::failure(added.error());
    m_notices = added.value().notices;
    Result<Subscriber> stored = book().get(added.value().id);
    if (!stored)
        return Status::failure(stored.error());
    m_added = stored.takeValue();
    return {};
}

Status AddSubscriberCommand::revert()
{
    return book().remove({m_added.id});
}
