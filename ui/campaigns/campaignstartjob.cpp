#include "campaignstartjob.h"

#include "campaigns/campaignstarter.h"
#include "campaigns/campaignstore.h"
#include "storage/connection.h"

#include <QThread>

using namespace textwell;

CampaignStartJob::CampaignStartJob(QString databasePath, qint64 campaignId, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_campaignId(campaignId)
{}

CampaignStartJob::~CampaignStartJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void CampaignStartJob::start()
{
    m_thread = QThread::create([this] {
        qint64 toSend = 0;
        QString error;
        {
            Result<std::unique_ptr<Connection>> connection = Connection::open(m_databasePath);
            if (!connection) {
                error = connection.error();
            } else {
                Result<qint64> started = CampaignStarter(connection.value()->database())
                                             .start(m_campaignId, [this](qint64 done, qint64 total) {
                                                 Q_EMIT progress(done, total);
                                                 return !m_cancelled.load();
                                             });
                if (started) {
                    toSend = started.value();
                } else {
                    error = started.error();
                    // The campaign stays a draft; it says why it did not start.
                    CampaignStore(connection.value()->database()).setLastError(m_campaignId, error);
                }
            }
        }
        Q_EMIT finished(toSend, error);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}
