#pragma once

#include "storage/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class CliCommands;

// textwell-cli classify, inbox list|show|reply|mark, replies import|receive|fetch, confirmations
// ask|remind|list: replies and double opt-in on the same core as the app's Inbox.
class ReplyCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    // classify needs no database.
    static int classify(CliCommands& cli, const QCommandLineParser& parser, const QStringList& args);
    ReplyCommands(CliCommands& cli, const QCommandLineParser& parser, textwell::Connection& connection);

    int inbox(const QStringList& args);
    int replies(const QStringList& args);
    int confirmations(const QStringList& args);

private:
    int list();
    int show(const QString& number);
    int reply(const QString& number);
    int mark(const QStringList& args);
    int importFile(const QString& path);
    int receive();
    int fetch();
    int askConfirmations(const QStringList& numbers);
    int remindConfirmations();
    int listAwaiting();
    QString region() const;

    CliCommands& m_cli;
    const QCommandLineParser& m_parser;
    textwell::Connection& m_connection;
    QTextStream m_out;
};
