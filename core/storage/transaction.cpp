#include "transaction.h"

#include "sqlerror.h"

#include <QSqlQuery>

namespace textwell {

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    QSqlQuery begin(m_db);
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    m_active = begin.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!m_active)
        m_error = SqlError::describe(begin.lastError());
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return Status::failure(SqlError::describe(commit.lastError()));
    m_active = false;
    return {};
}

} // namespace textwell
