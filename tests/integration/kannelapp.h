#pragma once

// The app's side of a Kannel test run through kannel-harness.py: the settings that point a
// database at the harness's Kannel and at its MO URL, a handset's text injected through
// fakesmsc, and the wait for the CLI's listener before anything is injected.

#include "storage/businesssettings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

namespace textwell::kannelapp {

inline QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

// Kannel as the gateway, quiet hours and the frequency cap off (the tests run at any time of day),
// and the listener on the harness's callback port with the token its MO URL carries. Returns the
// first setting that could not be stored, or an empty string.
inline QString configure(const QSqlDatabase& db, int sendRate)
{
    BusinessSettings settings(db);
    using Key = BusinessSettings::Key;
    const QVector<std::pair<Key, QString>> values = {
        {Key::Gateway, QStringLiteral("kannel")},
        {Key::KannelUrl, env("TEXTWELL_KANNEL_URL")},
        {Key::KannelUsername, env("TEXTWELL_KANNEL_USER")},
        {Key::KannelFrom, env("TEXTWELL_KANNEL_FROM")},
        {Key::SendRate, QString::number(sendRate)},
        {Key::QuietHoursStart, QStringLiteral("00:00")},
        {Key::QuietHoursEnd, QStringLiteral("00:00")},
        {Key::FrequencyCapMessages, QStringLiteral("0")},
        {Key::MessageLanguage, QStringLiteral("en")},
        {Key::CallbackAddress, QStringLiteral("127.0.0.1")},
        {Key::CallbackPort, env("TEXTWELL_CALLBACK_PORT")},
    };
    for (const auto& [key, value] : values) {
        if (!settings.setValue(key, value))
            return BusinessSettings::name(key);
    }
    // The token is the database's own secret, normally made on first use: the harness made it.
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO setting (key, value) VALUES ('callback_token', ?) ON CONFLICT (key) DO "
                       "UPDATE SET value = excluded.value"));
    q.addBindValue(env("TEXTWELL_CALLBACK_TOKEN"));
    if (!q.exec())
        return q.lastError().text();
    const Result<QString> token = settings.callbackToken();
    if (!token || token.value() != env("TEXTWELL_CALLBACK_TOKEN"))
        return QStringLiteral("callback_token");
    return {};
}

// Whether something (the CLI's CallbackServer) accepts connections on the harness's callback port:
// smsbox gives a reply up after three refused attempts, so texts are injected only once it does.
inline bool waitForListener(int timeoutMs)
{
    const quint16 port = quint16(env("TEXTWELL_CALLBACK_PORT").toUInt());
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(500)) {
            probe.disconnectFromHost();
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

// A handset's text as fakesmsc's FIFO takes it ("from to text WORDS"); `from` as the handset's
// network gives it, with or without the '+'. fakesmsc takes one line a second: lines closer
// together get lost, so this waits after each.
inline bool injectText(QFile& fifo, const QString& from, const QString& text)
{
    const QByteArray line =
        from.toUtf8() + ' ' + env("TEXTWELL_KANNEL_FROM").toUtf8() + " text " + text.toUtf8() + '\n';
    const bool written = fifo.write(line) == line.size();
    QTest::qWait(1500);
    return written;
}

} // namespace textwell::kannelapp
