// The address book on a big database, measured the way a user would feel it.
//
// bench_addressbook [--subscribers N] [--database PATH] [--keep]
//
// 1. Generates a database of N made-up people (default 1,000,000) with the real textwell-cli
//    (`demo --subscribers N --json`) and times it. --database PATH skips this and uses PATH;
//    --keep leaves the generated database in place.
// 2. Starts itself again as a fresh GUI process (offscreen platform) that opens the database,
//    constructs and shows the real MainWindow and then drives it: time to first rows, dragging the
//    scroll bar top to bottom, paging down, typing searches, sorting by column headers. A 1 ms
//    heartbeat timer on the GUI thread measures every stall of the event loop on the way, with the
//    thread's own CPU time in it (a stall with little CPU was the thread waiting for a core), and
//    every slow event handler is named with the widgets it painted.
// 3. Once more, startup only, after dropping the file from the page cache (a cold start).
// 4. Prints a report with each figure, its target and PASS or MISS. Misses are findings, not
//    errors: the exit code is non-zero only when the benchmark itself could not run.

#include "addressbook/addressbookpage.h"
#include "addressbook/subscribertablemodel.h"
#include "mainwindow.h"
#include "storage/connection.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#endif

using namespace textwell;

namespace {

constexpr double firstRowsTargetMs = 1000.0;
constexpr double stallTargetMs = 16.0;
constexpr double peakMemoryTargetMb = 250.0;
constexpr int waitTimeoutMs = 120000;

const QString resultPrefix = QStringLiteral("BENCH-RESULT ");

void printLine(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void note(const QString& line)
{
    std::fputs((QStringLiteral("[bench] ") + line + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// The machine and the process, from /proc (Linux only; -1 or empty elsewhere).

// A "Key:   123 kB" line of /proc/self/status, in MB.
double procStatusMb(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("n/a");
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return QStringLiteral("n/a");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("n/a");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

double totalRamGb()
{
    QFile file(QStringLiteral("/proc/meminfo"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("MemTotal:"))
            return line.mid(9).simplified().split(' ').value(0).toDouble() / 1024.0 / 1024.0;
    }
    return -1;
}

// The share of a file in the page cache (0..1), or -1 when unknown.
double residentFraction(const QString& path)
{
#ifdef Q_OS_LINUX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return -1;
    const auto size = static_cast<size_t>(file.size());
    void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED, file.handle(), 0);
    if (map == MAP_FAILED)
        return -1;
    const auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    std::vector<unsigned char> pages((size + page - 1) / page);
    double fraction = -1;
    if (mincore(map, size, pages.data()) == 0) {
        const auto resident =
            std::count_if(pages.begin(), pages.end(), [](unsigned char p) { return p & 1; });
        fraction = static_cast<double>(resident) / static_cast<double>(pages.size());
    }
    munmap(map, size);
    return fraction;
#else
    Q_UNUSED(path);
    return -1;
#endif
}

// Drops a file from the page cache (written back first), as after a reboot. Linux only.
bool evictFromPageCache(const QString& path)
{
#ifdef Q_OS_LINUX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const int fd = file.handle();
    return fdatasync(fd) == 0 && posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// ---------------------------------------------------------------------------------------------
// The heartbeat: a 1 ms precise timer on the GUI thread. The gap between two of its ticks is how
// long the event loop could not react to anything (input, paint): a stall.

// The calling thread's CPU time in ns (-1 where unknown): a stall with much less CPU than wall
// time was spent waiting (preempted by other threads or processes, or blocked).
qint64 threadCpuNs()
{
#ifdef Q_OS_LINUX
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
#endif
    return -1;
}

struct Stall
{
    QString scenario;
    QString phase;
    double ms = 0;
    double cpuMs = 0;
};

// One slow event handler: the outermost event the GUI thread was busy with.
struct SlowEvent
{
    QString scenario;
    QString phase;
    QString event; // "KeyPress to QTableView#subscriberTable"
    double ms = 0;
    double cpuMs = 0;
};
constexpr double slowEventMs = 4.0;

class Heartbeat
{
public:
    Heartbeat()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        m_timer.start();
        m_last = now();
        m_lastCpu = threadCpuNs();
    }

    qint64 now() const { return m_clock.nsecsElapsed(); }
    double msSince(qint64 start) const { return static_cast<double>(now() - start) / 1e6; }

    void begin(const QString& scenario)
    {
        m_scenario = scenario;
        m_phase.clear();
        m_gaps.clear();
        m_gapCpus.clear();
        m_inputMax = 0;
        m_recording = true;
        m_last = now();
        m_lastCpu = threadCpuNs();
    }
    void setPhase(const QString& phase) { m_phase = phase; }
    QString phase() const { return m_scenario + QStringLiteral(": ") + m_phase; }
    void end() { m_recording = false; }
    // Delivers a simulated input event, noting how long its synchronous handling took (the part of
    // a stall spent in event handlers, before the repaint).
    template<typename Deliver> void input(Deliver&& deliver)
    {
        const qint64 start = now();
        deliver();
        m_inputMax = std::max(m_inputMax, now() - start);
    }
    qsizetype mark() const { return static_cast<qsizetype>(m_gaps.size()); }

    // Max, p99 and how many stalls over the target among the gaps since mark.
    QJsonObject stats(qsizetype from = 0) const
    {
        std::vector<qint64> gaps(m_gaps.begin() + from, m_gaps.end());
        const qint64 maxCpu = m_gapCpus.size() > static_cast<size_t>(from)
                                  ? *std::max_element(m_gapCpus.begin() + from, m_gapCpus.end())
                                  : 0;
        QJsonObject o;
        o[QStringLiteral("samples")] = static_cast<qint64>(gaps.size());
        o[QStringLiteral("input_max_ms")] = static_cast<double>(m_inputMax) / 1e6;
        o[QStringLiteral("max_cpu_ms")] = static_cast<double>(maxCpu) / 1e6;
        if (gaps.empty()) {
            o[QStringLiteral("max_ms")] = 0.0;
            o[QStringLiteral("p99_ms")] = 0.0;
            return o;
        }
        std::sort(gaps.begin(), gaps.end());
        const auto ms = [](qint64 ns) { return static_cast<double>(ns) / 1e6; };
        const size_t p99 = static_cast<size_t>(std::ceil(0.99 * static_cast<double>(gaps.size()))) - 1;
        const size_t p50 = gaps.size() / 2;
        qint64 over = 0;
        qint64 frozen = 0;
        for (qint64 g : gaps) {
            if (ms(g) > stallTargetMs) {
                ++over;
                frozen += g;
            }
        }
        o[QStringLiteral("max_ms")] = ms(gaps.back());
        o[QStringLiteral("p99_ms")] = ms(gaps[p99]);
        o[QStringLiteral("p50_ms")] = ms(gaps[p50]);
        o[QStringLiteral("over_target")] = over;
        o[QStringLiteral("frozen_ms")] = ms(frozen);
        return o;
    }
    // The stalls over the target, in the order they happened.
    const QVector<Stall>& stalls() const { return m_stalls; }

    // An outermost event handler that took ns (from BenchApplication::notify).
    void noteEvent(const std::function<QString()>& describe, qint64 ns, qint64 cpuNs)
    {
        if (m_recording && static_cast<double>(ns) / 1e6 > slowEventMs)
            m_events.append({m_scenario, m_phase, describe(), static_cast<double>(ns) / 1e6,
                             static_cast<double>(cpuNs) / 1e6});
    }
    const QVector<SlowEvent>& slowEvents() const { return m_events; }

    // Called on every tick (a waiting loop's condition).
    void setProbe(std::function<void()> probe) { m_probe = std::move(probe); }

private:
    void tick()
    {
        const qint64 t = now();
        const qint64 cpu = threadCpuNs();
        const qint64 gap = t - m_last;
        const qint64 gapCpu = cpu - m_lastCpu;
        m_last = t;
        m_lastCpu = cpu;
        if (m_recording) {
            m_gaps.push_back(gap);
            m_gapCpus.push_back(gapCpu);
            const double ms = static_cast<double>(gap) / 1e6;
            if (ms > stallTargetMs)
                m_stalls.append({m_scenario, m_phase, ms, static_cast<double>(gapCpu) / 1e6});
        }
        if (m_probe)
            m_probe();
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    bool m_recording = false;
    QString m_scenario;
    QString m_phase;
    std::vector<qint64> m_gaps;
    std::vector<qint64> m_gapCpus; // the GUI thread's CPU time in each gap
    qint64 m_inputMax = 0;
    QVector<Stall> m_stalls;
    QVector<SlowEvent> m_events;
    std::function<void()> m_probe;
};

// Times every outermost event the GUI thread handles, so that a stall can be pinned on the event
// (and its receiver) that caused it: a key press, a repaint, a queued call from the loader.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    Heartbeat* heartbeat = nullptr;

    bool notify(QObject* receiver, QEvent* event) override
    {
        // Only the GUI thread's own events: the loader thread delivers through here too.
        if (!heartbeat || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0)
            return event->type() == QEvent::Paint && !m_inPaint ? timedPaint(receiver, event)
                                                                : QApplication::notify(receiver, event);
        const QMetaObject* type = receiver->metaObject();
        const QPointer<QObject> alive(receiver);
        const QEvent::Type eventType = event->type();
        m_paints.clear();
        const qint64 start = heartbeat->now();
        const qint64 startCpu = threadCpuNs();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 cpu = threadCpuNs() - startCpu;
        heartbeat->noteEvent(
            [&] {
                QString what =
                    QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(eventType)) +
                    QStringLiteral(" to ") + describe(type, alive);
                // Where a repaint went: the widgets that took longest to paint.
                std::sort(m_paints.begin(), m_paints.end(),
                          [](const Paint& x, const Paint& y) { return x.ns > y.ns; });
                QStringList parts;
                for (qsizetype i = 0; i < std::min<qsizetype>(m_paints.size(), 3); ++i) {
                    if (m_paints[i].ns >= 500000)
                        parts.append(QStringLiteral("%1 %2 ms")
                                         .arg(describe(m_paints[i].type, m_paints[i].widget))
                                         .arg(static_cast<double>(m_paints[i].ns) / 1e6, 0, 'f', 1));
                }
                if (!parts.isEmpty())
                    what +=
                        QStringLiteral(" (painting ") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
                return what;
            },
            heartbeat->now() - start, cpu);
        return result;
    }

private:
    struct Paint
    {
        const QMetaObject* type;
        QPointer<QObject> widget;
        qint64 ns;
    };

    bool timedPaint(QObject* receiver, QEvent* event)
    {
        const QMetaObject* type = receiver->metaObject();
        const QPointer<QObject> alive(receiver);
        const qint64 start = heartbeat->now();
        m_inPaint = true;
        const bool result = QApplication::notify(receiver, event);
        m_inPaint = false;
        m_paints.append({type, alive, heartbeat->now() - start});
        return result;
    }

    // "QTableView#subscriberTable"; a Qt-internal child by its parent: "QWidget in
    // QTableView#subscriberTable".
    static QString describe(const QMetaObject* type, const QPointer<QObject>& object)
    {
        QString text = QString::fromLatin1(type->className());
        if (!object)
            return text;
        const QString name = object->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            return text + QLatin1Char('#') + name;
        if (QObject* parent = object->parent()) {
            text += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
            if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(QLatin1String("qt_")))
                text += QLatin1Char('#') + parent->objectName();
        }
        return text;
    }

    int m_depth = 0;
    bool m_inPaint = false;
    QVector<Paint> m_paints;
};

// Watches the table's viewport for paint events (when rows reach the screen).
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(const Heartbeat& heartbeat) : m_heartbeat(heartbeat) {}
    qint64 lastPaint = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            lastPaint = m_heartbeat.now();
        return QObject::eventFilter(watched, event);
    }

private:
    const Heartbeat& m_heartbeat;
};

// ---------------------------------------------------------------------------------------------
// The GUI process.

class GuiBench
{
public:
    GuiBench(QString databasePath) : m_path(std::move(databasePath)), m_paint(m_heartbeat) {}
    Heartbeat* heartbeat() { return &m_heartbeat; }

    int run(bool startupOnly)
    {
        if (!startup())
            return 2;
        if (!startupOnly) {
            calibrate();
            scenarios();
        }
        m_result[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM");
        m_result[QStringLiteral("final_rss_mb")] = procStatusMb("VmRSS");
        QJsonArray stalls;
        for (const Stall& s : m_heartbeat.stalls())
            stalls.append(QJsonObject{{QStringLiteral("scenario"), s.scenario},
                                      {QStringLiteral("phase"), s.phase},
                                      {QStringLiteral("ms"), s.ms},
                                      {QStringLiteral("cpu_ms"), s.cpuMs}});
        m_result[QStringLiteral("stalls")] = stalls;
        QJsonArray events;
        for (const SlowEvent& e : m_heartbeat.slowEvents())
            events.append(QJsonObject{{QStringLiteral("scenario"), e.scenario},
                                      {QStringLiteral("phase"), e.phase},
                                      {QStringLiteral("event"), e.event},
                                      {QStringLiteral("ms"), e.ms},
                                      {QStringLiteral("cpu_ms"), e.cpuMs}});
        m_result[QStringLiteral("slow_events")] = events;
        m_result[QStringLiteral("count_deliveries")] = m_deliveries;
        printLine(resultPrefix + QString::fromUtf8(QJsonDocument(m_result).toJson(QJsonDocument::Compact)));
        m_window.reset();
        m_connection.reset();
        return 0;
    }

private:
    // Proves the heartbeat sees a stall: blocks the GUI thread for 30 ms from a timer.
    void calibrate()
    {
        const double blockMs = 30.0;
        m_heartbeat.begin(QStringLiteral("calibration"));
        QTimer::singleShot(20, Qt::PreciseTimer, [blockMs] {
            QElapsedTimer busy;
            busy.start();
            while (static_cast<double>(busy.nsecsElapsed()) / 1e6 < blockMs) {
            }
        });
        idle(150);
        m_heartbeat.end();
        QJsonObject o = m_heartbeat.stats();
        o[QStringLiteral("blocked_ms")] = blockMs;
        m_result[QStringLiteral("calibration")] = o;
    }

    void scenarios()
    {
        scrollDrag();
        pageDown();
        search();
        sortByHeaders();
    }

    // Runs the event loop for ms, as an application waiting for its user does.
    void idle(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }

    // Runs the event loop until done() holds (checked on every heartbeat tick); returns the
    // heartbeat time when it did, or -1 after timeoutMs.
    qint64 waitFor(const std::function<bool()>& done, int timeoutMs = waitTimeoutMs)
    {
        if (done())
            return m_heartbeat.now();
        QEventLoop loop;
        qint64 at = -1;
        m_heartbeat.setProbe([&] {
            if (at < 0 && done()) {
                at = m_heartbeat.now();
                loop.quit();
            }
        });
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
        m_heartbeat.setProbe({});
        return at;
    }

    double msBetween(qint64 from, qint64 to) const
    {
        return to < 0 ? -1.0 : static_cast<double>(to - from) / 1e6;
    }

    // Whether every row the viewport shows is in the model's memory (no "Loading…").
    bool visibleRowsLoaded() const
    {
        if (!m_model->isLoaded())
            return false;
        if (m_model->rowCount() == 0)
            return true;
        const int first = m_table->rowAt(0);
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (first < 0)
            return false;
        if (last < 0)
            last = m_model->rowCount() - 1;
        for (int row = first; row <= last; ++row) {
            if (!m_model->subscriberAt(row))
                return false;
        }
        return true;
    }

    void toTopAndSettle()
    {
        m_table->scrollToTop();
        waitFor([this] { return visibleRowsLoaded(); });
        idle(300);
    }

    bool startup()
    {
        QJsonObject o;
        const qint64 t0 = m_heartbeat.now();
        m_heartbeat.begin(QStringLiteral("startup"));
        m_heartbeat.setPhase(QStringLiteral("open, construct, show"));
        auto opened = Connection::open(m_path, Connection::Mode::MustExist);
        if (!opened) {
            note(QStringLiteral("cannot open the database: ") + opened.error());
            return false;
        }
        m_connection = opened.takeValue();
        const qint64 t1 = m_heartbeat.now();
        m_window = std::make_unique<MainWindow>(m_connection.get());
        const qint64 t2 = m_heartbeat.now();
        m_model = m_window->addressBook()->model();
        m_table = m_window->findChild<QTableView*>(QStringLiteral("subscriberTable"));
        m_search = m_window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        m_countLabel = m_window->findChild<QLabel*>(QStringLiteral("countLabel"));
        if (!m_table || !m_search || !m_model) {
            note(QStringLiteral("the main window has no subscriberTable or searchEdit"));
            return false;
        }
        // A new count reaches the GUI thread (SubscriberTableModel::onCountLoaded) in two parts, timed
        // here by the signals around them, these connections being the last ones made:
        // modelAboutToBeReset → modelReset: the old pages dropped, the new page stored and every
        // view reset; modelReset → totalChanged (here): AddressBookPage::onTotalChanged.
        QObject::connect(m_model, &QAbstractItemModel::modelAboutToBeReset, m_model, [this] {
            m_resetStart = m_heartbeat.now();
            m_resetStartCpu = threadCpuNs();
        });
        QObject::connect(m_model, &QAbstractItemModel::modelReset, m_model, [this] {
            m_resetEnd = m_heartbeat.now();
            m_resetEndCpu = threadCpuNs();
            m_maxResetMs = std::max(m_maxResetMs, static_cast<double>(m_resetEnd - m_resetStart) / 1e6);
        });
        QObject::connect(m_model, &SubscriberTableModel::totalChanged, m_model, [this](qint64 total) {
            m_totals += 1;
            m_lastTotal = total;
            m_lastTotalAt = m_heartbeat.now();
            QJsonObject d{{QStringLiteral("phase"), m_heartbeat.phase()}, {QStringLiteral("total"), total}};
            if (m_resetEnd >= 0) {
                d[QStringLiteral("reset_ms")] = static_cast<double>(m_resetEnd - m_resetStart) / 1e6;
                d[QStringLiteral("reset_cpu_ms")] =
                    static_cast<double>(m_resetEndCpu - m_resetStartCpu) / 1e6;
                d[QStringLiteral("handlers_cpu_ms")] =
                    static_cast<double>(threadCpuNs() - m_resetEndCpu) / 1e6;
            }
            m_deliveries.append(d);
            m_resetEnd = -1;
        });
        QObject::connect(m_model, &SubscriberTableModel::loadFailed, m_model,
                         [](const QString& message) { note(QStringLiteral("load failed: ") + message); });
        m_table->viewport()->installEventFilter(&m_paint);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->activateWindow();
        const qint64 t3 = m_heartbeat.now();

        const qint64 firstRows =
            waitFor([this] { return m_model->rowCount() > 0 && m_model->subscriberAt(0); });
        const qint64 painted = waitFor([this, firstRows] { return m_paint.lastPaint > firstRows; }, 5000);
        m_heartbeat.end();

        o[QStringLiteral("open_ms")] = msBetween(t0, t1);
        o[QStringLiteral("construct_ms")] = msBetween(t1, t2);
        o[QStringLiteral("show_ms")] = msBetween(t2, t3);
        o[QStringLiteral("first_total_ms")] = m_totals > 0 ? msBetween(t1, m_lastTotalAt) : -1.0;
        o[QStringLiteral("first_rows_ms")] = msBetween(t1, firstRows);
        o[QStringLiteral("first_rows_with_open_ms")] = msBetween(t0, firstRows);
        o[QStringLiteral("first_paint_ms")] = firstRows < 0 ? -1.0 : msBetween(t1, painted);
        o[QStringLiteral("total")] = m_lastTotal;
        o[QStringLiteral("count_label")] = m_countLabel ? m_countLabel->text() : QString();
        o[QStringLiteral("stalls")] = m_heartbeat.stats();
        o[QStringLiteral("peak_memory_mb")] = procStatusMb("VmHWM");
        o[QStringLiteral("rss_mb")] = procStatusMb("VmRSS");
        QSqlQuery version(m_connection->database());
        if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
            m_result[QStringLiteral("sqlite")] = version.value(0).toString();
        m_result[QStringLiteral("qt")] = QString::fromLatin1(qVersion());
        m_result[QStringLiteral("platform")] = QGuiApplication::platformName();
        m_result[QStringLiteral("startup")] = o;
        note(QStringLiteral("first rows after %1 ms (%2 people)")
                 .arg(o[QStringLiteral("first_rows_ms")].toDouble(), 0, 'f', 1)
                 .arg(m_lastTotal));
        if (firstRows < 0) {
            note(QStringLiteral("the first rows never arrived"));
            return false;
        }
        waitFor([this] { return m_window->isActiveWindow(); }, 2000);
        idle(500);
        return true;
    }

    // Dragging the scroll bar from the top to the bottom in steps, ~16 ms apart.
    void scrollDrag()
    {
        const int steps = 400;
        toTopAndSettle();
        QScrollBar* bar = m_table->verticalScrollBar();
        const qint64 maximum = bar->maximum();
        note(QStringLiteral("scroll: dragging the scroll bar over %1 rows in %2 steps")
                 .arg(maximum)
                 .arg(steps));
        m_heartbeat.begin(QStringLiteral("scroll drag"));
        const qint64 start = m_heartbeat.now();
        int placeholders = 0;
        bar->setSliderDown(true);
        for (int i = 1; i <= steps; ++i) {
            m_heartbeat.setPhase(QStringLiteral("step %1/%2").arg(i).arg(steps));
            m_heartbeat.input([&] { bar->setSliderPosition(static_cast<int>(maximum * i / steps)); });
            idle(16);
            if (!visibleRowsLoaded())
                ++placeholders;
        }
        bar->setSliderDown(false);
        const qint64 last = m_heartbeat.now();
        m_heartbeat.setPhase(QStringLiteral("after the last step"));
        const qint64 loaded = waitFor([this] { return visibleRowsLoaded(); });
        m_heartbeat.end();
        QJsonObject o = m_heartbeat.stats();
        o[QStringLiteral("steps")] = steps;
        o[QStringLiteral("drag_ms")] = msBetween(start, last);
        o[QStringLiteral("loaded_after_last_ms")] = msBetween(last, loaded);
        o[QStringLiteral("steps_with_placeholders")] = placeholders;
        o[QStringLiteral("at_bottom")] = bar->value() == bar->maximum();
        o[QStringLiteral("last_row_shown")] = m_table->rowAt(m_table->viewport()->height() - 1);
        m_result[QStringLiteral("scroll_drag")] = o;
        note(QStringLiteral("scroll: longest stall %1 ms")
                 .arg(o[QStringLiteral("max_ms")].toDouble(), 0, 'f', 1));
    }

    // Page Down from the top, as a held key repeats (~30 ms apart).
    void pageDown()
    {
        const int presses = 300;
        toTopAndSettle();
        m_table->setFocus();
        m_table->setCurrentIndex(m_model->index(0, 0));
        idle(300);
        note(QStringLiteral("scroll: %1 × Page Down").arg(presses));
        m_heartbeat.begin(QStringLiteral("page down"));
        const qint64 start = m_heartbeat.now();
        int placeholders = 0;
        for (int i = 1; i <= presses; ++i) {
            m_heartbeat.setPhase(QStringLiteral("press %1/%2").arg(i).arg(presses));
            m_heartbeat.input([this] { QTest::keyClick(m_table, Qt::Key_PageDown); });
            idle(30);
            if (!visibleRowsLoaded())
                ++placeholders;
        }
        const qint64 last = m_heartbeat.now();
        m_heartbeat.setPhase(QStringLiteral("after the last press"));
        const qint64 loaded = waitFor([this] { return visibleRowsLoaded(); });
        m_heartbeat.end();
        QJsonObject o = m_heartbeat.stats();
        o[QStringLiteral("presses")] = presses;
        o[QStringLiteral("duration_ms")] = msBetween(start, last);
        o[QStringLiteral("loaded_after_last_ms")] = msBetween(last, loaded);
        o[QStringLiteral("presses_with_placeholders")] = placeholders;
        o[QStringLiteral("current_row")] = m_table->currentIndex().row();
        m_result[QStringLiteral("page_down")] = o;
        note(QStringLiteral("page down: longest stall %1 ms")
                 .arg(o[QStringLiteral("max_ms")].toDouble(), 0, 'f', 1));
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }

    void typeText(const QString& text, int betweenKeysMs)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const auto key =
                static_cast<Qt::Key>(c.isSpace() ? int(Qt::Key_Space) : int(c.toUpper().unicode()));
            m_heartbeat.input(
                [&] { QTest::sendKeyEvent(QTest::Click, m_search, key, QString(c), Qt::NoModifier); });
            if (i + 1 < text.size())
                idle(betweenKeysMs);
        }
    }

    // Waits for the count of the filter with this search text; returns {count shown, rows shown}.
    QJsonObject waitForSearch(const QString& text, int totalsBefore, qint64 lastKey)
    {
        qint64 applied = -1;
        const qint64 counted = waitFor([&] {
            if (applied < 0 && m_model->filter().search == text)
                applied = m_heartbeat.now();
            return m_totals > totalsBefore && m_model->filter().search == text;
        });
        const qint64 shown = counted < 0 ? -1 : m_lastTotalAt;
        const qint64 rows = counted < 0 ? -1 : waitFor([this] { return visibleRowsLoaded(); });
        return QJsonObject{{QStringLiteral("filter_applied_ms"), msBetween(lastKey, applied)},
                           {QStringLiteral("count_shown_ms"), msBetween(lastKey, shown)},
                           {QStringLiteral("rows_shown_ms"), msBetween(lastKey, rows)},
                           {QStringLiteral("count"), counted < 0 ? -1 : m_lastTotal}};
    }

    // Typing searches at ~80 ms a key, each followed by clearing the field.
    void search()
    {
        const QStringList texts = {QStringLiteral("Иванова"), QStringLiteral("916 12"),
                                   QStringLiteral("Müller"), QStringLiteral("smith")};
        toTopAndSettle();
        m_search->setFocus();
        idle(200);
        m_heartbeat.begin(QStringLiteral("search"));
        QJsonArray queries;
        for (const QString& text : texts) {
            note(QStringLiteral("search: typing “%1”").arg(text));
            QJsonObject q;
            q[QStringLiteral("text")] = text;
            qsizetype mark = m_heartbeat.mark();
            m_heartbeat.setPhase(QStringLiteral("typing “%1”").arg(text));
            int totals = m_totals;
            typeText(text, 80);
            qint64 lastKey = m_heartbeat.now();
            m_heartbeat.setPhase(QStringLiteral("results of “%1”").arg(text));
            const QJsonObject found = waitForSearch(text, totals, lastKey);
            for (auto it = found.begin(); it != found.end(); ++it)
                q[it.key()] = it.value();
            idle(500);
            q[QStringLiteral("stalls")] = m_heartbeat.stats(mark);

            // Clearing: select all and delete, back to everyone.
            mark = m_heartbeat.mark();
            m_heartbeat.setPhase(QStringLiteral("clearing “%1”").arg(text));
            totals = m_totals;
            m_heartbeat.input([this] { QTest::keyClick(m_search, Qt::Key_A, Qt::ControlModifier); });
            idle(80);
            m_heartbeat.input([this] { QTest::keyClick(m_search, Qt::Key_Backspace); });
            lastKey = m_heartbeat.now();
            m_heartbeat.setPhase(QStringLiteral("everyone again after “%1”").arg(text));
            const QJsonObject cleared = waitForSearch(QString(), totals, lastKey);
            idle(300);
            q[QStringLiteral("clear")] = cleared;
            q[QStringLiteral("clear_stalls")] = m_heartbeat.stats(mark);
            queries.append(q);
            note(QStringLiteral("search: “%1”: %2 found, count after %3 ms")
                     .arg(text)
                     .arg(found[QStringLiteral("count")].toInteger())
                     .arg(found[QStringLiteral("count_shown_ms")].toDouble(), 0, 'f', 0));
        }
        m_heartbeat.end();
        QJsonObject o = m_heartbeat.stats();
        o[QStringLiteral("queries")] = queries;
        m_result[QStringLiteral("search")] = o;
    }

    // Clicking the column headers, as a user sorting the table.
    void sortByHeaders()
    {
        struct Click
        {
            int column;
            QString name;
        };
        const QVector<Click> clicks = {{SubscriberTableModel::NameColumn, QStringLiteral("name")},
                                       {SubscriberTableModel::PhoneColumn, QStringLiteral("number")},
                                       {SubscriberTableModel::CityColumn, QStringLiteral("city")},
                                       {SubscriberTableModel::StatusColumn, QStringLiteral("status")},
                                       {SubscriberTableModel::NameColumn, QStringLiteral("name")}};
        toTopAndSettle();
        QHeaderView* header = m_table->horizontalHeader();
        m_heartbeat.begin(QStringLiteral("sort"));
        QJsonArray results;
        for (const Click& click : clicks) {
            const QPoint at(header->sectionViewportPosition(click.column) +
                                header->sectionSize(click.column) / 2,
                            header->height() / 2);
            const qsizetype mark = m_heartbeat.mark();
            const int totals = m_totals;
            m_heartbeat.setPhase(QStringLiteral("sort by %1").arg(click.name));
            const qint64 start = m_heartbeat.now();
            m_heartbeat.input(
                [&] { QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at); });
            const QString order = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                                     : QStringLiteral("desc");
            m_heartbeat.setPhase(QStringLiteral("sorted by %1 %2").arg(click.name, order));
            const qint64 counted = waitFor([&] { return m_totals > totals; });
            const qint64 rows = counted < 0 ? -1 : waitFor([this] { return visibleRowsLoaded(); });
            idle(300);
            QJsonObject r{{QStringLiteral("column"), click.name},
                          {QStringLiteral("order"), order},
                          {QStringLiteral("sort_column"), header->sortIndicatorSection()},
                          {QStringLiteral("first_rows_ms"), msBetween(start, rows)},
                          {QStringLiteral("stalls"), m_heartbeat.stats(mark)}};
            results.append(r);
            note(QStringLiteral("sort by %1 %2: first rows after %3 ms")
                     .arg(click.name, order)
                     .arg(msBetween(start, rows), 0, 'f', 0));
        }
        m_heartbeat.end();
        QJsonObject o = m_heartbeat.stats();
        o[QStringLiteral("clicks")] = results;
        o[QStringLiteral("max_reset_ms")] = m_maxResetMs;
        m_result[QStringLiteral("sort")] = o;
        m_result[QStringLiteral("max_model_reset_ms")] = m_maxResetMs;
    }

    QString m_path;
    Heartbeat m_heartbeat;
    PaintWatcher m_paint;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<MainWindow> m_window;
    SubscriberTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_countLabel = nullptr;
    int m_totals = 0;
    qint64 m_lastTotal = -1;
    qint64 m_lastTotalAt = -1;
    qint64 m_resetStart = 0;
    qint64 m_resetStartCpu = 0;
    qint64 m_resetEnd = -1;
    qint64 m_resetEndCpu = 0;
    double m_maxResetMs = 0;
    QJsonArray m_deliveries;
    QJsonObject m_result;
};

// The offscreen platform warns on every layout change of a shown window; that is noise here.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")) ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fputs((qFormatLogMessage(type, context, message) + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

int runGui(int argc, char* argv[], const QString& databasePath, bool startupOnly)
{
    qInstallMessageHandler(quietMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Textwell"));
    QApplication::setApplicationName(QStringLiteral("Textwell"));
    Translations::install(QStringLiteral("en")); // as the app does; English for a reproducible report
    GuiBench bench(databasePath);
    app.heartbeat = bench.heartbeat();
    const int code = bench.run(startupOnly);
    app.heartbeat = nullptr;
    return code;
}

// ---------------------------------------------------------------------------------------------
// The report.

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString ms(double value)
{
    if (value < 0)
        return QStringLiteral("never");
    return value >= 100 ? QStringLiteral("%1 ms").arg(value, 0, 'f', 0)
                        : QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

QString mb(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 MB").arg(value, 0, 'f', 1);
}

struct Verdict
{
    QString name;
    QString value;
    QString target;
    bool pass;
};

class Report
{
public:
    void heading(const QString& title)
    {
        printLine(QString());
        printLine(title);
    }
    void info(const QString& name, const QString& value, const QString& extra = QString())
    {
        printLine(QStringLiteral("  %1 %2%3")
                      .arg(name.leftJustified(56, QLatin1Char(' ')),
                           value.rightJustified(12, QLatin1Char(' ')),
                           extra.isEmpty() ? QString() : QStringLiteral("   ") + extra));
    }
    // A figure with a target; value < 0 means it never happened (a miss).
    void check(const QString& name, double value, double target, const QString& shown, const QString& unit)
    {
        const bool pass = value >= 0 && value < target;
        const QString targetText = QStringLiteral("< %1 %2").arg(target, 0, 'f', 0).arg(unit);
        printLine(QStringLiteral("  %1 %2   target %3 %4")
                      .arg(name.leftJustified(56, QLatin1Char(' ')),
                           shown.rightJustified(12, QLatin1Char(' ')),
                           targetText.leftJustified(10, QLatin1Char(' ')),
                           pass ? QStringLiteral("PASS") : QStringLiteral("MISS")));
        m_verdicts.append({name, shown, targetText, pass});
    }
    void stalls(const QString& what, const QJsonObject& s)
    {
        check(QStringLiteral("%1: longest UI stall").arg(what), s[QStringLiteral("max_ms")].toDouble(),
              stallTargetMs, ms(s[QStringLiteral("max_ms")].toDouble()), QStringLiteral("ms"));
        info(QStringLiteral("%1: 99th percentile of heartbeat gaps").arg(what),
             ms(s[QStringLiteral("p99_ms")].toDouble()),
             QStringLiteral("%1 ticks, %2 stalls over %3 ms, %4 frozen in them")
                 .arg(number(s[QStringLiteral("samples")].toInteger()))
                 .arg(s[QStringLiteral("over_target")].toInteger())
                 .arg(stallTargetMs, 0, 'f', 0)
                 .arg(ms(s[QStringLiteral("frozen_ms")].toDouble())));
        info(QStringLiteral("%1: most CPU the GUI thread used in one gap").arg(what),
             ms(s[QStringLiteral("max_cpu_ms")].toDouble()),
             QStringLiteral("(the stall without waiting for a CPU)"));
        info(QStringLiteral("%1: longest input event handling").arg(what),
             ms(s[QStringLiteral("input_max_ms")].toDouble()),
             QStringLiteral("(synchronous part of a stall, before the repaint)"));
    }
    void summary()
    {
        heading(QStringLiteral("Summary"));
        int misses = 0;
        for (const Verdict& v : m_verdicts) {
            printLine(QStringLiteral("  %1 %2 %3 %4")
                          .arg(v.pass ? QStringLiteral("PASS") : QStringLiteral("MISS"),
                               v.name.leftJustified(56, QLatin1Char(' ')),
                               v.value.rightJustified(12, QLatin1Char(' ')), v.target));
            misses += v.pass ? 0 : 1;
        }
        printLine(
            QStringLiteral("  %1 of %2 targets met.").arg(m_verdicts.size() - misses).arg(m_verdicts.size()));
    }

private:
    QVector<Verdict> m_verdicts;
};

struct Options
{
    qint64 subscribers = 1000000;
    QString database;
    bool keep = false;
};

int usage(const QString& message)
{
    std::fputs((QStringLiteral("bench_addressbook: ") + message +
                QStringLiteral("\nUsage: bench_addressbook [--subscribers N] [--database PATH] [--keep]\n"))
                   .toUtf8()
                   .constData(),
               stderr);
    return 2;
}

// Runs bench_addressbook --gui-child in a fresh process; its result, or empty on failure.
QJsonObject runGuiProcess(const QString& path, bool startupOnly, const QProcessEnvironment& environment)
{
    QProcess gui;
    gui.setProgram(QCoreApplication::applicationFilePath());
    QStringList args = {QStringLiteral("--gui-child"), path};
    if (startupOnly)
        args.append(QStringLiteral("--startup-only"));
    gui.setArguments(args);
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gui.start();
    if (!gui.waitForStarted(30000)) {
        note(QStringLiteral("cannot start the GUI process: ") + gui.errorString());
        return {};
    }
    gui.waitForFinished(-1);
    QJsonObject r;
    for (const QByteArray& line : gui.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(resultPrefix))
            r = QJsonDocument::fromJson(text.mid(resultPrefix.size()).toUtf8()).object();
    }
    if (gui.exitStatus() != QProcess::NormalExit || gui.exitCode() != 0) {
        note(QStringLiteral("the GUI process failed (exit code %1)").arg(gui.exitCode()));
        return {};
    }
    return r;
}

int runBenchmark(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--subscribers") && i + 1 < args.size()) {
            bool ok = false;
            options.subscribers = args.at(++i).toLongLong(&ok);
            if (!ok || options.subscribers < 1)
                return usage(QStringLiteral("--subscribers needs a positive number."));
        } else if (arg == QLatin1String("--database") && i + 1 < args.size()) {
            options.database = args.at(++i);
        } else if (arg == QLatin1String("--keep")) {
            options.keep = true;
        } else {
            return usage(QStringLiteral("unknown argument “%1”.").arg(arg));
        }
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return usage(QStringLiteral("cannot create a temporary folder: ") + dir.errorString());
    dir.setAutoRemove(!options.keep);
    // The children keep their settings (window geometry) out of the user's.
    QProcessEnvironment childEnvironment = QProcessEnvironment::systemEnvironment();
    childEnvironment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    childEnvironment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QElapsedTimer wall = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();

    const QString loadAtStart = loadAverage();

    // 1. The database, made by the real command-line tool.
    QJsonObject demo;
    double demoMs = -1;
    double cliPeakMb = -1;
    QString path = options.database;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.sqlite"));
        note(QStringLiteral("generating %1 people with textwell-cli demo into %2 …")
                 .arg(number(options.subscribers), path));
        // The CLI's peak memory comes from GNU time when it is there (the CLI itself is not changed).
        const QString gnuTime = QStringLiteral("/usr/bin/time");
        const bool timed = QFileInfo(gnuTime).isExecutable();
        const QString timeOutput = dir.filePath(QStringLiteral("cli-time.txt"));
        const QStringList cliArgs = {QStringLiteral("--database"),
                                     path,
                                     QStringLiteral("demo"),
                                     QStringLiteral("--subscribers"),
                                     QString::number(options.subscribers),
                                     QStringLiteral("--json")};
        QProcess cli;
        if (timed) {
            cli.setProgram(gnuTime);
            cli.setArguments(QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                                         timeOutput, QStringLiteral(TEXTWELL_CLI)} +
                             cliArgs);
        } else {
            cli.setProgram(QStringLiteral(TEXTWELL_CLI));
            cli.setArguments(cliArgs);
        }
        cli.setProcessEnvironment(childEnvironment);
        QElapsedTimer timer;
        timer.start();
        cli.start();
        if (!cli.waitForStarted(30000))
            return usage(QStringLiteral("cannot start %1: %2").arg(cli.program(), cli.errorString()));
        cli.waitForFinished(-1);
        demoMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            std::fputs(cli.readAllStandardError().constData(), stderr);
            return usage(QStringLiteral("textwell-cli demo failed (exit code %1).").arg(cli.exitCode()));
        }
        if (timed) {
            QFile file(timeOutput);
            if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                bool ok = false;
                const double kb = file.readAll().trimmed().split('\n').constLast().toDouble(&ok);
                cliPeakMb = ok ? kb / 1024.0 : -1;
            }
        }
        demo = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        note(QStringLiteral("generated in %1 s").arg(demoMs / 1000.0, 0, 'f', 1));
    } else if (!QFileInfo::exists(path)) {
        return usage(QStringLiteral("no database at %1.").arg(path));
    }
    const qint64 databaseBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    // 2. The GUI, in a fresh process, on the page cache as the CLI left it (warm).
    const QString loadBeforeGui = loadAverage();
    note(QStringLiteral("starting the GUI benchmark in a fresh process …"));
    const QJsonObject r = runGuiProcess(path, false, childEnvironment);
    if (r.isEmpty())
        return usage(QStringLiteral("the GUI benchmark failed."));

    // 2b. Startup again, in another fresh process, after dropping the file from the page cache.
    const double residentBefore = residentFraction(path);
    const bool evicted = evictFromPageCache(path);
    const double residentAfter = residentFraction(path);
    QJsonObject cold;
    if (evicted) {
        note(QStringLiteral("cold start: %1% of the file in the page cache (was %2%) …")
                 .arg(residentAfter * 100, 0, 'f', 1)
                 .arg(residentBefore * 100, 0, 'f', 1));
        cold = runGuiProcess(path, true, childEnvironment);
        if (cold.isEmpty())
            return usage(QStringLiteral("the cold start failed."));
    }

    // 3. The report.
    Report report;
    printLine(QString());
    printLine(QStringLiteral("Textwell address book benchmark"));
    printLine(QStringLiteral("==============================="));
    printLine(QStringLiteral("Machine:     %1 CPUs (nproc), %2, %3 GB RAM")
                  .arg(QThread::idealThreadCount())
                  .arg(cpuModel())
                  .arg(totalRamGb(), 0, 'f', 1));
    printLine(QStringLiteral(
                  "Load:        1/5/15-minute load average %1 at the start, %2 before the GUI, %3 at the end")
                  .arg(loadAtStart, loadBeforeGui, loadAverage()));
    printLine(QStringLiteral("Software:    Qt %1, SQLite %2, platform %3, Release build")
                  .arg(r[QStringLiteral("qt")].toString(), r[QStringLiteral("sqlite")].toString(),
                       r[QStringLiteral("platform")].toString()));
    const QJsonObject startup = r[QStringLiteral("startup")].toObject();
    const qint64 total = startup[QStringLiteral("total")].toInteger();
    printLine(QStringLiteral("Subscribers: %1 (asked for %2); database %3 MB at %4")
                  .arg(number(total),
                       options.database.isEmpty() ? number(options.subscribers) : QStringLiteral("-"))
                  .arg(static_cast<double>(databaseBytes) / 1024.0 / 1024.0, 0, 'f', 0)
                  .arg(QDir::toNativeSeparators(path)));
    printLine(QStringLiteral(
        "Stalls are gaps between ticks of a 1 ms timer on the GUI thread, in wall time: they include "
        "any time the thread waited for a CPU. The page cache is warm (the file was just written) "
        "except in the cold start."));

    report.heading(QStringLiteral("Generation: textwell-cli demo --subscribers N --json"));
    if (demoMs < 0) {
        report.info(QStringLiteral("wall time"), QStringLiteral("skipped"),
                    QStringLiteral("(--database given)"));
    } else {
        const double seconds = demoMs / 1000.0;
        report.info(QStringLiteral("wall time (process start to exit)"),
                    QStringLiteral("%1 s").arg(seconds, 0, 'f', 1),
                    QStringLiteral("%1 people/s")
                        .arg(number(std::llround(static_cast<double>(options.subscribers) / seconds))));
        report.info(QStringLiteral("the CLI's own timer (\"seconds\")"),
                    QStringLiteral("%1 s").arg(demo[QStringLiteral("seconds")].toDouble(), 0, 'f', 1));
        report.info(QStringLiteral("unsubscribed / excluded / without consent"),
                    QStringLiteral("%1 / %2 / %3")
                        .arg(number(demo[QStringLiteral("unsubscribed")].toInteger()),
                             number(demo[QStringLiteral("excluded")].toInteger()),
                             number(demo[QStringLiteral("without_consent")].toInteger())));
        report.info(QStringLiteral("the CLI's peak memory (max RSS)"), mb(cliPeakMb));
    }

    report.heading(QStringLiteral("Startup: Connection::open, MainWindow, show (1280×800)"));
    report.info(QStringLiteral("Connection::open"), ms(startup[QStringLiteral("open_ms")].toDouble()));
    report.info(QStringLiteral("MainWindow constructor"),
                ms(startup[QStringLiteral("construct_ms")].toDouble()));
    report.info(QStringLiteral("resize + show"), ms(startup[QStringLiteral("show_ms")].toDouble()));
    report.info(QStringLiteral("total known (totalChanged), from construction"),
                ms(startup[QStringLiteral("first_total_ms")].toDouble()));
    report.check(QStringLiteral("time to first rows, from construction"),
                 startup[QStringLiteral("first_rows_ms")].toDouble(), firstRowsTargetMs,
                 ms(startup[QStringLiteral("first_rows_ms")].toDouble()), QStringLiteral("ms"));
    report.info(QStringLiteral("time to first rows, including Connection::open"),
                ms(startup[QStringLiteral("first_rows_with_open_ms")].toDouble()));
    report.info(QStringLiteral("first paint with rows, from construction"),
                ms(startup[QStringLiteral("first_paint_ms")].toDouble()));
    report.info(QStringLiteral("longest stall during startup (incl. constructor)"),
                ms(startup[QStringLiteral("stalls")].toObject()[QStringLiteral("max_ms")].toDouble()));
    report.info(QStringLiteral("count label"), startup[QStringLiteral("count_label")].toString());
    const QJsonObject calibration = r[QStringLiteral("calibration")].toObject();
    report.info(
        QStringLiteral("heartbeat check: a 30 ms block measured as"),
        ms(calibration[QStringLiteral("max_ms")].toDouble()),
        QStringLiteral("(idle gaps: median %1)").arg(ms(calibration[QStringLiteral("p50_ms")].toDouble())));

    report.heading(QStringLiteral(
        "Cold start: the same, in a fresh process after dropping the file from the page cache"));
    if (cold.isEmpty()) {
        report.info(QStringLiteral("cold start"), QStringLiteral("n/a"),
                    QStringLiteral("(cannot drop the page cache here)"));
    } else {
        const QJsonObject c = cold[QStringLiteral("startup")].toObject();
        report.info(QStringLiteral("file in the page cache before / after dropping"),
                    QStringLiteral("%1% / %2%")
                        .arg(residentBefore * 100, 0, 'f', 0)
                        .arg(residentAfter * 100, 0, 'f', 1));
        report.info(QStringLiteral("Connection::open"), ms(c[QStringLiteral("open_ms")].toDouble()));
        report.info(QStringLiteral("MainWindow constructor"),
                    ms(c[QStringLiteral("construct_ms")].toDouble()));
        report.check(QStringLiteral("cold: time to first rows, from construction"),
                     c[QStringLiteral("first_rows_ms")].toDouble(), firstRowsTargetMs,
                     ms(c[QStringLiteral("first_rows_ms")].toDouble()), QStringLiteral("ms"));
        report.info(QStringLiteral("cold: time to first rows, including Connection::open"),
                    ms(c[QStringLiteral("first_rows_with_open_ms")].toDouble()));
        report.info(QStringLiteral("cold: longest stall during startup (incl. constructor)"),
                    ms(c[QStringLiteral("stalls")].toObject()[QStringLiteral("max_ms")].toDouble()));
    }

    const QJsonObject drag = r[QStringLiteral("scroll_drag")].toObject();
    report.heading(QStringLiteral("Scrolling: dragging the scroll bar top to bottom, %1 steps ~16 ms apart")
                       .arg(drag[QStringLiteral("steps")].toInt()));
    report.stalls(QStringLiteral("drag"), drag);
    report.info(QStringLiteral("visible rows loaded after the last step"),
                ms(drag[QStringLiteral("loaded_after_last_ms")].toDouble()),
                drag[QStringLiteral("at_bottom")].toBool()
                    ? QStringLiteral("(at the bottom, last row %1)")
                          .arg(number(drag[QStringLiteral("last_row_shown")].toInteger()))
                    : QStringLiteral("(NOT at the bottom)"));
    report.info(QStringLiteral("steps still showing “Loading…” after 16 ms"),
                QStringLiteral("%1 of %2")
                    .arg(drag[QStringLiteral("steps_with_placeholders")].toInt())
                    .arg(drag[QStringLiteral("steps")].toInt()));

    const QJsonObject pages = r[QStringLiteral("page_down")].toObject();
    report.heading(QStringLiteral("Scrolling: Page Down from the top, %1 presses ~30 ms apart")
                       .arg(pages[QStringLiteral("presses")].toInt()));
    report.stalls(QStringLiteral("page down"), pages);
    report.info(
        QStringLiteral("visible rows loaded after the last press"),
        ms(pages[QStringLiteral("loaded_after_last_ms")].toDouble()),
        QStringLiteral("(current row %1)").arg(number(pages[QStringLiteral("current_row")].toInteger())));
    report.info(QStringLiteral("presses still showing “Loading…” after 30 ms"),
                QStringLiteral("%1 of %2")
                    .arg(pages[QStringLiteral("presses_with_placeholders")].toInt())
                    .arg(pages[QStringLiteral("presses")].toInt()));

    const QJsonObject search = r[QStringLiteral("search")].toObject();
    report.heading(
        QStringLiteral("Searching: typing ~80 ms a key (the page waits 150 ms after the last key), "
                       "then Ctrl+A, Backspace"));
    report.stalls(QStringLiteral("search"), search);
    for (const QJsonValue& v : search[QStringLiteral("queries")].toArray()) {
        const QJsonObject q = v.toObject();
        const QString text = q[QStringLiteral("text")].toString();
        report.info(QStringLiteral("“%1”: found").arg(text), number(q[QStringLiteral("count")].toInteger()));
        report.info(QStringLiteral("“%1”: last key → count shown").arg(text),
                    ms(q[QStringLiteral("count_shown_ms")].toDouble()),
                    QStringLiteral("(filter applied at %1, rows at %2)")
                        .arg(ms(q[QStringLiteral("filter_applied_ms")].toDouble()),
                             ms(q[QStringLiteral("rows_shown_ms")].toDouble())));
        const QJsonObject s = q[QStringLiteral("stalls")].toObject();
        report.info(QStringLiteral("“%1”: longest stall, typing to results").arg(text),
                    ms(s[QStringLiteral("max_ms")].toDouble()),
                    QStringLiteral("(p99 %1)").arg(ms(s[QStringLiteral("p99_ms")].toDouble())));
        const QJsonObject c = q[QStringLiteral("clear")].toObject();
        const QJsonObject cs = q[QStringLiteral("clear_stalls")].toObject();
        report.info(QStringLiteral("“%1”: cleared → everyone counted").arg(text),
                    ms(c[QStringLiteral("count_shown_ms")].toDouble()),
                    QStringLiteral("(longest stall %1)").arg(ms(cs[QStringLiteral("max_ms")].toDouble())));
    }

    const QJsonObject sort = r[QStringLiteral("sort")].toObject();
    report.heading(QStringLiteral("Sorting: clicking column headers"));
    report.stalls(QStringLiteral("sort"), sort);
    for (const QJsonValue& v : sort[QStringLiteral("clicks")].toArray()) {
        const QJsonObject c = v.toObject();
        report.info(
            QStringLiteral("by %1 (%2): click → first rows")
                .arg(c[QStringLiteral("column")].toString(), c[QStringLiteral("order")].toString()),
            ms(c[QStringLiteral("first_rows_ms")].toDouble()),
            QStringLiteral("(longest stall %1)")
                .arg(ms(c[QStringLiteral("stalls")].toObject()[QStringLiteral("max_ms")].toDouble())));
    }
    report.info(QStringLiteral("longest model reset in the views (any scenario)"),
                ms(r[QStringLiteral("max_model_reset_ms")].toDouble()));

    // The GUI thread's share of each new count (a search, a sort, the start).
    report.heading(QStringLiteral(
        "New counts on the GUI thread (SubscriberTableModel::onCountLoaded), costliest first"));
    QVector<QJsonObject> deliveries;
    for (const QJsonValue& v : r[QStringLiteral("count_deliveries")].toArray()) {
        if (v.toObject().contains(QStringLiteral("reset_cpu_ms")))
            deliveries.append(v.toObject());
    }
    const auto cost = [](const QJsonObject& d) {
        return d[QStringLiteral("reset_cpu_ms")].toDouble() + d[QStringLiteral("handlers_cpu_ms")].toDouble();
    };
    std::stable_sort(deliveries.begin(), deliveries.end(),
                     [&](const QJsonObject& a, const QJsonObject& b) { return cost(a) > cost(b); });
    for (qsizetype i = 0; i < std::min<qsizetype>(deliveries.size(), 5); ++i) {
        const QJsonObject& d = deliveries[i];
        report.info(
            QStringLiteral("%1 rows [%2]")
                .arg(number(d[QStringLiteral("total")].toInteger()), d[QStringLiteral("phase")].toString()),
            QStringLiteral("CPU %1").arg(ms(cost(d))),
            QStringLiteral("= reset %1 (wall %2) + onTotalChanged %3")
                .arg(ms(d[QStringLiteral("reset_cpu_ms")].toDouble()),
                     ms(d[QStringLiteral("reset_ms")].toDouble()),
                     ms(d[QStringLiteral("handlers_cpu_ms")].toDouble())));
    }
    if (deliveries.isEmpty())
        report.info(QStringLiteral("model resets"), QStringLiteral("none"));

    report.heading(QStringLiteral("Memory"));
    const double peak = r[QStringLiteral("peak_memory_mb")].toDouble();
    report.check(QStringLiteral("GUI process peak (VmHWM)"), peak, peakMemoryTargetMb, mb(peak),
                 QStringLiteral("MB"));
    report.info(QStringLiteral("GUI peak after startup / RSS at the end"),
                QStringLiteral("%1 / %2").arg(mb(startup[QStringLiteral("peak_memory_mb")].toDouble()),
                                              mb(r[QStringLiteral("final_rss_mb")].toDouble())));
    if (!cold.isEmpty())
        report.info(QStringLiteral("GUI peak, cold start only (VmHWM)"),
                    mb(cold[QStringLiteral("peak_memory_mb")].toDouble()));

    const QJsonArray stalls = r[QStringLiteral("stalls")].toArray();
    report.heading(
        QStringLiteral("Stalls over %1 ms: wall time (the GUI thread's own CPU time in it), scenario: phase")
            .arg(stallTargetMs, 0, 'f', 0));
    QVector<QJsonObject> sorted;
    for (const QJsonValue& v : stalls) {
        if (v.toObject()[QStringLiteral("scenario")].toString() != QLatin1String("calibration"))
            sorted.append(v.toObject());
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a[QStringLiteral("ms")].toDouble() > b[QStringLiteral("ms")].toDouble();
    });
    if (sorted.isEmpty())
        printLine(QStringLiteral("  none"));
    for (qsizetype i = 0; i < std::min<qsizetype>(sorted.size(), 15); ++i) {
        const QJsonObject& s = sorted.at(i);
        printLine(QStringLiteral("  %1 (CPU %2)  %3: %4")
                      .arg(ms(s[QStringLiteral("ms")].toDouble()).rightJustified(9, QLatin1Char(' ')),
                           ms(s[QStringLiteral("cpu_ms")].toDouble()).rightJustified(8, QLatin1Char(' ')),
                           s[QStringLiteral("scenario")].toString(), s[QStringLiteral("phase")].toString()));
    }
    if (sorted.size() > 15)
        printLine(QStringLiteral("  … and %1 more").arg(sorted.size() - 15));

    // What the GUI thread was doing when it was slow: the slowest outermost events per scenario.
    report.heading(
        QStringLiteral("Slowest event handlers on the GUI thread (outermost events over %1 ms): wall (CPU)")
            .arg(slowEventMs, 0, 'f', 0));
    QMap<QString, QVector<QJsonObject>> byScenario;
    QStringList scenarioOrder;
    for (const QJsonValue& v : r[QStringLiteral("slow_events")].toArray()) {
        const QJsonObject e = v.toObject();
        const QString scenario = e[QStringLiteral("scenario")].toString();
        if (scenario == QLatin1String("calibration"))
            continue;
        if (!byScenario.contains(scenario))
            scenarioOrder.append(scenario);
        byScenario[scenario].append(e);
    }
    if (scenarioOrder.isEmpty())
        printLine(QStringLiteral("  none"));
    for (const QString& scenario : scenarioOrder) {
        QVector<QJsonObject>& events = byScenario[scenario];
        std::stable_sort(events.begin(), events.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a[QStringLiteral("ms")].toDouble() > b[QStringLiteral("ms")].toDouble();
        });
        printLine(QStringLiteral("  %1 (%2 events over %3 ms):")
                      .arg(scenario)
                      .arg(events.size())
                      .arg(slowEventMs, 0, 'f', 0));
        for (qsizetype i = 0; i < std::min<qsizetype>(events.size(), 4); ++i)
            printLine(
                QStringLiteral("    %1 (CPU %2)  %3  [%4]")
                    .arg(ms(events[i][QStringLiteral("ms")].toDouble()).rightJustified(9, QLatin1Char(' ')),
                         ms(events[i][QStringLiteral("cpu_ms")].toDouble())
                             .rightJustified(8, QLatin1Char(' ')),
                         events[i][QStringLiteral("event")].toString(),
                         events[i][QStringLiteral("phase")].toString()));
    }

    report.summary();
    printLine(QStringLiteral("Benchmark run: %1 s in all.")
                  .arg(static_cast<double>(wall.elapsed()) / 1000.0, 0, 'f', 1));
    if (options.keep && options.database.isEmpty())
        printLine(QStringLiteral("Database kept at %1").arg(path));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The GUI half runs in a fresh process of its own: bench_addressbook --gui-child DATABASE.
    // --startup-only: open, show and wait for the first rows, nothing more (the cold start).
    if (argc >= 3 && qstrcmp(argv[1], "--gui-child") == 0)
        return runGui(argc, argv, QString::fromLocal8Bit(argv[2]),
                      argc > 3 && qstrcmp(argv[3], "--startup-only") == 0);
    return runBenchmark(argc, argv);
}
