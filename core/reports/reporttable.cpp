#include "reporttable.h"

namespace textwell {

GeneratedRowSource::GeneratedRowSource(StartPass startPass, qint64 rowCount)
    : m_startPass(std::move(startPass)), m_rowCount(rowCount)
{}

Status GeneratedRowSource::start()
{
    m_next = m_startPass ? m_startPass() : NextRow();
    return {};
}

bool GeneratedRowSource::next(QVariantList& row)
{
    return m_next && m_next(row);
}

InMemoryRowSource::InMemoryRowSource(QVector<QVariantList> rows) : m_rows(std::move(rows)) {}

Status InMemoryRowSource::start()
{
    m_next = 0;
    return {};
}

bool InMemoryRowSource::next(QVariantList& row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows.at(m_next++);
    return true;
}

ReportTable ReportTable::fromRows(QString title, QVector<ReportColumn> columns, QVector<QVariantList> rows)
{
    return ReportTable{std::move(title), std::move(columns),
                       std::make_shared<InMemoryRowSource>(std::move(rows))};
}

ReportTable ReportTable::generated(QString title, QVector<ReportColumn> columns,
                                   GeneratedRowSource::StartPass startPass, qint64 rowCount)
{
    return ReportTable{std::move(title), std::move(columns),
                       std::make_shared<GeneratedRowSource>(std::move(startPass), rowCount)};
}

} // namespace textwell
