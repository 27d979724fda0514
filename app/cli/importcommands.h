#pragma once

#include "importing/importfile.h"
#include "importing/importsummary.h"
#include "storage/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class CliCommands;

// textwell-cli import and import-suppression: the import wizard's work without the wizard, with
// the same summary.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static void addOptions(QCommandLineParser& parser);
    ImportCommands(CliCommands& cli, const QCommandLineParser& parser, textwell::Connection& connection);

    int importPeople(const QStringList& args);
    int importSuppression(const QStringList& args);

private:
    // The file's format as sniffed, changed by --encoding, --delimiter and --no-header.
    textwell::Result<textwell::FileFormat> format(const QString& path) const;
    QString region() const;
    bool saveProblems(const QStringList& header, const QVector<textwell::ImportProblem>& problems);
    void printProblems(const QVector<textwell::ImportProblem>& problems);

    CliCommands& m_cli;
    const QCommandLineParser& m_parser;
    textwell::Connection& m_connection;
    QTextStream m_out;
};
