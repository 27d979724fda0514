#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace textwell {

class Connection;

// A connection opened on first use, in the thread that uses it: for workers made in one thread
// and run in another (a QSqlDatabase belongs to the thread that opened it).
class LazyConnection
{
public:
    explicit LazyConnection(QString path);
    ~LazyConnection();
    LazyConnection(const LazyConnection&) = delete;
    LazyConnection& operator=(const LazyConnection&) = delete;

    // Opens the database unless it is open; the failure says why.
    Status open();
    // Valid after a successful open(), in the same thread.
    QSqlDatabase database() const;

private:
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

} // namespace textwell
