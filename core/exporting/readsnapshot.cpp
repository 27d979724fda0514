#include "readsnapshot.h"

namespace textwell {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db))
{
    // A deferred BEGIN: no lock until the first read, and never a write lock.
    m_active = m_db.transaction();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        m_db.rollback(); // nothing was written; this only ends the snapshot
}

} // namespace textwell
