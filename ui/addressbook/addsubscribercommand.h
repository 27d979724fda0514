#pragma once

#include "addressbookcommand.h"

#include <optional>

// Adds a person; undo deletes them again (their consent history stays, as it always does).
class AddSubscriberCommand : public AddressBookCommand
{
public:
    AddSubscriberCommand(const AddressBookEditContext& context, const textwell::Subscriber& subscriber,
                         const std::optional<textwell::ConsentRecord>& consent);

    qint64 addedId() const { return m_added.id; }
    const QStringList& notices() const { return m_notices; }

protected:
    textwell::Status apply() override;
    textwell::Status revert() override;

private:
    textwell::Subscriber m_input;
    std::optional<textwell::ConsentRecord> m_consent;
    textwell::Subscriber m_added; // as stored, for redo after undo
    QStringList m_notices;
};
