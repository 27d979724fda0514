#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace textwell {

// The file side of an export: what can be said before writing, what a failure means to a person,
// and putting a finished file in place. An export is written beside its target under another name
// and renamed over it only when complete, so a file by the target's name is always a whole one.
class ExportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)

public:
    // Why nothing can be written at path (no such folder, a folder by that name, the database
    // itself or one of its companion files); empty if it may work.
    static QString targetProblem(const QString& path, const QString& databasePath = QString());
    // The message for a file that could not be created at all.
    static QString cannotCreate(const QString& path, const QString& systemError);
    // The message for a write that failed on the way: "The disk is full ..." when it is.
    // errorNumber is errno right after the failure, or 0.
    static QString writeFailed(const QString& path, const QString& systemError, int errorNumber);
    static QString cancelled();
    // Moves the finished temporary file over the target, in one step where the system can.
    static Status replace(const QString& temporaryPath, const QString& path);
    // Exports are for the user's eyes only (DESIGN.md, Security): owner read and write.
    static void restrictToOwner(const QString& path);

private:
    static bool diskFull(const QString& path, const QString& systemError, int errorNumber);
};

} // namespace textwell
