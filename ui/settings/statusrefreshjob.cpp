#include "statusrefreshjob.h"

#include "storage/businesssettings.h"
#include "storage/connection.h"
#include "widgets/messagebanner.h"

#include <QProgressDialog>
#include <QThread>

using namespace textwell;

StatusRefreshJob::StatusRefreshJob(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<StatusRefresh::Summary>();
}

StatusRefreshJob::~StatusRefreshJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

void StatusRefreshJob::start()
{
    m_thread = QThread::create([this] {
        Result<StatusRefresh::Summary> summary = Result<StatusRefresh::Summary>::failure(QString());
        {
            // One connection per thread, opened in it (STYLE.md 6).
            Result<std::unique_ptr<Connection>> connection = Connection::open(m_databasePath);
            if (connection) {
                const QSqlDatabase db = connection.value()->database();
                summary = StatusRefresh::run(
                    db, BusinessSettings(db).value(BusinessSettings::Key::DefaultCountry),
                    [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); }, &m_cancelled);
            } else {
                summary = Result<StatusRefresh::Summary>::failure(connection.error());
            }
        }
        Q_EMIT finished(summary ? summary.value() : StatusRefresh::Summary{},
                        summary ? QString() : summary.error());
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

StatusRefreshJob* StatusRefreshJob::startWithProgress(QWidget* parent, const QString& databasePath,
                                                      MessageBanner* banner)
{
    auto* progress = new QProgressDialog(tr("Updating who may be sent to…"), tr("Cancel"), 0, 1000, parent);
    progress->setObjectName(QStringLiteral("statusRefreshProgress"));
    progress->setWindowTitle(tr("Rules by country"));
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* job = new StatusRefreshJob(databasePath, progress);
    connect(progress, &QProgressDialog::canceled, job, &StatusRefreshJob::cancel);
    connect(job, &StatusRefreshJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setLabelText(
            tr("Updating who may be sent to… %L1 of %Ln people", nullptr, int(total)).arg(done));
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(job, &StatusRefreshJob::finished, banner,
            [progress, banner](const StatusRefresh::Summary& summary, const QString& error) {
                progress->close();
                if (!error.isEmpty()) {
                    banner->show(MessageBanner::Kind::Error, error);
                    return;
                }
                // Stopped half-way, the statuses are right for the people done; saving again finishes.
                const QString changed =
                    tr("%n person(s) may be sent to again", nullptr, int(summary.subscribed)) +
                    QStringLiteral("; ") +
                    tr("%n person(s) now await confirmation", nullptr, int(summary.awaiting));
                banner->show(
                    summary.cancelled ? MessageBanner::Kind::Warning : MessageBanner::Kind::Information,
                    summary.cancelled
                        ? tr("Updating the statuses was stopped (%1). Save the rules again to finish.")
                              .arg(changed)
                        : tr("Rules saved. %1.").arg(changed));
            });
    job->start();
    return job;
}
