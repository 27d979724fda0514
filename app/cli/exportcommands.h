#pragma once

#include "exporting/exportoptions.h"
#include "exporting/exportsummary.h"
#include "storage/connection.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class CliCommands;

// textwell-cli export, export-suppression: the address book (everyone, a filter, a segment) and
// the suppression list to CSV or XLSX, on the same core as the app's File > Export.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    ExportCommands(CliCommands& cli, const QCommandLineParser& parser, textwell::Connection& connection);

    int exportAddressBook(const QStringList& args);
    int exportSuppression(const QStringList& args);

private:
    // The file and format options; a usage mistake fails with its message.
    textwell::Result<textwell::ExportOptions> options() const;
    // Prints the outcome and returns the exit code.
    int report(const textwell::Result<textwell::ExportSummary>& summary, bool suppressionList);

    CliCommands& m_cli;
    const QCommandLineParser& m_parser;
    textwell::Connection& m_connection;
    QTextStream m_out;
};
