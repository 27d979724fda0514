#include "schema.h"

#include "compliance/frequencycaptracking.h"
#include "sqldialect.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace textwell {

namespace {

// Migration 7, written out once: its text must never change after release.
QStringList migration7()
{
    // The sent_at of the N-th newest marketing message to `phone`, N as tracked; NULL below N.
    // FrequencyCapTracking recomputes rows with the same text.
    auto nth = [](const QString& phone) { return FrequencyCapTracking::capReachedAtSql(phone); };
    const QString counted = QStringLiteral("%1.marketing = 1 AND %1.sent_at IS NOT NULL");
    QStringList sql = {
        QStringLiteral("ALTER TABLE subscriber ADD COLUMN cap_reached_at TEXT"),
        // One row: the message count cap_reached_at is worked out for, from the settings (4 when
        // none is stored, the default of FrequencyCap when this was written).
        // ready: every row is worked out for `messages`; while 0, FrequencyCapTracking works
        // through the rows after next_id in short transactions (the triggers use the new count).
        QStringLiteral("CREATE TABLE frequency_cap_tracking (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "messages INTEGER NOT NULL, ready INTEGER NOT NULL DEFAULT 1, "
                       "next_id INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO frequency_cap_tracking (id, messages) VALUES (1, COALESCE((SELECT "
                       "CAST(value AS INTEGER) FROM setting WHERE key = 'frequency_cap_messages'), 4))"),
        QStringLiteral("UPDATE subscriber SET cap_reached_at = %1 WHERE phone IN (SELECT phone FROM message "
                       "WHERE marketing = 1 AND sent_at IS NOT NULL)")
            .arg(nth(QStringLiteral("subscriber.phone"))),
    };
    // Indexes that answer a count on their own: the filter's column(s), then what the breakdown needs.
    const QStringList rebuilt = {QStringLiteral("reach"),         QStringLiteral("city"),
                                 QStringLiteral("region"),        QStringLiteral("language"),
                                 QStringLiteral("last_activity"), QStringLiteral("birth_date")};
    for (const QString& name : rebuilt) {
        const QString column = name == QLatin1String("reach") ? QString() : name + QStringLiteral(", ");
        sql << QStringLiteral("DROP INDEX subscriber_by_%1").arg(name)
            << QStringLiteral(
                   "CREATE INDEX subscriber_by_%1 ON subscriber(%2status, number_kind, cap_reached_at)")
                   .arg(name, column);
    }
    sql << QStringLiteral(
               "CREATE INDEX subscriber_by_birthday_month ON subscriber(CAST(substr(birth_date, 6, "
               "2) AS INTEGER), status, number_kind, cap_reached_at, birth_date)")
        // A tag rule hands out ids: this narrow copy answers for them without reading the rows.
        << QStringLiteral("CREATE INDEX subscriber_reach_by_id ON subscriber(id, status, number_kind, "
                          "cap_reached_at)");
    // The triggers. A message sent, unsent, moved or deleted rewrites its number's row. A change of
    // the cap's message count is not theirs: rewriting every row it changes takes about 10 s at 1M
    // people, so FrequencyCapTracking does it in steps. Only these and it write cap_reached_at.
    const QString setFor = QStringLiteral("UPDATE subscriber SET cap_reached_at = %1 WHERE phone = %2; ");
    sql << QStringLiteral("CREATE TRIGGER frequency_cap_message_insert AFTER INSERT ON message WHEN %1 "
                          "BEGIN %2END")
               .arg(counted.arg(QStringLiteral("NEW")),
                    setFor.arg(nth(QStringLiteral("NEW.phone")), QStringLiteral("NEW.phone")))
        << QStringLiteral("CREATE TRIGGER frequency_cap_message_delete AFTER DELETE ON message WHEN %1 "
                          "BEGIN %2END")
               .arg(counted.arg(QStringLiteral("OLD")),
                    setFor.arg(nth(QStringLiteral("OLD.phone")), QStringLiteral("OLD.phone")))
        << QStringLiteral(
               "CREATE TRIGGER frequency_cap_message_update AFTER UPDATE OF phone, marketing, sent_at "
               "ON message WHEN (%1) OR (%2) BEGIN %3"
               "UPDATE subscriber SET cap_reached_at = %4 WHERE phone = NEW.phone "
               "AND NEW.phone IS NOT OLD.phone; END")
               .arg(counted.arg(QStringLiteral("OLD")), counted.arg(QStringLiteral("NEW")),
                    setFor.arg(nth(QStringLiteral("OLD.phone")), QStringLiteral("OLD.phone")),
                    nth(QStringLiteral("NEW.phone")))
        // A new row (or a new number) may have history; a new row written with a value is corrected.
        << QStringLiteral("CREATE TRIGGER frequency_cap_subscriber_insert AFTER INSERT ON subscriber "
                          "WHEN NEW.cap_reached_at IS NOT NULL OR EXISTS (SELECT 1 FROM message m WHERE "
                          "m.phone = NEW.phone AND %1) BEGIN UPDATE subscriber SET cap_reached_at = %2 "
                          "WHERE id = NEW.id; END")
               .arg(counted.arg(QStringLiteral("m")), nth(QStringLiteral("NEW.phone")))
        << QStringLiteral(
               "CREATE TRIGGER frequency_cap_subscriber_phone AFTER UPDATE OF phone ON subscriber WHEN "
               "NEW.phone IS NOT OLD.phone BEGIN UPDATE subscriber SET cap_reached_at = %1 WHERE id = "
               "NEW.id; END")
               .arg(nth(QStringLiteral("NEW.phone")));
    return sql;
}

QVector<Schema::Migration> buildMigrations()
{
    QVector<Schema::Migration> steps;

    // 1: people, their tags, the append-only consent history and the suppression list.
    // Subscriber ids are never reused (AUTOINCREMENT), so undoing a delete can bring a person back
    // under their old id without meeting someone else there.
    steps.append(
        {1,
         {
             QStringLiteral(R"(CREATE TABLE subscriber (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                phone TEXT NOT NULL UNIQUE,
                first_name TEXT NOT NULL DEFAULT '',
                last_name TEXT NOT NULL DEFAULT '',
                city TEXT NOT NULL DEFAULT '',
                region TEXT NOT NULL DEFAULT '',
                birth_date TEXT,
                language TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT '',
                number_kind INTEGER NOT NULL DEFAULT 0,
                status INTEGER NOT NULL DEFAULT 1,
                consent_at TEXT,
                consent_source TEXT NOT NULL DEFAULT '',
                last_activity TEXT,
                purchases INTEGER NOT NULL DEFAULT 0,
                custom_fields TEXT NOT NULL DEFAULT '{}',
                notes TEXT NOT NULL DEFAULT '',
                search_key TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             // "VIP" and "vip" are one tag (NOCASE folds ASCII letters only).
             QStringLiteral(
                 "CREATE TABLE tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
             QStringLiteral(R"(CREATE TABLE subscriber_tag (
                subscriber_id INTEGER NOT NULL REFERENCES subscriber(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                PRIMARY KEY (subscriber_id, tag_id)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX subscriber_tag_by_tag ON subscriber_tag(tag_id, subscriber_id)"),
             QStringLiteral(R"(CREATE TABLE consent_event (
                id INTEGER PRIMARY KEY,
                phone TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('opt_in', 'opt_out', 'exclude', 'unexclude')),
                at TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                channel TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT '',
                evidence TEXT NOT NULL DEFAULT '',
                reason_code TEXT NOT NULL DEFAULT '',
                reason_text TEXT NOT NULL DEFAULT '',
                campaign_id INTEGER,
                actor TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX consent_event_by_phone ON consent_event(phone, id)"),
             // The history is append-only, whatever program writes to the file.
             QStringLiteral("CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event "
                            "BEGIN SELECT RAISE(ABORT, 'consent_event is append-only'); END"),
             QStringLiteral("CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event "
                            "BEGIN SELECT RAISE(ABORT, 'consent_event is append-only'); END"),
             // The current state per number; it outlives the subscriber row on purpose.
             QStringLiteral(R"(CREATE TABLE suppression (
                phone TEXT PRIMARY KEY,
                opted_out_at TEXT,
                opt_out_reason TEXT NOT NULL DEFAULT '',
                excluded_at TEXT,
                exclude_note TEXT NOT NULL DEFAULT '') WITHOUT ROWID)"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
         }});

    // 2: indexes that let the address book sort, filter and page a million people quickly.
    steps.append({2,
                  {
                      QStringLiteral("CREATE INDEX subscriber_by_name ON subscriber(last_name, first_name)"),
                      QStringLiteral("CREATE INDEX subscriber_by_city ON subscriber(city)"),
                      QStringLiteral("CREATE INDEX subscriber_by_status ON subscriber(status)"),
                      QStringLiteral("CREATE INDEX subscriber_by_consent ON subscriber(consent_at)"),
                  }});

    // 3: INSERT OR REPLACE over an existing event id deletes the old row without firing the delete
    // trigger (SQLite fires it only with recursive_triggers on), which would rewrite the history.
    steps.append({3,
                  {
                      QStringLiteral("CREATE TRIGGER consent_event_no_replace BEFORE INSERT ON consent_event "
                                     "WHEN EXISTS (SELECT 1 FROM consent_event WHERE id = NEW.id) "
                                     "BEGIN SELECT RAISE(ABORT, 'consent_event is append-only'); END"),
                  }});

    // 4: saved segments, custom fields, and the outbox the frequency cap counts.
    // The outbox starts with what the cap needs; the sender adds its columns in its own step.
    steps.append(
        {4,
         {
             QStringLiteral(R"(CREATE TABLE segment (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                rule TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE custom_field (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                created_at TEXT NOT NULL) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE campaign (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                marketing INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE message (
                id INTEGER PRIMARY KEY,
                campaign_id INTEGER REFERENCES campaign(id),
                phone TEXT NOT NULL,
                marketing INTEGER NOT NULL DEFAULT 1,
                state TEXT NOT NULL DEFAULT 'queued',
                sent_at TEXT))"),
             // The cap counts marketing messages a number received in the last N days.
             QStringLiteral("CREATE INDEX message_sent_marketing ON message(sent_at, phone) "
                            "WHERE marketing = 1 AND sent_at IS NOT NULL"),
             // A recipient count groups by status and number kind. With both at the end of the
             // index of the field a rule filters on, that index alone answers the count.
             QStringLiteral("CREATE INDEX subscriber_by_reach ON subscriber(status, number_kind)"),
             QStringLiteral("DROP INDEX subscriber_by_city"),
             QStringLiteral("CREATE INDEX subscriber_by_city ON subscriber(city, status, number_kind)"),
             QStringLiteral("CREATE INDEX subscriber_by_region ON subscriber(region, status, number_kind)"),
             QStringLiteral(
                 "CREATE INDEX subscriber_by_language ON subscriber(language, status, number_kind)"),
             QStringLiteral("CREATE INDEX subscriber_by_last_activity ON subscriber(last_activity, status, "
                            "number_kind)"),
             QStringLiteral(
                 "CREATE INDEX subscriber_by_birth_date ON subscriber(birth_date, status, number_kind)"),
         }});

    // 5: campaigns that send. A campaign keeps its text(s) and the rule it was started with; the
    // outbox has one row per recipient with the exact text, its parts and where it stands.
    // UNIQUE(campaign_id, phone) is the first guard against sending twice.
    steps.append({5,
                  {
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN segment_name TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN rule TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN body TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN body_b TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN ab_share INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN ab_metric TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN ab_hours INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN winner TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN scheduled_at TEXT"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN started_at TEXT"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN finished_at TEXT"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN last_error TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE campaign ADD COLUMN updated_at TEXT"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN subscriber_id INTEGER"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN variant TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN body TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN parts INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN encoding TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN provider_id TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN error TEXT NOT NULL DEFAULT ''"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN next_attempt_at TEXT"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN claimed_at TEXT"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN delivered_at TEXT"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN updated_at TEXT"),
                      QStringLiteral("ALTER TABLE message ADD COLUMN polled_at TEXT"),
                      QStringLiteral("CREATE UNIQUE INDEX message_once ON message(campaign_id, phone)"),
                      // The dispatcher's next row, a campaign's totals and its list all start here.
                      QStringLiteral("CREATE INDEX message_by_campaign_state ON message(campaign_id, state, "
                                     "next_attempt_at, id)"),
                      QStringLiteral(
                          "CREATE INDEX message_by_provider ON message(provider_id) WHERE provider_id != ''"),
                      // The cap for one number at the moment of sending.
                      QStringLiteral("CREATE INDEX message_cap_by_phone ON message(phone, sent_at) "
                                     "WHERE marketing = 1 AND sent_at IS NOT NULL"),
                      QStringLiteral("CREATE INDEX campaign_by_status ON campaign(status, scheduled_at)"),
                      // The few rows in flight, unknown or waiting for news, found without a scan.
                      QStringLiteral("CREATE INDEX message_in_flight ON message(id) WHERE state = 'sending'"),
                      QStringLiteral(
                          "CREATE INDEX message_recheck ON message(next_attempt_at) WHERE state = 'unknown'"),
                      QStringLiteral("CREATE INDEX message_awaiting_news ON message(polled_at) "
                                     "WHERE state = 'sent' AND provider_id != ''"),
                  }});
    // 6: replies. Each one received is kept with what it was taken for and what was done about it;
    // UNIQUE(source, source_id) makes a gateway's repeated delivery of one reply a no-op.
    // Answers to replies (confirmations, help, a person's reply) are outbox rows without a
    // campaign, with their purpose and the reply they answer.
    steps.append(
        {6,
         {
             QStringLiteral(R"(CREATE TABLE reply (
                id INTEGER PRIMARY KEY,
                phone TEXT NOT NULL,
                body TEXT NOT NULL,
                received_at TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                source TEXT NOT NULL,
                source_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                confidence REAL NOT NULL DEFAULT 0,
                rule TEXT NOT NULL DEFAULT '',
                reason_code TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL DEFAULT '',
                campaign_id INTEGER,
                is_read INTEGER NOT NULL DEFAULT 0,
                handled INTEGER NOT NULL DEFAULT 0,
                review_due TEXT,
                decided_at TEXT,
                decided_by TEXT NOT NULL DEFAULT '',
                UNIQUE (source, source_id)))"),
             QStringLiteral("CREATE INDEX reply_by_phone ON reply(phone, received_at)"),
             QStringLiteral("CREATE INDEX reply_open ON reply(handled, received_at) WHERE handled = 0"),
             QStringLiteral("CREATE INDEX reply_in_review ON reply(review_due) WHERE kind = 'review' "
                            "AND decided_at IS NULL"),
             QStringLiteral("ALTER TABLE message ADD COLUMN purpose TEXT NOT NULL DEFAULT 'campaign'"),
             QStringLiteral("ALTER TABLE message ADD COLUMN reply_id INTEGER"),
             QStringLiteral("ALTER TABLE message ADD COLUMN created_at TEXT"),
             // Answers go before campaign messages; they are few, so a partial index finds them.
             QStringLiteral("CREATE INDEX message_answers ON message(state, next_attempt_at, id) "
                            "WHERE campaign_id IS NULL"),
             // A conversation shows what the number was sent, newest last.
             QStringLiteral("CREATE INDEX message_by_phone ON message(phone, id)"),
         }});

    // 7: the frequency cap on the subscriber row, so a recipient count reads it from the index it
    // already walks instead of working it out from the messages. cap_reached_at is the sent_at of
    // the N-th newest marketing message to the number (N: the cap's message count, kept in
    // frequency_cap_tracking), NULL with fewer: the number is over the cap while that time lies
    // within the cap's window, whatever the window is. Triggers keep it right for every writer
    // (a claim sets sent_at, a retry or failure clears it, a new subscriber may have history,
    // a change of the cap's count is worked through by FrequencyCapTracking). The indexes a count uses carry
    // it at their end, and the birthday month gets an index of its own.
    steps.append({7, migration7()});

    // 8: what the dashboard and reports read. message_tally keeps each campaign's messages
    // counted by state and by whether they were handed to the gateway (sent_at set), so the
    // figures of every campaign come from a few hundred rows instead of millions; triggers keep it
    // right for every writer. Opt-outs are found by campaign and by time through their own indexes.
    // (The counts are written CAST(... AS INTEGER) and message_tally.n: the same to SQLite, and what
    // PostgreSQL needs.)
    steps.append(
        {8,
         {
             QStringLiteral("CREATE TABLE message_tally (campaign_id INTEGER NOT NULL, state TEXT NOT NULL, "
                            "sent INTEGER NOT NULL, n INTEGER NOT NULL, "
                            "PRIMARY KEY (campaign_id, state, sent)) WITHOUT ROWID"),
             QStringLiteral(
                 "INSERT INTO message_tally SELECT campaign_id, state, CAST(sent_at IS NOT NULL AS "
                 "INTEGER), COUNT(*) FROM message WHERE campaign_id IS NOT NULL GROUP BY 1, 2, 3"),
             QStringLiteral("CREATE TRIGGER message_tally_insert AFTER INSERT ON message "
                            "WHEN NEW.campaign_id IS NOT NULL BEGIN "
                            "INSERT INTO message_tally SELECT NEW.campaign_id, NEW.state, "
                            "CAST(NEW.sent_at IS NOT NULL AS INTEGER), 1 WHERE true "
                            "ON CONFLICT (campaign_id, state, sent) DO UPDATE SET n = message_tally.n + 1; "
                            "END"),
             QStringLiteral("CREATE TRIGGER message_tally_delete AFTER DELETE ON message "
                            "WHEN OLD.campaign_id IS NOT NULL BEGIN "
                            "UPDATE message_tally SET n = n - 1 WHERE campaign_id = OLD.campaign_id "
                            "AND state = OLD.state AND sent = CAST(OLD.sent_at IS NOT NULL AS INTEGER); END"),
             QStringLiteral(
                 "CREATE TRIGGER message_tally_update AFTER UPDATE OF campaign_id, state, sent_at "
                 "ON message WHEN OLD.campaign_id IS NOT NEW.campaign_id OR OLD.state IS NOT "
                 "NEW.state OR (OLD.sent_at IS NULL) != (NEW.sent_at IS NULL) BEGIN "
                 "UPDATE message_tally SET n = n - 1 WHERE campaign_id = OLD.campaign_id "
                 "AND state = OLD.state AND sent = CAST(OLD.sent_at IS NOT NULL AS INTEGER); "
                 "INSERT INTO message_tally SELECT NEW.campaign_id, NEW.state, "
                 "CAST(NEW.sent_at IS NOT NULL AS INTEGER), 1 WHERE NEW.campaign_id IS NOT NULL "
                 "ON CONFLICT (campaign_id, state, sent) DO UPDATE SET n = message_tally.n + 1; END"),
             QStringLiteral("CREATE INDEX consent_event_by_campaign ON consent_event(campaign_id, kind, "
                            "reason_code, phone) WHERE campaign_id IS NOT NULL"),
             QStringLiteral("CREATE INDEX consent_event_by_time ON consent_event(kind, at)"),
             QStringLiteral("CREATE INDEX campaign_by_start ON campaign(started_at)"),
         }});

    // 9: erasing a person on request (PersonEraser). The erasure log says that, when and by whom a
    // number's personal data was erased, and holds nothing else of the person; it only grows.
    // An entry is open (erased_at NULL) only inside the transaction that erases: it is written
    // first and closed before the commit. While it is open, the number's consent history may be
    // thinned out, and nothing more: events may be deleted except those that prove the number's
    // opt-out or exclusion (the latest of each while it holds), and free texts may be blanked.
    // Every other change of any history is refused as before (steps 1 and 3).
    const QString erasing =
        QStringLiteral("EXISTS (SELECT 1 FROM erasure WHERE phone = OLD.phone AND erased_at IS NULL)");
    const QString provesSuppression = QStringLiteral(
        "(OLD.kind = 'opt_out' AND EXISTS (SELECT 1 FROM suppression s WHERE s.phone = OLD.phone AND "
        "s.opted_out_at IS NOT NULL) OR OLD.kind = 'exclude' AND EXISTS (SELECT 1 FROM suppression s WHERE "
        "s.phone = OLD.phone AND s.excluded_at IS NOT NULL)) AND NOT EXISTS (SELECT 1 FROM consent_event "
        "later WHERE later.phone = OLD.phone AND later.kind = OLD.kind AND later.id > OLD.id)");
    const QString onlyTextsBlanked = QStringLiteral(
        "NEW.id IS OLD.id AND NEW.phone IS OLD.phone AND NEW.kind IS OLD.kind AND NEW.at IS OLD.at AND "
        "NEW.recorded_at IS OLD.recorded_at AND NEW.channel IS OLD.channel AND NEW.campaign_id IS "
        "OLD.campaign_id AND NEW.actor IS OLD.actor AND NEW.source IN ('', OLD.source) AND NEW.evidence IN "
        "('', OLD.evidence) AND NEW.reason_code IN ('', OLD.reason_code) AND NEW.reason_text IN ('', "
        "OLD.reason_text)");
    steps.append(
        {9,
         {
             QStringLiteral(R"(CREATE TABLE erasure (
                id INTEGER PRIMARY KEY,
                phone TEXT NOT NULL,
                requested_at TEXT NOT NULL,
                erased_at TEXT,
                actor TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX erasure_by_phone ON erasure(phone, erased_at)"),
             QStringLiteral("CREATE TRIGGER erasure_no_delete BEFORE DELETE ON erasure "
                            "BEGIN SELECT RAISE(ABORT, 'the erasure log only grows'); END"),
             // Closing the open entry is the one change allowed.
             QStringLiteral("CREATE TRIGGER erasure_no_update BEFORE UPDATE ON erasure WHEN OLD.erased_at IS "
                            "NOT NULL OR NEW.erased_at IS NULL OR NEW.id IS NOT OLD.id OR NEW.phone IS NOT "
                            "OLD.phone OR NEW.requested_at IS NOT OLD.requested_at OR NEW.actor IS NOT "
                            "OLD.actor OR NEW.note IS NOT OLD.note "
                            "BEGIN SELECT RAISE(ABORT, 'the erasure log only grows'); END"),
             QStringLiteral("CREATE TRIGGER erasure_no_replace BEFORE INSERT ON erasure "
                            "WHEN EXISTS (SELECT 1 FROM erasure WHERE id = NEW.id) "
                            "BEGIN SELECT RAISE(ABORT, 'the erasure log only grows'); END"),
             QStringLiteral("DROP TRIGGER consent_event_no_update"),
             QStringLiteral("DROP TRIGGER consent_event_no_delete"),
             QStringLiteral("CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event "
                            "WHEN NOT (%1 AND %2) "
                            "BEGIN SELECT RAISE(ABORT, 'consent_event is append-only'); END")
                 .arg(erasing, onlyTextsBlanked),
             QStringLiteral("CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event "
                            "WHEN NOT %1 OR (%2) "
                            "BEGIN SELECT RAISE(ABORT, 'consent_event is append-only'); END")
                 .arg(erasing, provesSuppression),
         }});
    // 10: consent that holds up (rule packs). A confirmation request asks a number to confirm its
    // consent by replying YES (double opt-in); one row per number, with the one reminder. An opt-out
    // request that reached the desk by phone, e-mail or letter is kept with its legal due date until
    // someone enters it. German numbers with an unconfirmed consent await confirmation: at this
    // version Germany's built-in pack was the only one that asks for it (RulePacks re-derives the
    // statuses when a pack changes).
    steps.append(
        {10,
         {
             QStringLiteral(R"(CREATE TABLE confirmation_request (
                phone TEXT PRIMARY KEY,
                requested_at TEXT NOT NULL,
                request_message_id INTEGER,
                reminded_at TEXT,
                reminder_message_id INTEGER,
                confirmed_at TEXT,
                confirmed_reply_id INTEGER) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE opt_out_request (
                id INTEGER PRIMARY KEY,
                received_at TEXT NOT NULL,
                channel TEXT NOT NULL,
                contact TEXT NOT NULL,
                phone TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                due_at TEXT NOT NULL,
                entered_at TEXT,
                outcome TEXT NOT NULL DEFAULT '',
                recorded_at TEXT NOT NULL,
                actor TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(
                 "CREATE INDEX opt_out_request_open ON opt_out_request(due_at) WHERE entered_at IS NULL"),
             // Written out, not taken from DoubleOptIn, so that this text never changes.
             QStringLiteral(
                 "UPDATE subscriber SET status = 4 WHERE status = 0 AND phone LIKE '+49%' AND NOT "
                 "EXISTS (SELECT 1 FROM consent_event c WHERE c.phone = subscriber.phone AND c.kind "
                 "= 'opt_in' AND c.channel IN ('keyword', 'join', 'confirmation') AND NOT EXISTS "
                 "(SELECT 1 FROM consent_event o WHERE o.phone = c.phone AND o.kind = 'opt_out' AND "
                 "o.id > c.id))"),
         }});
    // 11: several desks sending from one shared database. A claim names the dispatcher that made
    // it, so a desk that starts tells the claims another desk is still sending from those of a
    // desk that stopped (SqlDialect::deskIsGone).
    steps.append({11, {QStringLiteral("ALTER TABLE message ADD COLUMN claimed_by INTEGER")}});
    return steps;
}

} // namespace

const QVector<Schema::Migration>& Schema::migrations()
{
    static const QVector<Migration> steps = buildMigrations();
    return steps;
}

int Schema::currentVersion()
{
    return migrations().constLast().version;
}

Status Schema::migrate(const QSqlDatabase& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = currentVersion();
    const SqlDialect dialect(db);
    SqlDialect::Stamp stamp;
    if (dialect.readStamp(db, &stamp).isValid())
        return Status::failure(tr("Could not read the database version."));
    for (const Migration& step : migrations()) {
        if (step.version <= stamp.version || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(tx.error());
        QStringList statements;
        if (stamp.version == 0 && step.version == migrations().constFirst().version)
            statements << dialect.markAsTextwell(ApplicationId);
        for (const QString& sql : step.statements)
            statements << dialect.schemaStatements(sql);
        statements << dialect.setVersion(step.version);
        QSqlQuery q(db);
        for (const QString& sql : std::as_const(statements)) {
            if (!q.exec(sql))
                return Status::failure(tr("Upgrading the database to version %1 failed: %2")
                                           .arg(step.version)
                                           .arg(SqlError::describe(q.lastError())));
        }
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace textwell
