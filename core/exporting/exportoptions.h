#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace textwell {

enum class ExportFormat
{
    Csv,
    Xlsx,
};

// How an export is written. The delimiter and the byte order mark apply to CSV only.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QChar delimiter = QLatin1Char(',');
    // A UTF-8 byte order mark makes Excel read the file as UTF-8 (it guesses the ANSI code page
    // otherwise); other programs may show it glued to the first header, so it is a choice.
    bool byteOrderMark = false;

    // XLSX for a name ending in .xlsx, CSV for anything else.
    static ExportFormat formatForPath(const QString& path);
    // "csv", "xlsx"; nullopt for anything else.
    static std::optional<ExportFormat> formatFromCode(const QString& code);
    static QString formatCode(ExportFormat format);
    static QString suffix(ExportFormat format); // "csv", "xlsx"
    // ",", ";", "tab" (or a tab character); nullopt for anything else.
    static std::optional<QChar> delimiterFromName(const QString& name);
    static QString delimiterName(QChar delimiter); // ",", ";", "tab"
};

} // namespace textwell
