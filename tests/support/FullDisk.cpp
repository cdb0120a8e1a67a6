#include "support/FullDisk.h"

#include <QDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(strerror(errno)));
}

} // namespace

SmallTmpfs::SmallTmpfs()
{
    if (geteuid() != 0) {
        m_skipReason = QStringLiteral("mounting a small tmpfs needs root");
        return;
    }
    char pattern[] = "/tmp/activation-explorer-full-XXXXXX";
    if (!mkdtemp(pattern)) {
        m_skipReason = systemError("mkdtemp");
        return;
    }
    m_path = QString::fromLocal8Bit(pattern);
    const QByteArray options = "size=" + QByteArray::number(kSize) + ",mode=0700";
    if (mount("tmpfs", pattern, "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        m_skipReason = systemError("mounting a tmpfs (no permission in this container?)");
        rmdir(pattern);
        return;
    }
    m_mounted = true;
}

SmallTmpfs::~SmallTmpfs()
{
    if (m_path.isEmpty()) return;
    const QByteArray path = QFile::encodeName(m_path);
    if (m_mounted) umount2(path.constData(), MNT_DETACH);
    rmdir(path.constData());
}

QString SmallTmpfs::fill(qint64 free)
{
    const QByteArray path = QFile::encodeName(filePath(QStringLiteral("filler")));
    const int fd = open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) return systemError("open filler");
    struct statvfs stats
    {
    };
    if (fstatvfs(fd, &stats) != 0) {
        close(fd);
        return systemError("statvfs");
    }
    qint64 left = qint64(stats.f_bavail) * qint64(stats.f_frsize) - free;
    static const char block[4096] = {};
    while (left > 0) {
        const ssize_t n = write(fd, block, std::size_t(std::min<qint64>(left, sizeof block)));
        if (n <= 0) {
            close(fd);
            return systemError("write filler");
        }
        left -= n;
    }
    if (fstatvfs(fd, &stats) != 0) {
        close(fd);
        return systemError("statvfs");
    }
    close(fd);
    const qint64 now = qint64(stats.f_bavail) * qint64(stats.f_frsize);
    if (now != free) return QStringLiteral("%1 bytes left instead of %2").arg(now).arg(free);
    return {};
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    getrlimit(RLIMIT_FSIZE, &m_old);
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = m_old;
    limit.rlim_cur = rlim_t(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &m_old);
    std::signal(SIGXFSZ, m_oldHandler);
}

void limitFileSize(qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
    setrlimit(RLIMIT_FSIZE, &limit);
}
