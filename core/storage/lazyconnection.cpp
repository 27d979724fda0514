#include "lazyconnection.h"

#include "connection.h"

namespace textwell {

LazyConnection::LazyConnection(QString path) : m_path(std::move(path)) {}

LazyConnection::~LazyConnection() = default;

Status LazyConnection::open()
{
    if (m_connection)
        return {};
    Result<std::unique_ptr<Connection>> opened = Connection::open(m_path, Connection::Mode::MustExist);
    if (!opened)
        return Status::failure(opened.error());
    m_connection = opened.takeValue();
    return {};
}

QSqlDatabase LazyConnection::database() const
{
    return m_connection ? m_connection->database() : QSqlDatabase();
}

} // namespace textwell
