#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace textwell {

// A write transaction that rolls back unless committed. It takes the write lock at once
// (BEGIN IMMEDIATE), so a transaction that reads before it writes cannot deadlock with another
// writer; the busy timeout then waits for the other writer instead of failing at the first write.
//
// Transactions nest: one opened while another is open on the same connection (in the same
// thread) is a savepoint, so a step that is whole on its own (an opt-out) can also be one part of
// a larger whole (storing the reply that asked for it).
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
    void leave();

    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0; // 0 for the outer transaction, else the savepoint's level
    QString m_error;
};

} // namespace textwell
