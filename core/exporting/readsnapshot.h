#pragma once

#include <QSqlDatabase>

namespace textwell {

// A read transaction for the length of an export: the count and every row (read in several
// statements) come from one state of the database, even while the app goes on writing (WAL).
// Without it a person edited mid-export could be written twice or left out.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false; // false when the caller already had a transaction open
};

} // namespace textwell
