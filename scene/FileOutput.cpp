// See FileOutput.h.
#include "FileOutput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

// `savedErrno` is errno after the failed call, which was made with errno at 0. Qt reports a
// write the disk cut short as fewer bytes written with no error of its own, so errno is the
// better witness; Qt's message is the fallback.
QString failureReason(const QFileDevice &file, int savedErrno)
{
    if (savedErrno != 0) return QString::fromLocal8Bit(std::strerror(savedErrno));
    if (file.error() != QFileDevice::NoError) return file.errorString();
    return QCoreApplication::translate("FileOutput", "not every byte could be written");
}

// Qt 6.4's QSaveFile::commit() renames the new file over the old one even when the flush of its
// last buffered bytes fails (a full disk): 0 bytes or a truncated file, and commit() says true.
// So every failure cancels it first; commit() then only removes the temporary file.
QString fail(QFileDevice &file, int savedErrno)
{
    const QString reason = failureReason(file, savedErrno);
    if (auto *saveFile = qobject_cast<QSaveFile *>(&file)) saveFile->cancelWriting();
    return reason;
}

} // namespace

std::unique_ptr<QFileDevice> openOutputFile(const QString &path, QString &error)
{
    if (path.isEmpty()) {
        error = QCoreApplication::translate("FileOutput", "no file name given");
        return nullptr;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        error = QCoreApplication::translate("FileOutput", "it is a folder");
        return nullptr;
    }
    const QString absolute = info.absoluteFilePath();
    const bool special =
        absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/"));
    std::unique_ptr<QFileDevice> file;
    if (info.exists() && (special || !info.isFile()))
        file = std::make_unique<QFile>(path);
    else
        file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        error = file->errorString();
        return nullptr;
    }
    return file;
}

std::optional<QString> writeOutputFile(QFileDevice &file, QByteArrayView data)
{
    errno = 0;
    if (file.write(data.data(), data.size()) != data.size()) return fail(file, errno);
    return std::nullopt;
}

std::optional<QString> flushOutputFile(QFileDevice &file)
{
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError) return fail(file, errno);
    return std::nullopt;
}

std::optional<QString> finishOutputFile(QFileDevice &file)
{
    if (auto error = flushOutputFile(file)) {
        if (auto *saveFile = qobject_cast<QSaveFile *>(&file)) saveFile->commit(); // discards
        return error;
    }
    auto *saveFile = qobject_cast<QSaveFile *>(&file);
    if (!saveFile) return std::nullopt;
    errno = 0;
    if (!saveFile->commit()) return failureReason(file, errno);
    return std::nullopt;
}

std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data)
{
    const auto failure = [&path](const QString &reason) {
        return QCoreApplication::translate("FileOutput", "cannot write '%1': %2").arg(path, reason);
    };
    QString error;
    const std::unique_ptr<QFileDevice> file = openOutputFile(path, error);
    if (!file) return failure(error);
    if (auto reason = writeOutputFile(*file, data)) return failure(*reason);
    if (auto reason = finishOutputFile(*file)) return failure(*reason);
    return std::nullopt;
}
