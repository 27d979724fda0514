#include "demodatabasejob.h"

#include "demo/demodata.h"
#include "storage/connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

using namespace textwell;

DemoDatabaseJob::DemoDatabaseJob(QString path, qint64 people, QObject* parent)
    : QObject(parent), m_path(std::move(path)),
      // A name of its own: a job cancelled a moment ago may still be writing its file.
      m_temporaryPath(m_path + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8) +
                      QStringLiteral(".part")),
      m_people(people)
{
    connect(this, &DemoDatabaseJob::written, this, &DemoDatabaseJob::onWritten, Qt::QueuedConnection);
}

DemoDatabaseJob::~DemoDatabaseJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        removeTemporary();
    }
}

void DemoDatabaseJob::start()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_thread = QThread::create([this] {
        QString error;
        {
            // One connection per thread, opened in it (STYLE.md 6), and closed before the rename.
            Result<std::unique_ptr<Connection>> connection =
                Connection::open(m_temporaryPath, Connection::Mode::CreateIfMissing);
            if (!connection) {
                error = connection.error();
            } else {
                Result<DemoData::Summary> made =
                    DemoData::generate(connection.value()->database(), m_people, 20261123u,
                                       [this](qint64) { return !m_cancelled; });
                if (!made)
                    error = made.error();
            }
        }
        Q_EMIT written(error);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void DemoDatabaseJob::onWritten(const QString& error)
{
    m_thread->wait(); // it has nothing left to do but end
    m_thread = nullptr;
    if (m_cancelled || !error.isEmpty()) {
        removeTemporary();
        Q_EMIT finished(false, m_cancelled ? QString() : error);
        return;
    }
    // Another job may have finished first; its demo is as good as this one.
    if (!QFileInfo::exists(m_path) && !QFile::rename(m_temporaryPath, m_path)) {
        removeTemporary();
        Q_EMIT finished(
            false, tr("The demo database could not be put at “%1”.").arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    removeTemporary();
    Q_EMIT finished(true, QString());
}

void DemoDatabaseJob::removeTemporary()
{
    // SQLite's companions go too, should the connection not have taken them away.
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_temporaryPath + suffix);
}
