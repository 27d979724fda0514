#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace textwell {

// The files a report is written as: data for a spreadsheet (CSV), a workbook with native charts
// (XLSX), or a document to print and send (PDF).
enum class ReportFormat
{
    Csv,
    Xlsx,
    Pdf,
};

class ReportFormats
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormats)

public:
    static QVector<ReportFormat> all();
    // "csv", "xlsx", "pdf": what the CLI's --format takes.
    static QString code(ReportFormat format);
    // The format's name in the app's language, for a menu or a file dialog.
    static QString label(ReportFormat format);
    // The file name suffix, without the dot; the same as the code.
    static QString suffix(ReportFormat format);
    // A code in any case, surrounding blanks ignored; nullopt for anything else.
    static std::optional<ReportFormat> fromCode(const QString& code);
    // The format a file name asks for by its suffix; nullopt for an unknown suffix.
    static std::optional<ReportFormat> fromPath(const QString& path);
};

} // namespace textwell
