#include "importreport.h"

#include <QSaveFile>

namespace textwell {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray csvLine(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(csvField(f));
    return (out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
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
