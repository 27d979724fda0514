#include "reportformat.h"

#include <QFileInfo>

namespace textwell {

QVector<ReportFormat> ReportFormats::all()
{
    return {ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Pdf};
}

QString ReportFormats::code(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ReportFormats::label(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return tr("CSV (data for a spreadsheet)");
    case ReportFormat::Xlsx:
        return tr("Excel workbook with charts (XLSX)");
    case ReportFormat::Pdf:
        return tr("PDF document");
    }
    return {};
}

QString ReportFormats::suffix(ReportFormat format)
{
    return code(format);
}

std::optional<ReportFormat> ReportFormats::fromCode(const QString& code)
{
    const QString wanted = code.trimmed();
    for (ReportFormat format : all()) {
        if (wanted.compare(ReportFormats::code(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportFormats::fromPath(const QString& path)
{
    return fromCode(QFileInfo(path).suffix());
}

} // namespace textwell
