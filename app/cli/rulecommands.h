#pragma once

#include "storage/connection.h"

#include <QCoreApplication>
#include <QTextStream>

class CliCommands;

// textwell-cli rules list|show ID|load FILE|reset ID: the rule packs per country, as Settings →
// Rules by country shows and edits them.
class RuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(RuleCommands)

public:
    RuleCommands(CliCommands& cli, textwell::Connection& connection, QString defaultRegion);
    int rules(const QStringList& args);

private:
    int list();
    int show(const QString& id);
    int load(const QString& path);
    int reset(const QString& id);
    // After a pack's double opt-in changed: every person's status derived again.
    int refreshStatuses(bool confirmationChanged);

    CliCommands& m_cli;
    textwell::Connection& m_connection;
    QString m_region;
    QTextStream m_out;
};
