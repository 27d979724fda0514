#include "deletesubscriberscommand.h"

using namespace textwell;

DeleteSubscribersCommand::DeleteSubscribersCommand(const AddressBookEditContext& context,
                                                   const QVector<qint64>& ids)
    : AddressBookCommand(context,
                         QCoreApplication::translate("DeleteSubscribersCommand", "Delete %n person(s)",
                                                     nullptr, int(ids.size()))),
      m_ids(ids)
{}

Status DeleteSubscribersCommand::apply()
{
    if (m_people.isEmpty()) {
        Result<QVector<Subscriber>> people = book().get(m_ids);
        if (!people)
            return Status::failure(people.error());
        m_people = people.takeValue();
    }
    return book().remove(m_ids);
}
