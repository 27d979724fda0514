#include "editsubscribercommand.h"

using namespace textwell;

EditSubscriberCommand::EditSubscriberCommand(const AddressBookEditContext& context, const Subscriber& before,
                                             const Subscriber& after)
    : AddressBookCommand(context, QCoreApplication::translate("EditSubscriberCommand", "Edit %1")
                                      .arg(before.displayName().isEmpty() ? before.phone : before.displayName())),
      m_before(before),
      m_after(after)
{
}
