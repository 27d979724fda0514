#include "fileexportgateway.h"

#include <QDir>
#include <QFileInfo>

namespace textwell {

FileExportGateway::FileExportGateway(QString path) : m_path(std::move(path)) {}

QString FileExportGateway::configProblem(const QString& path)
{
    if (path.trimmed().isEmpty())
        return tr("Choose the file the messages are exported to.");
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return tr("“%1” is a folder; choose a file name.").arg(path);
    return {};
}

QString FileExportGateway::csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

SendOutcome FileExportGateway::send(const OutgoingSms& sms)
{
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        QDir().mkpath(QFileInfo(m_path).absolutePath()); // a fresh machine may have no Documents yet
        const bool fresh = !m_file.exists() || m_file.size() == 0;
        // Numbers and messages are personal data: readable by the user only, from the first byte.
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly))
            return SendOutcome::failed(
                SendOutcome::Kind::Retry, QStringLiteral("file"),
                tr("Cannot write the export file “%1”: %2").arg(m_path, m_file.errorString()));
        m_file.setPermissions(ownerOnly);
        if (fresh)
            m_file.write("message_id,phone,text,parts,encoding\r\n");
    }
    const QString line = QStringList{QString::number(sms.messageId), sms.to, csvField(sms.body),
                                     QString::number(sms.parts), SmsEncoding::encodingName(sms.coding)}
                             .join(QLatin1Char(',')) +
                         QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        // Part of the line may be in the file: a person looks at it rather than a second line.
        return SendOutcome::failed(SendOutcome::Kind::Unknown, QStringLiteral("file"),
                                   tr("Writing to “%1” failed: %2").arg(m_path, m_file.errorString()));
    return SendOutcome::accepted();
}

} // namespace textwell
