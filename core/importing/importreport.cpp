#include "importreport.h"

#include "exporting/csvformat.h"

#include <QSaveFile>

namespace textwell {

namespace {

// The report is the person's own data to fix and import again: written as it was, not guarded.
QByteArray csvLine(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        CsvFormat::appendField(line, fields.at(i), QLatin1Char(','));
    }
    return (line + QLatin1String(CsvFormat::LineEnd)).toUtf8();
}

} // namespace

Status ImportReport::save(const QString& path, const QStringList& header,
                          const QVector<ImportProblem>& problems)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");
    // Row and problem first: a row with more fields than the header keeps every one of them, and
    // an import of the fixed file ignores the two columns it does not know.
    file.write(csvLine(QStringList{tr("Row"), tr("Problem")} + header));
    for (const ImportProblem& p : problems)
        file.write(csvLine(QStringList{QString::number(p.row), p.reason} + p.fields));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace textwell
