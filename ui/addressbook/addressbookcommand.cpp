#include "addressbookcommand.h"

using namespace textwell;

AddressBookCommand::AddressBookCommand(const AddressBookEditContext& context, const QString& text)
    : QUndoCommand(text), m_context(context)
{}

Status AddressBookCommand::applyFirst()
{
    Status status = apply();
    m_appliedFirst = status.ok();
    if (status)
        m_context.changed();
    return status;
}

void AddressBookCommand::redo()
{
    if (m_appliedFirst) { // QUndoStack::push() calls redo(); the edit is already done
        m_appliedFirst = false;
        return;
    }
    report(apply());
}

void AddressBookCommand::undo()
{
    report(revert());
}

void AddressBookCommand::report(const Status& status)
{
    if (!status) {
        m_context.failed(status.error());
        setObsolete(true);
    }
    m_context.changed();
}
