#include "consentrecordreport.h"

#include "analytics/analytics.h"
#include "contacts/addressbook.h"
#include "contacts/optoutreason.h"
#include "contacts/personeraser.h"
#include "contacts/phonenumbers.h"
#include "reportvalues.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace textwell {

namespace {

QString reasonText(const QString& code, const QString& words)
{
    if (code.isEmpty())
        return words;
    const QString label = Analytics::reasonLabel(code);
    return words.isEmpty() ? label : QStringLiteral("%1: %2").arg(label, words);
}

} // namespace

Result<ReportDocument> ConsentRecordReport::build(const QSqlDatabase& db, const QString& number,
                                                  const QString& defaultRegion, const QString& businessName,
                                                  const QLocale& locale)
{
    using R = Result<ReportDocument>;
    using Kind = ReportColumn::Kind;
    const AddressBook book(db, defaultRegion, QString());
    Result<ParsedNumber> parsed = book.normalize(number);
    if (!parsed)
        return R::failure(parsed.error());
    const QString e164 = parsed.value().e164;
    Result<std::optional<Subscriber>> person = book.findByPhone(e164);
    if (!person)
        return R::failure(person.error());
    Result<Suppression> suppression = book.suppression(e164);
    if (!suppression)
        return R::failure(suppression.error());
    Result<QVector<ConsentEvent>> history = book.history(e164);
    if (!history)
        return R::failure(history.error());
    Result<QVector<Erasure>> erasures = PersonEraser(db, defaultRegion, QString()).erasures(e164);
    if (!erasures)
        return R::failure(erasures.error());
    QHash<qint64, QString> campaignNames;
    {
        QSqlQuery q(db);
        if (!execBound(q,
                       QStringLiteral("SELECT DISTINCT c.id, c.name FROM consent_event e JOIN campaign c "
                                      "ON c.id = e.campaign_id WHERE e.phone = ?"),
                       {e164}))
            return R::failure(SqlError::describe(q.lastError()));
        while (q.next())
            campaignNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    ReportDocument doc;
    doc.title = tr("Consent record: %1").arg(parsed.value().international);
    doc.businessName = businessName;
    doc.generatedAt = QDateTime::currentDateTimeUtc();
    doc.period = tr("Everything recorded up to %1").arg(ReportValues::longDate(QDate::currentDate(), locale));

    // Where the number stands now.
    const Subscriber* p = person.value() ? &*person.value() : nullptr;
    const Suppression& s = suppression.value();
    auto when = [&locale](const QDateTime& t) {
        return ReportValues::display(t, ReportColumn::Kind::DateTime, locale, QTimeZone::systemTimeZone());
    };
    QVector<QVariantList> facts = {{tr("Number"), parsed.value().international}};
    if (p) {
        facts.append({tr("Name"), p->displayName()});
        facts.append({tr("Status"), SubscriberStatuses::label(p->status)});
        if (p->consentAt.isValid())
            facts.append({tr("Consent"), tr("%1, %2").arg(when(p->consentAt), p->consentSource)});
    } else {
        facts.append({tr("Address book"), tr("Not in the address book")});
    }
    if (s.optedOut())
        facts.append({tr("Unsubscribed"),
                      s.optOutReason.isEmpty()
                          ? when(s.optedOutAt)
                          : tr("%1, %2").arg(when(s.optedOutAt), Analytics::reasonLabel(s.optOutReason))});
    if (s.excluded())
        facts.append({tr("Excluded"), s.excludeNote.isEmpty()
                                          ? when(s.excludedAt)
                                          : tr("%1, %2").arg(when(s.excludedAt), s.excludeNote)});
    if (!s.suppressed() && (!p || !p->consentAt.isValid()))
        facts.append({tr("Messages"), tr("Not sent marketing: no consent is recorded.")});
    ReportSection now;
    now.heading = tr("Where the number stands");
    now.table =
        ReportTable::fromRows(tr("Details"), {{tr("Field"), Kind::Text}, {tr("Value"), Kind::Text}}, facts);
    doc.sections.append(now);

    QVector<QVariantList> events;
    for (const ConsentEvent& e : history.value())
        events.append({e.at, ConsentEvent::kindLabel(e.kind),
                       Analytics::channelLabel(ConsentEvent::channelCode(e.channel)), e.source, e.evidence,
                       reasonText(e.reasonCode, e.reasonText),
                       e.campaignId ? campaignNames.value(e.campaignId) : QString(), e.recordedAt, e.actor});
    ReportSection past;
    past.heading = tr("History");
    if (events.isEmpty())
        past.paragraph = tr("Nothing is recorded for this number.");
    else
        past.table = ReportTable::fromRows(tr("Consent history"),
                                           {{tr("When"), Kind::DateTime},
                                            {tr("What"), Kind::Text},
                                            {tr("How"), Kind::Text},
                                            {tr("Source"), Kind::Text},
                                            {tr("Evidence"), Kind::Text},
                                            {tr("Reason"), Kind::Text},
                                            {tr("Campaign"), Kind::Text},
                                            {tr("Recorded"), Kind::DateTime},
                                            {tr("By"), Kind::Text}},
                                           events);
    doc.sections.append(past);

    if (!erasures.value().isEmpty()) {
        QVector<QVariantList> rows;
        for (const Erasure& e : erasures.value())
            rows.append({e.erasedAt, e.requestedAt, e.actor, e.note});
        ReportSection erased;
        erased.heading = tr("Personal data erased");
        erased.paragraph =
            tr("At the person's request their personal data was erased; the number stays on the "
               "suppression list so that it is never sent marketing again.");
        erased.table = ReportTable::fromRows(tr("Erasures"),
                                             {{tr("Erased"), Kind::DateTime},
                                              {tr("Asked"), Kind::DateTime},
                                              {tr("By"), Kind::Text},
                                              {tr("Note"), Kind::Text}},
                                             rows);
        doc.sections.append(erased);
    }
    doc.notes = {
        {tr("History"), tr("The history is append-only: entries are never changed or deleted, except "
                           "when a person's data is erased at their request.")}};
    return doc;
}

} // namespace textwell
