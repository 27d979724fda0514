#include "editsubscribercommand.h"

using namespace textwell;

EditSubscriberCommand::EditSubscriberCommand(const AddressBookEditContext& context, const Subscriber& before,
                                             const Subscriber& after)
    : AddressBookCommand(
          context,
          QCoreApplication::translate("EditSubscriberCommand", "Edit %1").arg(before.displayLabel())),
      m_before(before), m_after(after)
{}
