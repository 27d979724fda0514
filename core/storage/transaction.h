#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace textwell {

// A write transaction that rolls back unless committed. It takes the write lock at once
// (BEGIN IMMEDIATE), so a transaction that reads before it writes cannot deadlock with another
// writer; the busy timeout then waits for the other writer instead of failing at the first write.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; if not, error() says why.
    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace textwell
