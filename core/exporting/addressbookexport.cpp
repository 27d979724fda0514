#include "addressbookexport.h"

#include "exportfiles.h"
#include "exportwriter.h"
#include "readsnapshot.h"

#include "contacts/customfields.h"
#include "contacts/phonenumbers.h"
#include "contacts/subscriberquery.h"
#include "segments/segmentstore.h"
#include "storage/sqldialect.h"
#include "storage/sqlerror.h"
#include "storage/sqltext.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace textwell {

namespace {

// The fixed columns, in order; custom fields follow.
enum Column
{
    PhoneColumn,
    FirstNameColumn,
    LastNameColumn,
    CityColumn,
    RegionColumn,
    BirthDateColumn,
    LanguageColumn,
    TagsColumn,
    StatusColumn,
    ConsentDateColumn,
    ConsentSourceColumn,
    NumberTypeColumn,
    NotesColumn,
    FixedColumns,
};

// Translated once per export, not once per row.
struct Labels
{
    QHash<int, QString> status;
    QHash<int, QString> kind;

    Labels()
    {
        for (SubscriberStatus s : SubscriberStatuses::all())
            status.insert(int(s), SubscriberStatuses::label(s));
        for (auto k : {NumberKind::Unknown, NumberKind::Mobile, NumberKind::MobileOrFixed,
                       NumberKind::FixedLine, NumberKind::Other, NumberKind::Rejected})
            kind.insert(int(k), PhoneNumbers::kindLabel(k));
    }
};

void fill(QVariantList& values, const Subscriber& s, const QStringList& customFields, const Labels& labels)
{
    values[PhoneColumn] = s.phone;
    values[FirstNameColumn] = s.firstName;
    values[LastNameColumn] = s.lastName;
    values[CityColumn] = s.city;
    values[RegionColumn] = s.region;
    values[BirthDateColumn] = s.birthDate;
    values[LanguageColumn] = s.language;
    values[TagsColumn] = s.tags.join(QLatin1String(", "));
    values[StatusColumn] = labels.status.value(int(s.status));
    values[ConsentDateColumn] = s.consentAt;
    values[ConsentSourceColumn] = s.consentSource;
    values[NumberTypeColumn] = labels.kind.value(int(s.numberKind));
    values[NotesColumn] = s.notes;
    for (int i = 0; i < customFields.size(); ++i)
        values[FixedColumns + i] = s.customFields.value(customFields.at(i));
}

} // namespace

AddressBookExport::AddressBookExport(QSqlDatabase db, Selection selection)
    : m_db(std::move(db)), m_selection(selection)
{}

AddressBookExport AddressBookExport::everyone(QSqlDatabase db)
{
    return AddressBookExport(std::move(db), Selection::Everyone);
}

AddressBookExport AddressBookExport::filtered(QSqlDatabase db, SubscriberFilter filter)
{
    AddressBookExport e(std::move(db), Selection::Filter);
    // Status, then the order people were added: the status index serves it without sorting, so
    // each page starts where the last ended at the cost of a walk along the index.
    filter.sort = SubscriberFilter::SortColumn::ByStatus;
    filter.descending = false;
    // Without a search, the filter is everyone or one status (status = ?: nothing to interpret),
    // read in one pass in id order. Only a search needs SubscriberQuery's pages.
    if (filter.search.trimmed().isEmpty())
        e.m_selection = filter.status ? Selection::OneStatus : Selection::Everyone;
    e.m_filter = std::move(filter);
    return e;
}

AddressBookExport AddressBookExport::matching(QSqlDatabase db, SegmentRule rule)
{
    AddressBookExport e(std::move(db), Selection::Rule);
    e.m_rule = std::move(rule);
    return e;
}

QString AddressBookExport::sheetName()
{
    return tr("Subscribers");
}

QVector<ExportColumn> AddressBookExport::columns(const QStringList& customFields)
{
    using K = ExportColumn::Kind;
    QVector<ExportColumn> columns = {
        {tr("Phone"), K::Phone, 17},         {tr("First name"), K::Text, 14},
        {tr("Last name"), K::Text, 16},      {tr("City"), K::Text, 14},
        {tr("Region"), K::Text, 12},         {tr("Birth date"), K::Date, 12},
        {tr("Language"), K::Text, 9},        {tr("Tags"), K::Text, 22},
        {tr("Status"), K::Text, 14},         {tr("Consent date"), K::DateTime, 17},
        {tr("Consent source"), K::Text, 22}, {tr("Number type"), K::Text, 13},
        {tr("Notes"), K::Text, 30},
    };
    Q_ASSERT(columns.size() == FixedColumns);
    for (const QString& field : customFields)
        columns.append({field, K::Text, 16});
    return columns;
}

Result<QPair<QString, QVariantList>> AddressBookExport::condition() const
{
    using R = Result<QPair<QString, QVariantList>>;
    if (m_selection == Selection::OneStatus)
        return QPair<QString, QVariantList>(QStringLiteral("s.status = ?"), {int(*m_filter.status)});
    if (m_selection != Selection::Rule)
        return QPair<QString, QVariantList>(QStringLiteral("1"), {});
    Result<CompiledSegment> compiled = SegmentStore(m_db).compile(m_rule);
    if (!compiled)
        return R::failure(compiled.error());
    return QPair<QString, QVariantList>(compiled.value().where, compiled.value().values);
}

Result<qint64> AddressBookExport::count() const
{
    using R = Result<qint64>;
    if (m_selection == Selection::Filter)
        return SubscriberQuery(m_db, m_filter).count();
    auto where = condition();
    if (!where)
        return R::failure(where.error());
    QSqlQuery q(m_db);
    SqlDialect::readRowsAsTheyCome(q);
    if (!execBound(q, QStringLiteral("SELECT count(*) FROM subscriber s WHERE ") + where.value().first,
                   where.value().second) ||
        !q.next())
        return R::failure(SqlError::describe(q.lastError()));
    return q.value(0).toLongLong();
}

Status AddressBookExport::writeFiltered(qint64 total, const std::function<Status(const Subscriber&)>& write,
                                        ExportProgress& ticker) const
{
    // SubscriberQuery is the one place that knows what a search matches, and it reads in pages;
    // within the read snapshot they cannot shift. Each page scans the table for the text (about
    // 0.2 s at a million people), so a large result takes large pages: at most 20 of them.
    const int pageSize = int(qBound(qint64(5000), total / 20, qint64(20000)));
    const SubscriberQuery query(m_db, m_filter);
    for (qint64 offset = 0;; offset += pageSize) {
        Result<QVector<Subscriber>> page = query.page(offset, pageSize);
        if (!page)
            return Status::failure(page.error());
        for (const Subscriber& s : page.value()) {
            if (Status written = write(s); !written)
                return written;
            if (!ticker.advance())
                return Status::failure(ExportFiles::cancelled());
        }
        if (page.value().size() < pageSize)
            return {};
    }
}

Result<ExportSummary> AddressBookExport::write(const QString& path, const ExportOptions& options,
                                               const ExportProgress::Callback& progress,
                                               const std::atomic_bool* cancel) const
{
    using R = Result<ExportSummary>;
    if (const QString problem = ExportFiles::targetProblem(path, m_db.databaseName()); !problem.isEmpty())
        return R::failure(problem);
    const ReadSnapshot snapshot(m_db);
    Result<QStringList> customFields = CustomFields(m_db).list();
    if (!customFields)
        return R::failure(customFields.error());
    Result<qint64> total = count();
    if (!total)
        return R::failure(total.error());
    const QVector<ExportColumn> columns = AddressBookExport::columns(customFields.value());
    auto writer = ExportWriter::create(path, options, sheetName(), columns, total.value());
    if (!writer)
        return R::failure(writer.error());

    ExportProgress ticker(progress, cancel, total.value());
    const Labels labels;
    QVariantList values;
    values.resize(columns.size());
    auto write = [&](const Subscriber& s) {
        fill(values, s, customFields.value(), labels);
        return writer.value()->writeRow(values);
    };
    if (m_selection == Selection::Filter) {
        if (Status done = writeFiltered(total.value(), write, ticker); !done)
            return R::failure(done.error());
    } else {
        auto where = condition();
        if (!where)
            return R::failure(where.error());
        QSqlQuery q(m_db);
        SqlDialect::readRowsAsTheyCome(q);
        if (!execBound(q,
                       QStringLiteral("SELECT %1 FROM subscriber s WHERE %2 ORDER BY s.id")
                           .arg(SubscriberQuery::columns(SqlDialect(m_db)), where.value().first),
                       where.value().second))
            return R::failure(SqlError::describe(q.lastError()));
        while (q.next()) {
            if (Status written = write(SubscriberQuery::read(q)); !written)
                return R::failure(written.error());
            if (!ticker.advance())
                return R::failure(ExportFiles::cancelled());
        }
        if (q.lastError().isValid())
            return R::failure(SqlError::describe(q.lastError()));
    }
    if (ticker.cancelled())
        return R::failure(ExportFiles::cancelled());
    if (Status committed = writer.value()->commit(); !committed)
        return R::failure(committed.error());
    ticker.finish();
    return ExportSummary{ticker.done(), QFileInfo(path).absoluteFilePath(), ticker.seconds()};
}

} // namespace textwell
