#pragma once

#include "addressbookcommand.h"

// Saves changed details of a person; undo puts the old ones back.
class EditSubscriberCommand : public AddressBookCommand
{
public:
    EditSubscriberCommand(const AddressBookEditContext& context, const textwell::Subscriber& before,
                          const textwell::Subscriber& after);

protected:
    textwell::Status apply() override { return book().update(m_after); }
    textwell::Status revert() override { return book().update(m_before); }

private:
    textwell::Subscriber m_before;
    textwell::Subscriber m_after;
};
