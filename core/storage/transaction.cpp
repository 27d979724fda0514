#include "transaction.h"

#include "sqldialect.h"
#include "sqlerror.h"

#include <QHash>
#include <QSqlQuery>

namespace textwell {

namespace {

// Open transactions per connection. Connections belong to one thread, so the count does too.
int& openCount(const QSqlDatabase& db)
{
    thread_local QHash<QString, int> counts;
    return counts[db.connectionName()];
}

QString savepoint(int depth)
{
    return QStringLiteral("tw_%1").arg(depth);
}

} // namespace

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    int& open = openCount(m_db);
    m_depth = open;
    QSqlQuery begin(m_db);
    if (m_depth > 0) {
        m_active = begin.exec(QStringLiteral("SAVEPOINT ") + savepoint(m_depth));
    } else {
        m_active = begin.exec(SqlDialect(m_db).beginTransaction());
    }
    if (m_active)
        ++open;
    else
        m_error = SqlError::describe(begin.lastError());
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db);
    if (m_depth > 0) {
        rollback.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        rollback.exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    leave();
}

void Transaction::leave()
{
    m_active = false;
    --openCount(m_db);
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery commit(m_db);
    if (!commit.exec(m_depth > 0 ? QStringLiteral("RELEASE ") + savepoint(m_depth)
                                 : QStringLiteral("COMMIT")))
        return Status::failure(SqlError::describe(commit.lastError()));
    leave();
    return {};
}

} // namespace textwell
