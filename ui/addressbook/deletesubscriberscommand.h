#pragma once

#include "addressbookcommand.h"

#include <QVector>

// Deletes people; undo brings them back as they were. Their numbers' consent history and any
// opt-out or exclusion are never deleted, so an opt-out stays in force either way.
class DeleteSubscribersCommand : public AddressBookCommand
{
public:
    DeleteSubscribersCommand(const AddressBookEditContext& context, const QVector<qint64>& ids);

protected:
    textwell::Status apply() override;
    textwell::Status revert() override { return book().restore(m_people); }

private:
    QVector<qint64> m_ids;
    QVector<textwell::Subscriber> m_people; // as they were, read just before the first delete
};
