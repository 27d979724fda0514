#include "exportfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace textwell {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString ExportFiles::targetProblem(const QString& path, const QString& databasePath)
{
    if (path.trimmed().isEmpty())
        return tr("Name the file to export to.");
    const QFileInfo target(path);
    if (target.isDir())
        return tr("Cannot write %1: it is a folder. Choose a file name.").arg(native(path));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return tr("Cannot write %1: the folder %2 does not exist. Choose another folder.")
            .arg(native(path), native(folder.filePath()));
    if (!folder.isDir())
        return tr("Cannot write %1: %2 is not a folder. Choose another folder.")
            .arg(native(path), native(folder.filePath()));
    // Renaming an export over the open database (or its -wal) would destroy it.
    if (!databasePath.isEmpty()) {
        const QString database = QFileInfo(databasePath).absoluteFilePath();
        const QString written = target.absoluteFilePath();
        for (const QString& own :
             QStringList{database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
                         database + QStringLiteral("-journal")}) {
            if (written == own || (target.exists() && QFileInfo(own).exists() &&
                                   target.canonicalFilePath() == QFileInfo(own).canonicalFilePath()))
                return tr("Cannot write %1: it is the Textwell database itself. Choose another file name.")
                    .arg(native(path));
        }
    }
    return {};
}

QString ExportFiles::cannotCreate(const QString& path, const QString& systemError)
{
    return tr("Cannot write %1: %2. Choose another folder.").arg(native(path), systemError);
}

bool ExportFiles::diskFull(const QString& path, const QString& systemError, int errorNumber)
{
    if (errorNumber == ENOSPC || systemError == qt_error_string(ENOSPC))
        return true;
#ifdef EDQUOT
    if (errorNumber == EDQUOT || systemError == qt_error_string(EDQUOT))
        return true;
#endif
    // Where the system's words are unknown (Windows, a library's own message), the free space
    // tells: the unfinished file is still there and holds what was written.
    QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 1024 * 1024;
}

QString ExportFiles::writeFailed(const QString& path, const QString& systemError, int errorNumber)
{
    if (diskFull(path, systemError, errorNumber))
        return tr("The disk is full: %1 could not be written completely, so nothing was saved. Free some "
                  "space or choose another drive.")
            .arg(native(path));
    return tr("Writing %1 failed: %2. Nothing was saved.").arg(native(path), systemError);
}

QString ExportFiles::cancelled()
{
    return tr("The export was cancelled; no file was written.");
}

Status ExportFiles::replace(const QString& temporaryPath, const QString& path)
{
#ifdef Q_OS_WIN
    const bool moved =
        MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(temporaryPath).utf16()),
                    reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(path).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    const QString error = moved ? QString() : qt_error_string(int(GetLastError()));
#else
    // rename() replaces the target in one step: a reader sees the old file or the new, never half.
    const bool moved =
        std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) == 0;
    const QString error = moved ? QString() : qt_error_string(errno);
#endif
    if (!moved)
        return Status::failure(cannotCreate(path, error));
    return {};
}

void ExportFiles::restrictToOwner(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace textwell
