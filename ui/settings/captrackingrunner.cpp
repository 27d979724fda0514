#include "captrackingrunner.h"

#include "compliance/frequencycaptracking.h"
#include "storage/businesssettings.h"
#include "storage/connection.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

using namespace textwell;

namespace {

// The background catch-up: at most one run works at a time (a newer one waits for the older,
// which stops after its current step), each with its own stop flag.
struct CapTrackingRuns
{
    std::mutex running;                       // held by the run that works
    std::shared_ptr<std::atomic_bool> latest; // the stop flag of the newest run
    QList<QThread*> threads;                  // started and not finished (GUI thread only)
    bool hooked = false;
};

CapTrackingRuns& capTrackingRuns()
{
    static CapTrackingRuns runs;
    return runs;
}

} // namespace

void CapTrackingRunner::start(const QString& databasePath)
{
    CapTrackingRuns& runs = capTrackingRuns();
    if (runs.latest)
        runs.latest->store(true);
    auto stop = std::make_shared<std::atomic_bool>(false);
    runs.latest = stop;
    if (!runs.hooked && QCoreApplication::instance()) {
        runs.hooked = true;
        // Quitting stops the run after its current step: the cursor is kept, the next start resumes.
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, [] {
            CapTrackingRuns& all = capTrackingRuns();
            if (all.latest)
                all.latest->store(true);
            for (QThread* thread : std::as_const(all.threads))
                thread->wait();
        });
    }
    QThread* thread = QThread::create([databasePath, stop] {
        const std::lock_guard<std::mutex> working(capTrackingRuns().running);
        if (stop->load())
            return;
        Result<std::unique_ptr<Connection>> connection = Connection::open(databasePath);
        if (!connection) {
            qWarning("cannot open the database to track the frequency cap: %s",
                     qPrintable(connection.error()));
            return;
        }
        const QSqlDatabase db = connection.value()->database();
        // The settings as they are now: a save after this call starts a newer run anyway.
        const int messages = BusinessSettings(db).frequencyCap().maxMessages();
        if (Status done = FrequencyCapTracking(db).catchUp(messages, stop.get()); !done)
            qWarning("cannot track the frequency cap: %s", qPrintable(done.error()));
    });
    runs.threads.append(thread);
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        capTrackingRuns().threads.removeAll(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}
