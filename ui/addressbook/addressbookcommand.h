#pragma once

#include "contacts/addressbook.h"

#include <QUndoCommand>

#include <functional>

// What every address book edit needs: the book to write to, and where to report.
struct AddressBookEditContext
{
    std::function<textwell::AddressBook()> book;
    std::function<void(const QString& message)> failed; // an undo or redo could not be done
    std::function<void()> changed;                      // the data changed: reload what is shown
};

// An undoable edit of the address book. The page runs the first apply() itself, so that it can
// show a refusal before anything enters the undo stack; after that, redo() and undo() repeat and
// revert it. A step that fails later (the database is busy, say) is reported and leaves the stack.
class AddressBookCommand : public QUndoCommand
{
public:
    AddressBookCommand(const AddressBookEditContext& context, const QString& text);

    // Does the edit for the first time. Push the command only when this succeeded.
    textwell::Status applyFirst();
    void redo() override;
    void undo() override;

protected:
    virtual textwell::Status apply() = 0;
    virtual textwell::Status revert() = 0;
    textwell::AddressBook book() const { return m_context.book(); }

private:
    void report(const textwell::Status& status);

    AddressBookEditContext m_context;
    bool m_appliedFirst = false;
};
