#pragma once

#include "util/result.h"

#include <QString>
#include <QVariantList>
#include <QVector>

#include <functional>
#include <memory>

namespace textwell {

// One column of a report table: its title (in the app's language) and what its cells hold, which
// decides how each format writes them.
struct ReportColumn
{
    enum class Kind
    {
        Text,     // a QString; guarded against formulas in CSV, wrapped in PDF
        Integer,  // a qint64 (or int)
        Percent,  // a fraction as a double: 0.024 is 2.4 %
        Date,     // a QDate
        DateTime, // a QDateTime, shown in local time
    };

    QString title;
    Kind kind = Kind::Text;
    // How wide its values usually are, in characters: a text column gets its share of a PDF page's
    // width by it, and an XLSX column starts at it. 0 leaves it to the writer (the title's width).
    int width = 0;

    // Numbers are right-aligned in a PDF and written as numbers in XLSX.
    bool isNumber() const { return kind == Kind::Integer || kind == Kind::Percent; }
};

// The rows of a table, read one at a time, so that a table of a million rows (the opt-out log) is
// never held in memory. A written file reads the rows in order, from start() on; start() may be
// called again for another pass (a PDF reads up to 500 rows to size its columns, then all of them
// to lay out its pages, then all of them to draw them) or the next file.
class ReportRowSource
{
public:
    virtual ~ReportRowSource() = default;

    // Begins a pass from the first row (runs the query, rewinds the file).
    virtual Status start() = 0;
    // Fills row with the next row, one value per column (a null QVariant leaves the cell empty);
    // false at the end, or on an error that error() then names.
    virtual bool next(QVariantList& row) = 0;
    // The number of rows if it is known before reading them, else -1. When given it must be
    // exact: it is the total of the progress, and a PDF refuses rows that differ from it.
    virtual qint64 rowCount() const { return -1; }
    // Why the last next() returned false before the end; empty after a normal end.
    virtual QString error() const { return {}; }
};

// Reads a pass with a function: startPass() returns the function that yields the rows of one
// pass (false at the end). For generated rows, or a query wrapped in a lambda.
class GeneratedRowSource : public ReportRowSource
{
public:
    using NextRow = std::function<bool(QVariantList& row)>;
    using StartPass = std::function<NextRow()>;

    explicit GeneratedRowSource(StartPass startPass, qint64 rowCount = -1);

    Status start() override;
    bool next(QVariantList& row) override;
    qint64 rowCount() const override { return m_rowCount; }

private:
    StartPass m_startPass;
    NextRow m_next;
    qint64 m_rowCount;
};

// A few rows held in memory (a campaign table, a person's consent history).
class InMemoryRowSource : public ReportRowSource
{
public:
    explicit InMemoryRowSource(QVector<QVariantList> rows);

    Status start() override;
    bool next(QVariantList& row) override;
    qint64 rowCount() const override { return m_rows.size(); }

private:
    QVector<QVariantList> m_rows;
    int m_next = 0;
};

// A table of a report: a title, its columns, and where its rows come from.
struct ReportTable
{
    QString title;
    QVector<ReportColumn> columns;
    std::shared_ptr<ReportRowSource> rows;

    // A small table from rows in memory.
    static ReportTable fromRows(QString title, QVector<ReportColumn> columns, QVector<QVariantList> rows);
    // A table whose rows are produced as they are written (see GeneratedRowSource).
    static ReportTable generated(QString title, QVector<ReportColumn> columns,
                                 GeneratedRowSource::StartPass startPass, qint64 rowCount = -1);

    // -1 when the source does not know it before reading.
    qint64 rowCount() const { return rows ? rows->rowCount() : 0; }
};

} // namespace textwell
