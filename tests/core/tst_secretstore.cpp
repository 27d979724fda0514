// SecretStore's contract with an in-memory store, and KeychainSecretStore against a real
// gnome-keyring. ctest runs this in a private D-Bus session with an unlocked keyring in a
// temporary home (tests/core/CMakeLists.txt) and sets TEXTWELL_REQUIRE_KEYRING; run by hand
// without a session bus, the keyring round trip is skipped. The "no keychain" and "hung keychain"
// cases run in child processes, so that their environment and QtKeychain's per-process job queue
// do not touch the other tests.

#include "gateways/keychainsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace textwell;

namespace {

// Enough of a store to check the base class: SecretStore::read/write/remove and the error kinds.
class MemorySecretStore : public SecretStore
{
public:
    SecretError failWith = SecretError::None;
    std::map<QString, QString> secrets;

protected:
    Result<QString> readSecret(const QString& key, SecretError& why) override
    {
        if (failWith != SecretError::None)
            return fail<Result<QString>>(why);
        const auto found = secrets.find(key);
        if (found == secrets.end()) {
            why = SecretError::NotFound;
            return Result<QString>::failure(QStringLiteral("not found"));
        }
        return found->second;
    }
    Status writeSecret(const QString& key, const QString& secret, SecretError& why) override
    {
        if (failWith != SecretError::None)
            return fail<Status>(why);
        secrets[key] = secret;
        return Status();
    }
    Status removeSecret(const QString& key, SecretError& why) override
    {
        if (failWith != SecretError::None)
            return fail<Status>(why);
        secrets.erase(key);
        return Status();
    }

private:
    template<class R> R fail(SecretError& why)
    {
        why = failWith;
        return R::failure(QStringLiteral("failing on purpose"));
    }
};

const char* const ChildMode = "TEXTWELL_SECRETSTORE_CHILD";

QString uniqueService()
{
    return QStringLiteral("TextwellTest-%1").arg(QCoreApplication::applicationPid());
}

// The environment of a desktop without any keychain: no session bus, no display, and a home of
// its own so that anything written to disk shows up there.
QProcessEnvironment isolatedEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION", "KDE_SESSION_VERSION", "TEXTWELL_REQUIRE_KEYRING"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    // libdbus also looks for a bus at $XDG_RUNTIME_DIR/bus.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    return env;
}

// Runs one test function of this program in a child with env; returns its exit code.
int runChild(const char* function, const QProcessEnvironment& env, QByteArray* output)
{
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(function)});
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        return -1;
    }
    *output = child.readAll();
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyFor();
    void baseContract();
    void errorKinds();
    void keychainRoundTrip();
    void keychainKeepsServicesApart();
    void noKeychain();
    void noKeychainChild();
    void hungKeychainTimesOut();
    void hungKeychainChild();
};

void TestSecretStore::keyFor()
{
    QCOMPARE(SecretStore::keyFor(QStringLiteral("twilio"), QStringLiteral("AC123")),
             QStringLiteral("twilio/AC123"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral(" Kannel "), QStringLiteral("shop@127.0.0.1:13013 ")),
             QStringLiteral("kannel/shop@127.0.0.1:13013"));
}

void TestSecretStore::baseContract()
{
    MemorySecretStore store;
    SecretError why = SecretError::Failed;
    QVERIFY(store.write(QStringLiteral("twilio/AC1"), QStringLiteral("token"), &why));
    QCOMPARE(why, SecretError::None);
    auto read = store.read(QStringLiteral("twilio/AC1"), &why);
    QVERIFY(read);
    QCOMPARE(read.value(), QStringLiteral("token"));
    QCOMPARE(why, SecretError::None);
    QVERIFY(!store.read(QStringLiteral("twilio/AC2"), &why));
    QCOMPARE(why, SecretError::NotFound);
    // `why` is optional.
    QVERIFY(!store.read(QStringLiteral("twilio/AC2")));
    // An empty key never reaches the implementation.
    QVERIFY(!store.read(QString(), &why));
    QCOMPARE(why, SecretError::Failed);
    QVERIFY(!store.write(QString(), QStringLiteral("x"), &why));
    QVERIFY(!store.remove(QString(), &why));
    QVERIFY(!store.read(QString(), &why).error().isEmpty());
    QCOMPARE(store.secrets.size(), std::size_t(1));
}

void TestSecretStore::errorKinds()
{
    MemorySecretStore store;
    for (SecretError kind : {SecretError::Denied, SecretError::Unavailable, SecretError::Failed}) {
        store.failWith = kind;
        SecretError why = SecretError::None;
        QVERIFY(!store.write(QStringLiteral("k"), QStringLiteral("v"), &why));
        QCOMPARE(why, kind);
        QVERIFY(!store.remove(QStringLiteral("k"), &why));
        QCOMPARE(why, kind);
    }
    QVERIFY(SecretStore::asksEachSession(SecretError::Unavailable));
    QVERIFY(SecretStore::asksEachSession(SecretError::Denied));
    QVERIFY(!SecretStore::asksEachSession(SecretError::NotFound));
    QVERIFY(!SecretStore::asksEachSession(SecretError::None));
}

void TestSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store(uniqueService());
    const QString key = SecretStore::keyFor(QStringLiteral("twilio"), QStringLiteral("AC0123456789abcdef"));
    const QString secret = QStringLiteral("s3cr3t-äöü-€");
    SecretError why = SecretError::None;
    const Status written = store.write(key, secret, &why);
    if (!written && why == SecretError::Unavailable && !qEnvironmentVariableIsSet("TEXTWELL_REQUIRE_KEYRING"))
        QSKIP("No keychain here; ctest runs this with a private gnome-keyring.");
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(why, SecretError::None);

    auto read = store.read(key, &why);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value(), secret);

    QVERIFY(store.write(key, QStringLiteral("rotated"), &why));
    read = store.read(key, &why);
    QVERIFY(read);
    QCOMPARE(read.value(), QStringLiteral("rotated"));

    const Status removed = store.remove(key, &why);
    QVERIFY2(removed, qPrintable(removed.error()));
    read = store.read(key, &why);
    QVERIFY(!read);
    QCOMPARE(why, SecretError::NotFound);
    QVERIFY2(read.error().contains(key), qPrintable(read.error()));
    QVERIFY(!SecretStore::asksEachSession(why));
    // Removing what is not there is fine.
    QVERIFY(store.remove(key, &why));
    QCOMPARE(why, SecretError::None);
}

void TestSecretStore::keychainKeepsServicesApart()
{
    KeychainSecretStore ours(uniqueService());
    KeychainSecretStore other(uniqueService() + QStringLiteral("-other"));
    const QString key = SecretStore::keyFor(QStringLiteral("kannel"), QStringLiteral("shop@localhost:13013"));
    SecretError why = SecretError::None;
    if (!ours.write(key, QStringLiteral("pw"), &why) && why == SecretError::Unavailable &&
        !qEnvironmentVariableIsSet("TEXTWELL_REQUIRE_KEYRING"))
        QSKIP("No keychain here; ctest runs this with a private gnome-keyring.");
    QCOMPARE(why, SecretError::None);
    QVERIFY(!other.read(key, &why));
    QCOMPARE(why, SecretError::NotFound);
    QVERIFY(!ours.read(key + QStringLiteral("x"), &why));
    QCOMPARE(why, SecretError::NotFound);
    QCOMPARE(ours.read(key).value(), QStringLiteral("pw"));
    QVERIFY(ours.remove(key));
}

void TestSecretStore::noKeychain()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QString::fromLatin1(ChildMode), QStringLiteral("none"));
    QByteArray output;
    const int code = runChild("noKeychainChild", env, &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestSecretStore::noKeychainChild()"), output.constData());

    // Nothing reached the disk: no settings file, and the secret in no file at all.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QVERIFY2(!path.endsWith(QLatin1String(".conf")) && !path.endsWith(QLatin1String(".ini")),
                 qPrintable(path));
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains("plain-text-would-be-bad"), qPrintable(path));
    }
}

void TestSecretStore::noKeychainChild()
{
    if (qgetenv(ChildMode) != "none")
        QSKIP("Runs in the child process of noKeychain().");
    QCoreApplication::setOrganizationName(QStringLiteral("TextwellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
    KeychainSecretStore store(uniqueService());
    const QString key = SecretStore::keyFor(QStringLiteral("twilio"), QStringLiteral("AC1"));
    SecretError why = SecretError::None;
    const Status written = store.write(key, QStringLiteral("plain-text-would-be-bad"), &why);
    QVERIFY(!written);
    QCOMPARE(why, SecretError::Unavailable);
    qInfo().noquote() << "without a keychain:" << written.error();
    QVERIFY(!written.error().isEmpty());
    QVERIFY(SecretStore::asksEachSession(why));
    const auto read = store.read(key, &why);
    QVERIFY(!read);
    QCOMPARE(why, SecretError::Unavailable);
    QVERIFY(!store.remove(key, &why));
    QCOMPARE(why, SecretError::Unavailable);
}

void TestSecretStore::hungKeychainTimesOut()
{
    // A session bus that accepts connections and never answers.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QLocalServer silentBus;
    const QString socket = home.filePath(QStringLiteral("silent-bus"));
    QVERIFY(silentBus.listen(socket));
    QProcessEnvironment env = isolatedEnvironment(home.path());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    env.insert(QString::fromLatin1(ChildMode), QStringLiteral("hung"));
    QByteArray output;
    const int code = runChild("hungKeychainChild", env, &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestSecretStore::hungKeychainChild()"), output.constData());
}

void TestSecretStore::hungKeychainChild()
{
    if (qgetenv(ChildMode) != "hung")
        QSKIP("Runs in the child process of hungKeychainTimesOut().");
    KeychainSecretStore store(uniqueService(), 1500);
    QElapsedTimer timer;
    timer.start();
    SecretError why = SecretError::None;
    const auto read = store.read(QStringLiteral("twilio/AC1"), &why);
    QVERIFY(!read);
    QCOMPARE(why, SecretError::Unavailable);
    qInfo().noquote() << "with a silent bus:" << read.error();
    // The store's own timeout answered, not D-Bus's (25 s) nor an early error.
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 10000, qPrintable(read.error()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
