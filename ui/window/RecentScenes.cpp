// See RecentScenes.h.
#include "RecentScenes.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const char *const kKey = "recentScenes";

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

QStringList RecentScenes::paths()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path)) existing << path;
    while (existing.size() > kMaxEntries)
        existing.removeLast();
    if (existing != stored) store(existing);
    return existing;
}

void RecentScenes::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
}
