#pragma once

#include "consentevent.h"
#include "optoutreason.h"
#include "phonenumbers.h"
#include "subscriber.h"
#include "suppression.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace textwell {

// The address book and its consent rules, on one connection. Every change of consent or
// suppression writes its history event, the suppression row and the person's status in one
// transaction, so the three never disagree (PRODUCT.md rules 4 and 5).
//
// Numbers are accepted as people type them and normalised with the default region.
class AddressBook
{
    Q_DECLARE_TR_FUNCTIONS(AddressBook)

public:
    // actor names who makes the changes, for the history ("anna", "cli:anna").
    AddressBook(QSqlDatabase db, QString defaultRegion, QString actor);

    Result<ParsedNumber> normalize(const QString& number) const;
    const QString& defaultRegion() const { return m_region; }

    struct Added
    {
        qint64 id = 0;
        QStringList notices; // things the person adding should know (landline, stays unsubscribed)
    };
    // Adds a person. A number that was unsubscribed or excluded stays so, whatever consent comes
    // with it: re-subscribing takes a deliberate recordConsent() on the person. channel says how
    // the consent came (a JOIN text from the number: Join).
    Result<Added> add(const Subscriber& subscriber, const std::optional<ConsentRecord>& consent = {},
                      ConsentEvent::Channel channel = ConsentEvent::Channel::Manual);
    // Saves the editable fields of subscriber.id (not its consent or status). A changed number
    // takes the consent its own history records, if any: consent belongs to the number.
    Status update(const Subscriber& subscriber);
    // Deletes people; their numbers' history and suppression stay.
    Status remove(const QVector<qint64>& ids);
    // Puts back people exactly as they were before remove() (undo); status is derived afresh.
    Status restore(const QVector<Subscriber>& subscribers);

    Result<Subscriber> get(qint64 id) const;
    Result<QVector<Subscriber>> get(const QVector<qint64>& ids) const;
    // The person with this number, or nullopt when there is none.
    Result<std::optional<Subscriber>> findByPhone(const QString& number) const;

    // Records a consent with its source and evidence. Given by hand or by the person's own
    // START reply, it ends an earlier opt-out; given by an import, a web link, another program or
    // the carrier it does not.
    // It never lifts a manual exclusion. Returns notices for the user.
    Result<QStringList> recordConsent(const QString& number, const ConsentRecord& consent,
                                      ConsentEvent::Channel channel = ConsentEvent::Channel::Manual);
    // Returns false when the number was already unsubscribed (nothing written).
    Result<bool> unsubscribe(const QString& number, OptOutReason reason, const QString& reasonText,
                             ConsentEvent::Channel channel = ConsentEvent::Channel::Manual);
    // The general opt-out: event says how (channel), when (at; now when invalid), why, with what
    // evidence and after which campaign. Any number, in the book or not. False when it was already
    // unsubscribed.
    Result<bool> recordOptOut(const QString& number, ConsentEvent event);
    // The reason of a number's current opt-out, learned after it (the Inbox, a digit answering the
    // confirmation's question). The history keeps the event as it was; false when not opted out.
    Result<bool> setOptOutReason(const QString& number, OptOutReason reason);
    // Excludes any number, in the book or not. Returns false when it was already excluded.
    // source names where an exclusion came from when it was not entered at the desk ("opt-out list
    // of our previous provider"), with channel saying how (an import).
    Result<bool> exclude(const QString& number, const QString& note,
                         ConsentEvent::Channel channel = ConsentEvent::Channel::Manual,
                         const QString& source = {});
    // Returns false when the number was not excluded.
    Result<bool> unexclude(const QString& number, const QString& note);

    Result<QVector<ConsentEvent>> history(const QString& number) const;
    Result<Suppression> suppression(const QString& number) const;

    // The folded "first last" text that search matches against.
    static QString searchKey(const Subscriber& subscriber);

private:
    // One change of suppression: apply() edits the state (returning false when there is nothing to
    // change), then the event, the new state and the person's status are written in one transaction.
    Result<bool> changeSuppression(const QString& number, ConsentEvent event,
                                   const std::function<bool(Suppression&, const QDateTime&)>& apply);
    Status appendEvent(const ConsentEvent& event);
    Result<Suppression> readSuppression(const QString& e164) const;
    Status writeSuppression(const Suppression& suppression);
    Status refreshStatus(const QString& e164);
    Status writeTags(qint64 subscriberId, const QStringList& tags);
    // Sets the person's consent to the latest one the number's history records (or none).
    Status adoptRecordedConsent(qint64 subscriberId, const QString& e164);
    Result<qint64> insertRow(const Subscriber& subscriber, bool keepId); // returns the id
    Result<QVector<Subscriber>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
    QString m_region;
    QString m_actor;
};

} // namespace textwell
