// Writing files so that a failure never leaves half a file behind: a new or regular file goes
// through a QSaveFile and appears (or replaces the old one) only when every byte is on disk. An
// existing device, pipe or anything under /dev or /proc (e.g. /dev/stdout, /dev/full) is written
// directly instead: renaming over it would replace the device with a regular file.
//
// Every failure comes with its reason, "No space left on device", also where Qt has none (a
// short write is no error to Qt, whose message is then "Unknown error"): errno is read instead.
#pragma once

#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

#include <memory>
#include <optional>

// Opened for writing; or nullptr and the reason in `error` (a folder, no permission, ...).
std::unique_ptr<QFileDevice> openOutputFile(const QString &path, QString &error);
// All of `data`, perhaps only into the file's buffer. Empty on success; otherwise the reason.
std::optional<QString> writeOutputFile(QFileDevice &file, QByteArrayView data);
// Pushes the buffered bytes to the file. Empty on success; otherwise the reason.
std::optional<QString> flushOutputFile(QFileDevice &file);
// Flushes, then makes what was written final (commits a QSaveFile). Empty on success; otherwise
// the reason.
std::optional<QString> finishOutputFile(QFileDevice &file);
// After any failure above a QSaveFile is cancelled: it can no longer replace the old file.

// The whole of `data` in one go. Empty on success; otherwise a message naming the path and the
// reason.
std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data);
