// Writing files so that a failure never leaves half a file behind: a new or regular file goes
// through a QSaveFile and appears (or replaces the old one) only when every byte is on disk. An
// existing device, pipe or anything under /dev or /proc (e.g. /dev/stdout, /dev/full) is written
// directly instead: renaming over it would replace the device with a regular file.
#pragma once

#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

#include <memory>
#include <optional>

// Opened for writing; or nullptr and the reason in `error` (a folder, no permission, ...).
std::unique_ptr<QFileDevice> openOutputFile(const QString &path, QString &error);
// Makes what was written final (commits a QSaveFile, flushes anything else). False on failure,
// with the reason in the file's errorString().
bool finishOutputFile(QFileDevice &file);

// The whole of `data` in one go. Empty on success; otherwise a message naming the path and the
// reason.
std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data);
