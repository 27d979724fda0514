#pragma once

#include "reports/reportdocument.h"
#include "reports/reportformat.h"
#include "reports/reportrequest.h"
#include "storage/connection.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class CliCommands;

// textwell-cli report dashboard|campaign ID|optouts|consent NUMBER: the app's reports, written as
// CSV, XLSX or PDF on the same core as the app's Reports screen.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    // A PDF lays out text in fonts, which needs a QGuiApplication: true for the arguments of a report.
    static bool needsGui(int argc, char* argv[]);
    ReportCommands(CliCommands& cli, const QCommandLineParser& parser, textwell::Connection& connection);

    int report(const QStringList& args);

private:
    // The report the arguments ask for: its kind and subject, the span of --from/--to (default: the
    // 90 days up to today), --segment, --granularity; a usage mistake fails with its message.
    textwell::Result<textwell::ReportRequest> request(const QStringList& args) const;
    int write(const textwell::ReportDocument& document);

    CliCommands& m_cli;
    const QCommandLineParser& m_parser;
    textwell::Connection& m_connection;
    QTextStream m_out;
};
