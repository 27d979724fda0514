#include "xlsxexportwriter.h"

#include "exportfiles.h"
#include "xlsxcell.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <cerrno>

namespace textwell {

XlsxExportWriter::XlsxExportWriter(QString path, QVector<ExportColumn> columns)
    : m_path(std::move(path)), m_columns(std::move(columns)),
      m_temporary(m_path + QStringLiteral(".XXXXXX.part"))
{}

XlsxExportWriter::~XlsxExportWriter()
{
    // Not committed: free the workbook without writing it; QTemporaryFile removes the file.
    if (m_workbook)
        lxw_workbook_free(m_workbook);
}

QString XlsxExportWriter::sheetName(const QString& wanted)
{
    QString name = wanted;
    for (QChar& c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    name = name.left(31).trimmed();
    // Excel refuses a name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

Status XlsxExportWriter::failed(int error)
{
    m_error = tr("Writing %1 failed: %2. Nothing was saved.")
                  .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(lxw_strerror(lxw_error(error))));
    return Status::failure(m_error);
}

Status XlsxExportWriter::open(const QString& sheetName, qint64 expectedRows)
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
    options.use_zip64 =
        expectedRows * qMax(1, int(m_columns.size())) * 100 > 3'500'000'000LL ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(m_temporaryPath.constData(), &options);
    if (!m_workbook)
        return Status::failure(ExportFiles::cannotCreate(m_path, tr("the spreadsheet could not be started")));
    const QByteArray name = XlsxExportWriter::sheetName(sheetName).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet) {
        const int errorNumber = errno;
        return Status::failure(ExportFiles::cannotCreate(m_path, qt_error_string(errorNumber)));
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@");
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");

    for (int i = 0; i < m_columns.size(); ++i) {
        const ExportColumn& column = m_columns.at(i);
        const auto col = lxw_col_t(i);
        // A header wider than the usual value widens its column.
        const double width = qMax(column.width, int(column.header.size()) + 3);
        worksheet_set_column(m_sheet, col, col, width,
                             column.kind == ExportColumn::Kind::Phone ? m_text : nullptr);
        if (const lxw_error error =
                worksheet_write_string(m_sheet, 0, col, XlsxCell::text(column.header).constData(), m_header);
            error != LXW_NO_ERROR)
            return failed(error);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

Status XlsxExportWriter::writeRow(const QVariantList& values)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (m_row >= quint32(MaxXlsxRows))
        return Status::failure(
            tr("An Excel sheet holds at most %Ln row(s). Export to CSV instead.", nullptr, int(MaxXlsxRows)));
    ++m_row;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QVariant& value = values.at(i);
        const auto col = lxw_col_t(i);
        lxw_error error = LXW_NO_ERROR;
        switch (m_columns.at(i).kind) {
        case ExportColumn::Kind::Text:
        case ExportColumn::Kind::Phone: {
            const QString text = value.toString();
            if (!text.isEmpty())
                error = worksheet_write_string(m_sheet, m_row, col, XlsxCell::text(text).constData(),
                                               m_columns.at(i).kind == ExportColumn::Kind::Phone ? m_text
                                                                                                 : nullptr);
            break;
        }
        case ExportColumn::Kind::Date: {
            const QDate date = value.toDate();
            if (XlsxCell::fits(date)) {
                lxw_datetime excel = XlsxCell::dateTime(date);
                error = worksheet_write_datetime(m_sheet, m_row, col, &excel, m_date);
            } else if (date.isValid()) {
                error = worksheet_write_string(m_sheet, m_row, col,
                                               date.toString(Qt::ISODate).toUtf8().constData(), nullptr);
            }
            break;
        }
        case ExportColumn::Kind::DateTime: {
            const QDateTime time = value.toDateTime().toTimeZone(m_localZone);
            if (XlsxCell::fits(time.date())) {
                lxw_datetime excel = XlsxCell::dateTime(time.date(), time.time());
                error = worksheet_write_datetime(m_sheet, m_row, col, &excel, m_dateTime);
            }
            break;
        }
        }
        if (error != LXW_NO_ERROR)
            return failed(error);
    }
    return {};
}

Status XlsxExportWriter::commit()
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, m_row, lxw_col_t(m_columns.size() - 1));
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

} // namespace textwell
