// The last few scene files opened or saved, most recent first, kept in QSettings. Files that
// have gone missing drop out when the list is read.
#pragma once

#include <QStringList>

class RecentScenes
{
public:
    static constexpr int kMaxEntries = 8;

    static QStringList paths();
    static void add(const QString &path);
};
