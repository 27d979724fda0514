#include "complianceloader.h"

#include "compliance/confirmationrequests.h"
#include "compliance/optoutrequests.h"
#include "compliance/rulepacks.h"
#include "contacts/phonenumbers.h"
#include "storage/businesssettings.h"
#include "util/clock.h"

#include <QLocale>

using namespace textwell;

ComplianceLoader::ComplianceLoader(QString databasePath, QString actor,
                                   std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_actor(std::move(actor)), m_latest(std::move(latest))
{}

ComplianceLoader::~ComplianceLoader() = default;

void ComplianceLoader::load(quint64 generation)
{
    if (generation < m_latest->load())
        return;
    ComplianceReply reply;
    reply.generation = generation;
    reply.now = Clock::currentUtc();
    if (Status opened = m_db.open(); !opened) {
        reply.error = opened.error();
    } else {
        const QSqlDatabase db = m_db.database();
        // Read each time: the default country may change in Settings while the app runs.
        const QString region = BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry);
        const RulePacks packs(db);
        reply.packs = packs.all();
        reply.problems = packs.problems();
        Result<ComplianceItems::Snapshot> snapshot = ComplianceItems(db, region).load(reply.now);
        if (snapshot)
            reply.snapshot = snapshot.takeValue();
        else
            reply.error = snapshot.error();
    }
    if (generation < m_latest->load())
        return;
    Q_EMIT loaded(reply);
}

void ComplianceLoader::perform(const ComplianceRequest& request)
{
    ComplianceResult result;
    result.request = request;
    if (Status opened = m_db.open(); !opened) {
        result.error = opened.error();
        Q_EMIT performed(result);
        return;
    }
    const QSqlDatabase db = m_db.database();
    const QString region = BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry);
    OptOutRequests requests(db, region, m_actor);
    using Action = ComplianceRequest::Action;
    switch (request.action) {
    case Action::Record: {
        Result<OptOutRequest> recorded =
            requests.record(request.receivedAt, request.channel, request.contact, request.text);
        if (!recorded)
            result.error = recorded.error();
        else if (recorded.value().isOpen())
            result.message = tr("The request from %1 is recorded. Find the number and enter it by %2.")
                                 .arg(recorded.value().contact,
                                      QLocale().toString(recorded.value().dueAt.toLocalTime().date(),
                                                         QLocale::ShortFormat));
        else
            result.message = tr("%1 is opted out as of the request.")
                                 .arg(PhoneNumbers::formatInternational(recorded.value().phone));
        break;
    }
    case Action::Enter: {
        Result<OptOutRequest> entered = requests.enter(request.id, request.contact);
        if (entered)
            result.message = tr("%1 is opted out as of the request.")
                                 .arg(PhoneNumbers::formatInternational(entered.value().phone));
        else
            result.error = entered.error();
        break;
    }
    case Action::Close:
        if (Status closed = requests.close(request.id, request.text); closed)
            result.message = tr("The request is closed: %1").arg(request.text.simplified());
        else
            result.error = closed.error();
        break;
    case Action::AskToConfirm: {
        Result<ConfirmationRequests::Asked> asked = ConfirmationRequests(db, region).ask({request.contact});
        const QString number = PhoneNumbers::formatInternational(request.contact);
        if (!asked)
            result.error = asked.error();
        else if (asked.value().asked > 0) {
            result.message = tr("%1 is asked to confirm by SMS.").arg(number);
            result.queued = true;
        } else if (asked.value().alreadyAsked > 0)
            result.message = tr("%1 was already asked to confirm.").arg(number);
        else
            result.error = tr("%1 has nothing to confirm.").arg(number);
        break;
    }
    case Action::AskEveryone: {
        Result<ConfirmationRequests::Asked> asked = ConfirmationRequests(db, region).askAllAwaiting();
        if (!asked) {
            result.error = asked.error();
            break;
        }
        result.message = tr("%n person(s) asked to confirm by SMS.", nullptr, asked.value().asked);
        result.queued = asked.value().asked > 0;
        break;
    }
    }
    Q_EMIT performed(result);
}
