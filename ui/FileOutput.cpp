// See FileOutput.h.
#include "FileOutput.h"

#include <QFileInfo>
#include <QSaveFile>

#include <memory>

std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data)
{
    const auto failure = [&path](const QString &reason) {
        return QStringLiteral("cannot write '%1': %2").arg(path, reason);
    };
    if (path.isEmpty()) return QStringLiteral("cannot write: no file name given");
    const QFileInfo info(path);
    if (info.isDir()) return failure(QStringLiteral("it is a folder"));
    const QString absolute = info.absoluteFilePath();
    const bool special =
        absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/"));
    std::unique_ptr<QFileDevice> file;
    if (info.exists() && (special || !info.isFile()))
        file = std::make_unique<QFile>(path);
    else
        file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) return failure(file->errorString());
    if (file->write(data.data(), data.size()) != data.size()) return failure(file->errorString());
    auto *saveFile = qobject_cast<QSaveFile *>(file.get());
    if (saveFile ? !saveFile->commit() : !file->flush()) return failure(file->errorString());
    return std::nullopt;
}
