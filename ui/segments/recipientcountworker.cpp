#include "recipientcountworker.h"

#include "contacts/customfields.h"
#include "messages/placeholdervalues.h"
#include "segments/recipientcounter.h"
#include "storage/businesssettings.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace textwell;

namespace {
// Suggestions are a help for typing, not a full list.
constexpr int MaxSuggestions = 500;
} // namespace

RecipientCountWorker::RecipientCountWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_db(std::move(databasePath)), m_latest(std::move(latest))
{}

RecipientCountWorker::~RecipientCountWorker() = default;

void RecipientCountWorker::count(quint64 generation, const CountRequest& request)
{
    if (stale(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    CountReply reply;
    reply.generation = generation;
    reply.previewGroup = request.previewGroup;
    auto finish = [&] {
        reply.elapsedMs = timer.elapsed();
        Q_EMIT counted(reply);
    };
    if (Status opened = m_db.open(); !opened) {
        reply.error = opened.error();
        return finish();
    }
    const QSqlDatabase db = m_db.database();
    Result<SegmentContext> context = SegmentContext::load(db);
    if (!context) {
        reply.error = context.error();
        return finish();
    }
    reply.problems = SegmentCompiler::validate(request.rule, context.value());
    if (!reply.problems.isEmpty())
        return finish();
    Result<CompiledSegment> compiled = SegmentCompiler::compile(request.rule, context.value());
    if (!compiled) {
        reply.error = compiled.error();
        return finish();
    }
    const RecipientCounter counter(db, BusinessSettings(db).frequencyCap(), context.value().now);
    Result<RecipientBreakdown> counted = counter.count(compiled.value());
    if (!counted) {
        reply.error = counted.error();
        return finish();
    }
    reply.breakdown = counted.value();
    if (stale(generation))
        return;
    Result<QVector<Subscriber>> people =
        counter.people(compiled.value(), request.previewGroup, request.previewLimit);
    if (!people) {
        reply.error = people.error();
        return finish();
    }
    reply.preview = people.value();
    for (const QString& field : request.placeholderFields) {
        if (stale(generation))
            return;
        QVariantList values;
        const QString expression = PlaceholderValues::sqlExpression(SqlDialect(db), field, &values);
        Result<QString> longest = counter.longestValue(compiled.value(), expression, values);
        if (longest)
            reply.longestValues.insert(field, longest.value());
    }
    finish();
}

void RecipientCountWorker::loadChoices()
{
    SegmentChoices choices;
    if (!m_db.open()) {
        Q_EMIT choicesLoaded(choices);
        return;
    }
    const QSqlDatabase db = m_db.database();
    auto read = [&db](const QString& sql) {
        QStringList values;
        QSqlQuery q(db);
        SqlDialect::readRowsAsTheyCome(q);
        if (q.exec(sql)) {
            while (q.next())
                values.append(q.value(0).toString());
        }
        return values;
    };
    // Each DISTINCT walks its column's index, so this stays quick on a big book.
    const QString limit = QString::number(MaxSuggestions);
    choices.tags = read(QStringLiteral("SELECT name FROM tag ORDER BY name"));
    choices.cities = read(
        QStringLiteral("SELECT DISTINCT city FROM subscriber WHERE city <> '' ORDER BY city LIMIT ") + limit);
    choices.regions = read(
        QStringLiteral("SELECT DISTINCT region FROM subscriber WHERE region <> '' ORDER BY region LIMIT ") +
        limit);
    choices.consentSources = read(QStringLiteral("SELECT DISTINCT consent_source FROM subscriber WHERE "
                                                 "consent_source <> '' LIMIT ") +
                                  limit);
    Result<QStringList> custom = CustomFields(db).list();
    if (custom)
        choices.customFields = custom.value();
    Q_EMIT choicesLoaded(choices);
}
