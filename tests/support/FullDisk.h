// Two ways to make a disk refuse the rest of an output file, for the tests that an old file
// survives a failed write byte for byte:
// - SmallTmpfs: a real 64 KiB tmpfs, filled until `free` bytes are left: ENOSPC, "No space left
//   on device". Needs root and a kernel or container that allows the mount; else skipReason().
// - A file size limit (RLIMIT_FSIZE): a write past it fails with EFBIG, "File too large", the
//   way a full disk fails it (short writes, then an error). Needs nothing; for this process
//   (FileSizeLimit) or a child (limitFileSize in QProcess::setChildProcessModifier).
#pragma once

#include <QString>

#include <sys/resource.h>

class SmallTmpfs
{
public:
    static constexpr qint64 kSize = 64 * 1024;

    SmallTmpfs();
    ~SmallTmpfs();
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    // Empty when mounted; otherwise why not, for QSKIP.
    QString skipReason() const { return m_skipReason; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }
    QString path() const { return m_path; }
    // Fills the rest up with a file "filler" so that `free` bytes (a multiple of 4096) are left.
    // Empty on success; otherwise what went wrong.
    QString fill(qint64 free);

private:
    QString m_path;
    QString m_skipReason;
    bool m_mounted = false;
};

// While it lives, this process cannot make a file longer than `bytes` (SIGXFSZ is ignored, so
// the write fails instead of killing the process).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
};

// For a child process, between fork and exec: async-signal-safe, and kept across exec.
void limitFileSize(qint64 bytes);
