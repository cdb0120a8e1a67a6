// Writing a finished file in one piece: the file appears (or replaces the old one) only when
// every byte is on disk, so a failed export or save never leaves half a file behind.
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// Empty on success; otherwise a message naming the path and the reason. An existing device,
// pipe or other non-regular file (e.g. /dev/stdout) is written directly, never renamed over.
std::optional<QString> writeWholeFile(const QString &path, QByteArrayView data);
