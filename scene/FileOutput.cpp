// See FileOutput.h.
#include "FileOutput.h"

#include <QFileInfo>
#include <QSaveFile>

std::unique_ptr<QFileDevice> openOutputFile(const QString &path, QString &error)
{
    if (path.isEmpty()) {
        error = QStringLiteral("no file name given");
        return nullptr;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        error = QStringLiteral("it is a folder");
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

bool finishOutputFile(QFileDevice &file)
{
    auto *saveFile = qobject_cast<QSaveFile *>(&file);
    return saveFile ? saveFile->commit() : file.flush();
}

std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data)
{
    const auto failure = [&path](const QString &reason) {
        return QStringLiteral("cannot write '%1': %2").arg(path, reason);
    };
    QString error;
    const std::unique_ptr<QFileDevice> file = openOutputFile(path, error);
    if (!file) return failure(error);
    if (file->write(data.data(), data.size()) != data.size() || !finishOutputFile(*file))
        return failure(file->errorString());
    return std::nullopt;
}
