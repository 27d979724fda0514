#pragma once

#include "contacts/addressbook.h"
#include "segments/segmentrule.h"
#include "storage/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

// The commands of textwell-cli, on the same core as the GUI. Each returns the process exit code:
// 0 done, 1 refused or failed (one line on stderr says why), 2 wrong usage.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    explicit CliCommands(const QCommandLineParser& parser);
    int run(const QStringList& arguments);

    // One line on stderr; returns code.
    int fail(const QString& message, int code = 1);
    int usage(const QString& message) { return fail(message, 2); }
    void printJson(const QJsonValue& value);
    bool json() const { return m_json; }
    static QString actorName();

private:
    int subscriber(const QStringList& args);
    int subscriberAdd(const QString& number);
    int subscriberShow(const QString& number);
    int subscriberList();
    int subscriberDelete(const QString& number);
    int exclude(const QString& number, bool on);
    int unsubscribe(const QString& number);
    int consent(const QString& number);
    int history(const QString& number);
    int erase(const QString& number);
    int demo();
    int settings(const QStringList& args);
    int segment(const QStringList& args);
    int segmentCount();
    int customField(const QStringList& args);
    int smsInfo(const QString& text);
    int moveTo(const QString& location);
    int render();

    bool openDatabase(bool mayCreate);
    textwell::AddressBook addressBook() const;

    const QCommandLineParser& m_parser;
    std::unique_ptr<textwell::Connection> m_connection;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};
