#include "xlsxreportwriter.h"

#include "exporting/exportfiles.h"
#include "exporting/xlsxcell.h"
#include "exporting/xlsxexportwriter.h"
#include "reportpalette.h"
#include "reportvalues.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace textwell {

namespace {

// Column widths in characters.
constexpr double SummaryLabelWidth = 36;
constexpr double SummaryValueWidth = 18;
constexpr double SummaryNoteWidth = 46;
constexpr int MaxColumnWidth = 60;

// A reference to a sheet inside a formula or link: 'Name', its apostrophes doubled.
QString quotedSheet(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString blockTitle(const QString& own, const QString& sectionHeading)
{
    return own.isEmpty() ? sectionHeading : own;
}

// In constant-memory mode libxlsxwriter cannot read a chart's cells back to cache their values in
// the chart, and without that cache it declares text categories as numbers (numRef), which some
// readers show as 1, 2, 3. The values are known here, so the cache is filled from them; the
// library frees it with the chart.
void cacheTexts(lxw_series_range* range, const QStringList& texts)
{
    if (!range || !range->data_cache || texts.size() > 65535)
        return;
    range->ignore_cache = LXW_TRUE;
    range->has_string_cache = LXW_TRUE;
    range->num_data_points = uint16_t(texts.size());
    for (const QString& text : texts) {
        auto* point = static_cast<lxw_series_data_point*>(calloc(1, sizeof(lxw_series_data_point)));
        if (!point)
            return;
        point->is_string = LXW_TRUE;
        point->string = strdup(text.toUtf8().constData());
        STAILQ_INSERT_TAIL(range->data_cache, point, list_pointers);
    }
}

void cacheNumbers(lxw_series_range* range, const QVector<double>& values)
{
    if (!range || !range->data_cache || values.size() > 65535)
        return;
    range->ignore_cache = LXW_TRUE;
    range->num_data_points = uint16_t(values.size());
    for (double value : values) {
        auto* point = static_cast<lxw_series_data_point*>(calloc(1, sizeof(lxw_series_data_point)));
        if (!point)
            return;
        point->number = std::isfinite(value) ? value : 0;
        point->no_data = std::isfinite(value) ? LXW_FALSE : LXW_TRUE;
        STAILQ_INSERT_TAIL(range->data_cache, point, list_pointers);
    }
}

} // namespace

XlsxReportWriter::XlsxReportWriter(QString path)
    : m_path(std::move(path)), m_temporary(m_path + QStringLiteral(".XXXXXX.part"))
{}

XlsxReportWriter::~XlsxReportWriter()
{
    // Not committed: free the workbook without writing it; QTemporaryFile removes the file.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

bool XlsxReportWriter::check(int error)
{
    if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
        m_error = error;
    return m_error == LXW_NO_ERROR;
}

Status XlsxReportWriter::failed() const
{
    return Status::failure(
        tr("Writing %1 failed: %2. Nothing was saved.")
            .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(lxw_error(m_error)))));
}

QString XlsxReportWriter::uniqueSheetName(const QString& wanted)
{
    const QString base = XlsxExportWriter::sheetName(wanted);
    QString name = base;
    for (int n = 2; m_sheetNames.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()).trimmed() + suffix;
    }
    m_sheetNames.insert(name.toLower());
    return name;
}

lxw_worksheet* XlsxReportWriter::addSheet(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, utf8.constData());
    if (!sheet)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return sheet;
}

Status XlsxReportWriter::open(const ReportDocument& document)
{
    // The temporary file reserves a unique name beside the target, created for the owner only;
    // libxlsxwriter writes the workbook into it at the end.
    if (!m_temporary.open())
        return Status::failure(ExportFiles::cannotCreate(m_path, m_temporary.errorString()));
    m_temporaryPath = QFile::encodeName(m_temporary.fileName());
    m_temporary.close();
    m_folder = QFile::encodeName(QFileInfo(m_path).absolutePath());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    // Its row data goes beside the target, not to /tmp, which may be a small RAM disk.
    options.tmpdir = m_folder.data();
    // Past 4 GB a zip needs ZIP64; below it some readers dislike it. About 100 bytes a cell.
    qint64 cells = 0;
    for (const ReportSection& section : document.sections) {
        if (section.table)
            cells += qMax<qint64>(section.table->rowCount(), 0) * qMax(1, int(section.table->columns.size()));
    }
    options.use_zip64 = cells * 100 > 3'500'000'000LL ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(m_temporaryPath.constData(), &options);
    if (!m_workbook)
        return Status::failure(ExportFiles::cannotCreate(m_path, tr("the spreadsheet could not be started")));

    const QByteArray title = document.title.toUtf8();
    const QByteArray company = document.businessName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    check(workbook_set_properties(m_workbook, &properties));

    m_title = workbook_add_format(m_workbook);
    format_set_bold(m_title);
    format_set_font_size(m_title, 16);
    format_set_font_color(m_title, ReportPalette::Accent);
    m_subtitle = workbook_add_format(m_workbook);
    format_set_bold(m_subtitle);
    format_set_font_size(m_subtitle, 12);
    m_muted = workbook_add_format(m_workbook);
    format_set_font_color(m_muted, ReportPalette::Muted);
    m_heading = workbook_add_format(m_workbook);
    format_set_bold(m_heading);
    format_set_font_size(m_heading, 13);
    format_set_font_color(m_heading, ReportPalette::Accent);
    format_set_bottom(m_heading, LXW_BORDER_THIN);
    format_set_bottom_color(m_heading, ReportPalette::Rule);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, ReportPalette::HeaderFill);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    format_set_bottom_color(m_header, ReportPalette::Rule);
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    format_set_align(m_bold, LXW_ALIGN_VERTICAL_TOP);
    m_wrap = workbook_add_format(m_workbook);
    format_set_text_wrap(m_wrap);
    format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    m_link = workbook_add_format(m_workbook);
    format_set_underline(m_link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(m_link, ReportPalette::Series[0]);
    m_figureValue = workbook_add_format(m_workbook);
    format_set_bold(m_figureValue);
    format_set_align(m_figureValue, LXW_ALIGN_RIGHT);
    m_integer = workbook_add_format(m_workbook);
    format_set_num_format(m_integer, "#,##0");
    m_percent = workbook_add_format(m_workbook);
    format_set_num_format(m_percent, "0.0%");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    return m_error == LXW_NO_ERROR ? Status() : failed();
}

Status XlsxReportWriter::writeSummary(const QString& sheetName, const ReportDocument& document,
                                      const QVector<SectionSheets>& sheets)
{
    lxw_worksheet* sheet = addSheet(sheetName);
    if (!sheet)
        return failed();
    worksheet_set_column(sheet, 0, 0, SummaryLabelWidth, nullptr);
    worksheet_set_column(sheet, 1, 1, SummaryValueWidth, nullptr);
    worksheet_set_column(sheet, 2, 2, SummaryNoteWidth, nullptr);
    const QLocale locale;
    lxw_row_t row = 0;
    auto text = [&](lxw_row_t r, lxw_col_t c, const QString& value, lxw_format* format) {
        if (!value.isEmpty())
            check(worksheet_write_string(sheet, r, c, XlsxCell::text(value).constData(), format));
    };
    text(row++, 0, document.title, m_title);
    text(row++, 0, document.businessName, m_subtitle);
    if (!document.period.isEmpty())
        text(row++, 0, document.period, nullptr);
    if (document.generatedAt.isValid())
        text(row++, 0,
             tr("Generated on %1").arg(ReportValues::longDateTime(document.generatedAt, locale, m_localZone)),
             m_muted);
    for (int i = 0; i < document.sections.size(); ++i) {
        const ReportSection& section = document.sections.at(i);
        ++row; // a blank row before each section
        text(row, 0, section.heading, m_heading);
        // The heading's border runs under the whole width of the summary.
        worksheet_write_blank(sheet, row, 1, m_heading);
        worksheet_write_blank(sheet, row, 2, m_heading);
        ++row;
        if (!section.paragraph.isEmpty()) {
            // Merged over the three columns and wrapped; Excel does not grow a merged row by itself.
            const double width = SummaryLabelWidth + SummaryValueWidth + SummaryNoteWidth;
            const int lines = qMax(1, int(std::ceil(section.paragraph.size() * 1.1 / width)));
            check(worksheet_set_row(sheet, row, 15.0 * lines + 3, nullptr));
            check(worksheet_merge_range(sheet, row, 0, row, 2, XlsxCell::text(section.paragraph).constData(),
                                        m_wrap));
            ++row;
        }
        for (const ReportFigure& figure : section.figures) {
            text(row, 0, figure.label, nullptr);
            text(row, 1, figure.value, m_figureValue);
            text(row, 2, figure.note, m_muted);
            ++row;
        }
        // Links to the sheets that hold the rest of the section.
        auto link = [&](const QString& target, const QString& label) {
            const QByteArray url =
                (QStringLiteral("internal:") + quotedSheet(target) + QStringLiteral("!A1")).toUtf8();
            check(worksheet_write_url_opt(sheet, row, 0, url.constData(), m_link,
                                          XlsxCell::text(label).constData(), nullptr));
            ++row;
        };
        if (section.chart)
            link(sheets.at(i).chart, tr("Chart: %1").arg(blockTitle(section.chart->title, section.heading)));
        if (section.table)
            link(sheets.at(i).table, tr("Table: %1").arg(blockTitle(section.table->title, section.heading)));
    }
    return m_error == LXW_NO_ERROR ? Status() : failed();
}

Status XlsxReportWriter::writeChart(const QString& sheetName, const ReportChart& chart)
{
    lxw_worksheet* sheet = addSheet(sheetName);
    if (!sheet)
        return failed();
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    const char* sheetRef = sheetUtf8.constData();
    const auto lastRow = lxw_row_t(chart.categories.size());
    const bool lines = chart.kind == ReportChart::Kind::Line;
    const bool bands = chart.kind != ReportChart::Kind::Donut;

    // The data: a header row, then a row per category; the band and the threshold are columns of
    // their own so that the chart's extra series have cells to refer to.
    QStringList header{chart.categoryTitle.isEmpty() ? tr("Category") : chart.categoryTitle};
    for (const ReportSeries& series : chart.series)
        header.append(series.name);
    const auto bandColumn = lxw_col_t(header.size());
    if (bands && chart.band) {
        header.append(
            tr("%1 (from)", "the lower end of a band such as 'typical 0.5-2 %'").arg(chart.band->label));
        header.append(
            tr("%1 (to)", "the upper end of a band such as 'typical 0.5-2 %'").arg(chart.band->label));
    }
    const auto thresholdColumn = lxw_col_t(header.size());
    if (bands && chart.threshold)
        header.append(chart.threshold->label);
    int categoryWidth = int(header.first().size());
    for (const QString& category : chart.categories)
        categoryWidth = qMax(categoryWidth, int(category.size()));
    worksheet_set_column(sheet, 0, 0, qMin(categoryWidth + 2, MaxColumnWidth), nullptr);
    for (int c = 1; c < header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(10, int(header.at(c).size()) + 2, 30),
                             nullptr);
    for (int c = 0; c < header.size(); ++c)
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), XlsxCell::text(header.at(c)).constData(),
                                     m_header));
    // Counts as counts; anything with decimals as Excel shows it by default.
    bool integral = true;
    for (const ReportSeries& series : chart.series) {
        for (double value : series.values)
            integral = integral && (!std::isfinite(value) || value == std::trunc(value));
    }
    lxw_format* number = chart.percent ? m_percent : integral ? m_integer : nullptr;
    for (int category = 0; category < chart.categories.size(); ++category) {
        const auto row = lxw_row_t(category + 1);
        check(worksheet_write_string(sheet, row, 0, XlsxCell::text(chart.categories.at(category)).constData(),
                                     nullptr));
        for (int series = 0; series < chart.series.size(); ++series) {
            const double value = chart.value(series, category);
            if (std::isfinite(value))
                check(worksheet_write_number(sheet, row, lxw_col_t(series + 1), value, number));
        }
        if (bands && chart.band) {
            check(worksheet_write_number(sheet, row, bandColumn, chart.band->low, number));
            check(worksheet_write_number(sheet, row, bandColumn + 1, chart.band->high, number));
        }
        if (bands && chart.threshold)
            check(worksheet_write_number(sheet, row, thresholdColumn, chart.threshold->value, number));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (chart.categories.isEmpty() || chart.series.isEmpty())
        return m_error == LXW_NO_ERROR ? Status() : failed();

    const uint8_t type = chart.kind == ReportChart::Kind::Line  ? LXW_CHART_LINE
                         : chart.kind == ReportChart::Kind::Bar ? LXW_CHART_COLUMN
                                                                : LXW_CHART_DOUGHNUT;
    lxw_chart* excel = workbook_add_chart(m_workbook, type);
    if (!excel) {
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return failed();
    }
    const QByteArray title = chart.title.toUtf8();
    if (!chart.title.isEmpty())
        chart_title_set_name(excel, title.constData());
    else
        chart_title_off(excel);
    // A series named by its header cell, or by the given name.
    auto addSeries = [&](lxw_col_t column, const QString& name = QString()) {
        lxw_chart_series* series = chart_add_series(excel, nullptr, nullptr);
        if (!series) {
            check(LXW_ERROR_MEMORY_MALLOC_FAILED);
            return series;
        }
        chart_series_set_categories(series, sheetRef, 1, 0, lastRow, 0);
        chart_series_set_values(series, sheetRef, 1, column, lastRow, column);
        cacheTexts(series->categories, chart.categories);
        QVector<double> values;
        for (int category = 0; category < chart.categories.size(); ++category) {
            if (bands && chart.band && column == bandColumn)
                values.append(chart.band->low);
            else if (bands && chart.band && column == bandColumn + 1)
                values.append(chart.band->high);
            else if (bands && chart.threshold && column == thresholdColumn)
                values.append(chart.threshold->value);
            else
                values.append(chart.value(int(column) - 1, category));
        }
        cacheNumbers(series->values, values);
        if (name.isEmpty()) {
            chart_series_set_name_range(series, sheetRef, 0, column);
            cacheTexts(series->title.range, {header.at(int(column))});
        } else {
            chart_series_set_name(series, name.toUtf8().constData()); // copied
        }
        return series;
    };
    if (chart.kind == ReportChart::Kind::Donut) {
        // One ring: the shares of the first series, each slice in the palette's colour.
        lxw_chart_series* series = addSeries(1);
        if (!series)
            return failed();
        QVector<lxw_chart_fill> fills(chart.categories.size());
        QVector<lxw_chart_point> points(chart.categories.size());
        QVector<lxw_chart_point*> pointers;
        for (int i = 0; i < chart.categories.size(); ++i) {
            fills[i].color = ReportPalette::seriesColor(i);
            points[i].fill = &fills[i];
            pointers.append(&points[i]);
        }
        pointers.append(nullptr);
        check(chart_series_set_points(series, pointers.data()));
        chart_series_set_labels(series);
        chart_series_set_labels_options(series, LXW_FALSE, LXW_FALSE, LXW_FALSE);
        chart_series_set_labels_percentage(series);
        chart_set_hole_size(excel, 55);
        chart_legend_set_position(excel, LXW_CHART_LEGEND_RIGHT);
    } else {
        for (int i = 0; i < chart.series.size(); ++i) {
            lxw_chart_series* series = addSeries(lxw_col_t(i + 1));
            if (!series)
                return failed();
            if (lines) {
                lxw_chart_line line{};
                line.color = ReportPalette::seriesColor(i);
                line.width = 2.25f;
                chart_series_set_line(series, &line);
                chart_series_set_marker_type(series, chart.categories.size() > 40 ? LXW_CHART_MARKER_NONE
                                                                                  : LXW_CHART_MARKER_CIRCLE);
                lxw_chart_fill marker{};
                marker.color = ReportPalette::seriesColor(i);
                chart_series_set_marker_fill(series, &marker);
                chart_series_set_marker_line(series, &line);
                chart_series_set_marker_size(series, 4);
            } else {
                lxw_chart_fill fill{};
                fill.color = ReportPalette::seriesColor(i);
                chart_series_set_fill(series, &fill);
            }
        }
        // A column chart cannot hold line series in libxlsxwriter 1.1 (no combined charts): there the
        // band and the threshold stay in the data beside the chart.
        if (lines && chart.band) {
            lxw_chart_line edge{};
            edge.color = ReportPalette::BandLine;
            edge.width = 1.25f;
            // The band's two edges are one thing to the reader: one legend entry, named by the band.
            for (lxw_col_t column : {bandColumn, lxw_col_t(bandColumn + 1)}) {
                lxw_chart_series* series = addSeries(column, chart.band->label);
                if (!series)
                    return failed();
                chart_series_set_line(series, &edge);
                chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
            }
            int16_t upperEdge[] = {int16_t(chart.series.size() + 1), -1};
            check(chart_legend_delete_series(excel, upperEdge));
        }
        if (lines && chart.threshold) {
            lxw_chart_series* series = addSeries(thresholdColumn, chart.threshold->label);
            if (!series)
                return failed();
            lxw_chart_line line{};
            line.color = ReportPalette::Threshold;
            line.width = 1.5f;
            line.dash_type = LXW_CHART_LINE_DASH_DASH;
            chart_series_set_line(series, &line);
            chart_series_set_marker_type(series, LXW_CHART_MARKER_NONE);
        }
        lxw_chart_axis* y = chart_axis_get(excel, LXW_CHART_AXIS_TYPE_Y);
        chart_axis_set_min(y, 0);
        if (chart.percent)
            chart_axis_set_num_format(y, "0%");
        lxw_chart_line grid{};
        grid.color = ReportPalette::Rule;
        chart_axis_major_gridlines_set_line(y, &grid);
        chart_legend_set_position(excel, chart.series.size() > 1 || (lines && (chart.band || chart.threshold))
                                             ? LXW_CHART_LEGEND_BOTTOM
                                             : LXW_CHART_LEGEND_NONE);
    }
    lxw_chart_options placement{};
    placement.x_offset = 12;
    placement.x_scale = 1.6;
    placement.y_scale = 1.4;
    check(worksheet_insert_chart_opt(sheet, 1, lxw_col_t(header.size() + 1), excel, &placement));
    return m_error == LXW_NO_ERROR ? Status() : failed();
}

Status XlsxReportWriter::writeTable(const QString& sheetName, const ReportTable& table,
                                    ReportProgress& progress)
{
    if (table.rowCount() > MaxRows)
        return Status::failure(
            //: %Ln is the most rows a sheet holds, %1 the table's name, %L2 how many rows it has.
            tr("An Excel sheet holds at most %Ln row(s), and “%1” has %L2. Write the report as CSV "
               "instead.",
               nullptr, int(MaxRows))
                .arg(sheetName)
                .arg(table.rowCount()));
    lxw_worksheet* sheet = addSheet(sheetName);
    if (!sheet)
        return failed();
    const int columnCount = table.columns.size();
    // Widths in characters: the widest value seen, within reason; set when all rows are known
    // (the columns are written at the end of the sheet's XML, so this works in constant memory).
    QVector<int> widths(columnCount);
    for (int c = 0; c < columnCount; ++c) {
        const ReportColumn& column = table.columns.at(c);
        const int header = int(column.title.size()) + 3; // bold, and the autofilter's button
        switch (column.kind) {
        case ReportColumn::Kind::Integer:
        case ReportColumn::Kind::Percent:
            widths[c] = qMax(header, 10);
            break;
        case ReportColumn::Kind::Date:
            widths[c] = qMax(header, 12);
            break;
        case ReportColumn::Kind::DateTime:
            widths[c] = qMax(header, 17);
            break;
        case ReportColumn::Kind::Text:
            widths[c] = qMax(header, 10);
            break;
        }
        widths[c] = qMax(widths.at(c), qMin(column.width, MaxColumnWidth));
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), XlsxCell::text(column.title).constData(),
                                     m_header));
    }
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t row = 0;
    if (table.rows) {
        ReportRowSource& rows = *table.rows;
        if (Status started = rows.start(); !started)
            return started;
        QVariantList values;
        while (m_error == LXW_NO_ERROR && rows.next(values)) {
            if (row >= lxw_row_t(MaxRows))
                //: %Ln is the most rows a sheet holds, %1 the table's name.
                return Status::failure(tr("An Excel sheet holds at most %Ln row(s), and “%1” has more. Write "
                                          "the report as CSV instead.",
                                          nullptr, int(MaxRows))
                                           .arg(sheetName));
            ++row;
            for (int c = 0; c < columnCount; ++c) {
                const QVariant value = values.value(c);
                if (value.isNull() || !value.isValid())
                    continue;
                const auto col = lxw_col_t(c);
                switch (table.columns.at(c).kind) {
                case ReportColumn::Kind::Text: {
                    const QString text = value.toString();
                    if (!text.isEmpty()) {
                        check(worksheet_write_string(sheet, row, col, XlsxCell::text(text).constData(),
                                                     nullptr));
                        widths[c] = qMax(widths[c], qMin(int(text.size()) + 1, MaxColumnWidth));
                    }
                    break;
                }
                case ReportColumn::Kind::Integer: {
                    const qint64 number = value.toLongLong();
                    check(worksheet_write_number(sheet, row, col, double(number), m_integer));
                    widths[c] = qMax(widths[c], int(QString::number(number).size() * 4 / 3 + 2));
                    break;
                }
                case ReportColumn::Kind::Percent:
                    check(worksheet_write_number(sheet, row, col, value.toDouble(), m_percent));
                    break;
                case ReportColumn::Kind::Date: {
                    const QDate date = value.toDate();
                    if (XlsxCell::fits(date)) {
                        lxw_datetime excel = XlsxCell::dateTime(date);
                        check(worksheet_write_datetime(sheet, row, col, &excel, m_date));
                    } else if (date.isValid()) {
                        check(worksheet_write_string(
                            sheet, row, col, date.toString(Qt::ISODate).toUtf8().constData(), nullptr));
                    }
                    break;
                }
                case ReportColumn::Kind::DateTime: {
                    const QDateTime time = value.toDateTime().toTimeZone(m_localZone);
                    if (XlsxCell::fits(time.date())) {
                        lxw_datetime excel = XlsxCell::dateTime(time.date(), time.time());
                        check(worksheet_write_datetime(sheet, row, col, &excel, m_dateTime));
                    }
                    break;
                }
                }
            }
            if (!progress.advance())
                return Status::failure(ExportFiles::cancelled());
        }
        if (m_error != LXW_NO_ERROR)
            return failed();
        if (const QString error = rows.error(); !error.isEmpty())
            return Status::failure(error);
    }
    for (int c = 0; c < columnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    if (columnCount > 0)
        worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(columnCount - 1));
    return m_error == LXW_NO_ERROR ? Status() : failed();
}

Status XlsxReportWriter::writeNotes(const QString& sheetName, const QVector<ReportNote>& notes)
{
    lxw_worksheet* sheet = addSheet(sheetName);
    if (!sheet)
        return failed();
    constexpr double DefinitionWidth = 90;
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    worksheet_set_column(sheet, 1, 1, DefinitionWidth, nullptr);
    check(worksheet_write_string(sheet, 0, 0, XlsxCell::text(tr("Notes")).constData(), m_title));
    lxw_row_t row = 2;
    for (const ReportNote& note : notes) {
        const int lines = qMax(1, int(std::ceil(note.definition.size() * 1.1 / DefinitionWidth)));
        if (lines > 1)
            check(worksheet_set_row(sheet, row, 15.0 * lines + 2, nullptr));
        if (!note.term.isEmpty())
            check(worksheet_write_string(sheet, row, 0, XlsxCell::text(note.term).constData(), m_bold));
        if (!note.definition.isEmpty())
            check(worksheet_write_string(sheet, row, 1, XlsxCell::text(note.definition).constData(), m_wrap));
        ++row;
    }
    return m_error == LXW_NO_ERROR ? Status() : failed();
}

Status XlsxReportWriter::commit()
{
    // workbook_close() writes the whole file and frees the workbook whatever happens; its result is
    // the only word on whether the file is complete (a full disk shows here).
    errno = 0;
    const lxw_error closed = workbook_close(m_workbook);
    const int errorNumber = errno;
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return Status::failure(
            ExportFiles::writeFailed(m_path, QString::fromUtf8(lxw_strerror(closed)), errorNumber));
    ExportFiles::restrictToOwner(m_temporary.fileName());
    if (Status moved = ExportFiles::replace(m_temporary.fileName(), m_path); !moved)
        return moved;
    m_temporary.setAutoRemove(false); // it is the target now
    return {};
}

Status XlsxReportWriter::write(const ReportDocument& document, ReportProgress& progress)
{
    progress.start(document.totalRows());
    if (progress.cancelled())
        return Status::failure(ExportFiles::cancelled());
    if (Status opened = open(document); !opened)
        return opened;

    // Every sheet is named before any is written, so that the summary can link to them.
    m_sheetNames = {QStringLiteral("history")}; // Excel keeps "History" for itself
    const QString summaryName = uniqueSheetName(tr("Summary"));
    const QString notesName = uniqueSheetName(tr("Notes"));
    QVector<SectionSheets> sheets;
    for (const ReportSection& section : document.sections) {
        SectionSheets names;
        if (section.chart)
            names.chart = uniqueSheetName(blockTitle(section.chart->title, section.heading));
        if (section.table)
            names.table = uniqueSheetName(blockTitle(section.table->title, section.heading));
        sheets.append(names);
    }
    if (Status written = writeSummary(summaryName, document, sheets); !written)
        return written;
    for (int i = 0; i < document.sections.size(); ++i) {
        const ReportSection& section = document.sections.at(i);
        if (section.chart) {
            if (Status written = writeChart(sheets.at(i).chart, *section.chart); !written)
                return written;
        }
        if (section.table) {
            if (Status written = writeTable(sheets.at(i).table, *section.table, progress); !written)
                return written;
        }
        if (progress.cancelled())
            return Status::failure(ExportFiles::cancelled());
    }
    if (!document.notes.isEmpty()) {
        if (Status written = writeNotes(notesName, document.notes); !written)
            return written;
    }
    if (Status committed = commit(); !committed)
        return committed;
    progress.finish();
    return {};
}

} // namespace textwell
