#include "csvreportwriter.h"

#include "exporting/csvformat.h"
#include "exporting/exportfiles.h"
#include "reportvalues.h"

namespace textwell {

namespace {

QString blockTitle(const QString& own, const QString& sectionHeading)
{
    return own.isEmpty() ? sectionHeading : own;
}

} // namespace

CsvReportWriter::CsvReportWriter(QString path, QChar delimiter)
    : m_delimiter(delimiter), m_decimalPoint(ReportValues::csvDecimalPoint(delimiter)),
      m_file(std::move(path))
{}

void CsvReportWriter::appendText(const QString& text)
{
    if (m_lineStarted)
        m_line += m_delimiter;
    m_lineStarted = true;
    CsvFormat::appendField(m_line, CsvFormat::guarded(text), m_delimiter);
}

void CsvReportWriter::appendNumber(double value)
{
    if (m_lineStarted)
        m_line += m_delimiter;
    m_lineStarted = true;
    CsvFormat::appendField(m_line, ReportValues::plainNumber(value, m_decimalPoint), m_delimiter);
}

void CsvReportWriter::appendValue(const QVariant& value, ReportColumn::Kind kind)
{
    if (kind == ReportColumn::Kind::Text) {
        appendText(value.toString());
        return;
    }
    if (m_lineStarted)
        m_line += m_delimiter;
    m_lineStarted = true;
    CsvFormat::appendField(m_line, ReportValues::csvText(value, kind, m_decimalPoint, m_localZone),
                           m_delimiter);
}

void CsvReportWriter::endLine()
{
    m_line += QLatin1String(CsvFormat::LineEnd);
    m_file.append(m_line.toUtf8());
    m_line.clear();
    m_lineStarted = false;
}

void CsvReportWriter::appendLine(const QStringList& texts)
{
    for (const QString& text : texts)
        appendText(text);
    endLine();
}

void CsvReportWriter::writeHeading(const ReportDocument& document)
{
    appendLine({document.title});
    if (!document.businessName.isEmpty())
        appendLine({tr("Business"), document.businessName});
    if (!document.period.isEmpty())
        appendLine({tr("Period"), document.period});
    if (document.generatedAt.isValid()) {
        appendText(tr("Generated"));
        appendValue(document.generatedAt, ReportColumn::Kind::DateTime);
        endLine();
    }
    endLine();
}

void CsvReportWriter::writeFigures(const QString& title, const QVector<ReportFigure>& figures)
{
    appendLine({title});
    appendLine({tr("Key figure"), tr("Value"), tr("Note")});
    for (const ReportFigure& figure : figures)
        appendLine({figure.label, figure.value, figure.note});
    endLine();
}

void CsvReportWriter::writeChart(const QString& title, const ReportChart& chart)
{
    appendLine({title});
    appendText(chart.categoryTitle.isEmpty() ? tr("Category") : chart.categoryTitle);
    for (const ReportSeries& series : chart.series)
        appendText(series.name);
    if (chart.band) {
        appendText(
            tr("%1 (from)", "the lower end of a band such as 'typical 0.5-2 %'").arg(chart.band->label));
        appendText(tr("%1 (to)", "the upper end of a band such as 'typical 0.5-2 %'").arg(chart.band->label));
    }
    if (chart.threshold)
        appendText(chart.threshold->label);
    endLine();
    for (int category = 0; category < chart.categories.size(); ++category) {
        appendText(chart.categories.at(category));
        for (int series = 0; series < chart.series.size(); ++series)
            appendNumber(chart.value(series, category));
        if (chart.band) {
            appendNumber(chart.band->low);
            appendNumber(chart.band->high);
        }
        if (chart.threshold)
            appendNumber(chart.threshold->value);
        endLine();
    }
    endLine();
}

void CsvReportWriter::writeNotes(const QVector<ReportNote>& notes)
{
    appendLine({tr("Notes")});
    appendLine({tr("Term"), tr("Definition")});
    for (const ReportNote& note : notes)
        appendLine({note.term, note.definition});
    endLine();
}

Status CsvReportWriter::writeRows(const ReportTable& table, ReportProgress& progress)
{
    QStringList header;
    for (const ReportColumn& column : table.columns)
        header.append(column.title);
    appendLine(header);
    if (!table.rows)
        return {};
    ReportRowSource& rows = *table.rows;
    if (Status started = rows.start(); !started)
        return started;
    QVariantList row;
    while (rows.next(row)) {
        for (int i = 0; i < table.columns.size(); ++i)
            appendValue(row.value(i), table.columns.at(i).kind);
        endLine();
        if (!progress.advance())
            return Status::failure(ExportFiles::cancelled());
        if (Status flushed = m_file.flushIfFull(); !flushed)
            return flushed;
    }
    if (const QString error = rows.error(); !error.isEmpty())
        return Status::failure(error);
    return {};
}

Status CsvReportWriter::write(const ReportDocument& document, ReportProgress& progress)
{
    progress.start(document.totalRows());
    if (progress.cancelled())
        return Status::failure(ExportFiles::cancelled());
    if (Status opened = m_file.open(); !opened)
        return opened;
    // Excel reads a CSV file as UTF-8 only with the mark; without it Cyrillic comes out garbled.
    m_file.append("\xEF\xBB\xBF");

    if (const ReportTable* table = document.soleTable()) {
        if (Status written = writeRows(*table, progress); !written)
            return written;
    } else {
        writeHeading(document);
        for (const ReportSection& section : document.sections) {
            if (!section.figures.isEmpty())
                writeFigures(section.heading, section.figures);
            if (section.chart)
                writeChart(blockTitle(section.chart->title, section.heading), *section.chart);
            if (section.table) {
                appendLine({blockTitle(section.table->title, section.heading)});
                if (Status written = writeRows(*section.table, progress); !written)
                    return written;
                endLine();
            }
            if (Status flushed = m_file.flushIfFull(); !flushed)
                return flushed;
        }
        if (!document.notes.isEmpty())
            writeNotes(document.notes);
    }
    if (Status committed = m_file.commit(); !committed)
        return committed;
    progress.finish();
    return {};
}

} // namespace textwell
