#pragma once

#include "campaigns/campaign.h"
#include "storage/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

class CliCommands;

// textwell-cli campaign create|list|start|pause|resume|cancel|status|messages, send --due,
// gateway test|secret: campaigns and sending on the same core as the app.
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    CampaignCommands(CliCommands& cli, const QCommandLineParser& parser, textwell::Connection& connection);

    int campaign(const QStringList& args);
    int send(const QStringList& args);
    int gateway(const QStringList& args);
    // The gateway's secret: $TEXTWELL_GATEWAY_SECRET, else the keychain, else asked on the terminal.
    textwell::Result<QString> gatewaySecret() const;

private:
    int create(const QString& name);
    int list();
    int status(const textwell::Campaign& campaign);
    int messages(const textwell::Campaign& campaign);
    int start(const textwell::Campaign& campaign);
    // The campaign named by id or name.
    textwell::Result<textwell::Campaign> find(const QString& idOrName) const;
    int sendDue();
    int testMessage(const QString& number);
    int storeSecret();

    CliCommands& m_cli;
    const QCommandLineParser& m_parser;
    textwell::Connection& m_connection;
    QTextStream m_out;
};
