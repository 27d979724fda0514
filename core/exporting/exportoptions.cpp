#include "exportoptions.h"

namespace textwell {

ExportFormat ExportOptions::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                      : ExportFormat::Csv;
}

std::optional<ExportFormat> ExportOptions::formatFromCode(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (lower == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString ExportOptions::formatCode(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QString ExportOptions::suffix(ExportFormat format)
{
    return formatCode(format);
}

std::optional<QChar> ExportOptions::delimiterFromName(const QString& name)
{
    if (name == QLatin1String(",") || name == QLatin1String(";"))
        return name.at(0);
    if (name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || name == QLatin1String("\t"))
        return QLatin1Char('\t');
    return std::nullopt;
}

QString ExportOptions::delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

} // namespace textwell
