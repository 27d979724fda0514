#include "databaselocation.h"

#include <QDir>
#include <QUrl>

namespace textwell {

namespace {

bool isPostgresUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

} // namespace

DatabaseLocation DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!isPostgresUrl(trimmed))
        return file(trimmed);
    const QUrl url(trimmed, QUrl::StrictMode);
    DatabaseLocation location =
        postgres(url.host(), url.port(DefaultPostgresPort), url.path().mid(1), url.userName());
    if (!url.isValid() || url.host().isEmpty())
        location.m_problem = tr("“%1” is not a server address. Write it as "
                                "postgresql://user@server:5432/database.")
                                 .arg(trimmed);
    else if (!url.password().isEmpty())
        location.m_problem = tr("The address of a shared database must not contain its password. "
                                "Enter the password when Textwell asks for it; it is kept in the "
                                "keychain.");
    return location;
}

DatabaseLocation DatabaseLocation::file(const QString& path)
{
    DatabaseLocation location;
    location.m_path = path;
    return location;
}

DatabaseLocation DatabaseLocation::postgres(const QString& host, int port, const QString& database,
                                            const QString& user)
{
    DatabaseLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    return location;
}

QString DatabaseLocation::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (m_kind == Kind::File)
        return m_path.isEmpty() ? tr("No database file is named.") : QString();
    if (m_host.isEmpty())
        return tr("Enter the address of the database server.");
    if (m_port <= 0 || m_port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (m_database.isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_user.isEmpty())
        return tr("Enter the user name Textwell signs in with.");
    return {};
}

QString DatabaseLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QString DatabaseLocation::displayName() const
{
    if (m_kind == Kind::File)
        return QDir::toNativeSeparators(m_path);
    return tr("“%1” on %2:%3").arg(m_database, m_host).arg(m_port);
}

} // namespace textwell
