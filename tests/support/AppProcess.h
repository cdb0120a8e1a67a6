// Running activation-explorer in a child process, the one way the command-line tests do it:
// its exit status (-1 when it crashed or hung), standard output and standard error.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace testsupport {

struct AppRun
{
    int exitCode;
    QString out;
    QString err;
};

// This process's environment without XDG_RUNTIME_DIR (as under cron, CI or ssh: Qt must not
// fill stderr about it), and without any of `alsoRemove`.
inline QProcessEnvironment appEnvironment(const QStringList &alsoRemove = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    for (const QString &name : alsoRemove)
        environment.remove(name);
    return environment;
}

// No display and no platform chosen: a headless mode must pick one itself.
inline QProcessEnvironment headlessEnvironment()
{
    return appEnvironment({QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                           QStringLiteral("WAYLAND_DISPLAY")});
}

struct AppRunOptions
{
    QProcessEnvironment environment = appEnvironment();
    QString workingDirectory;      // empty: this process's
    std::function<void()> inChild; // run in the child before exec (resource limits)
    QString standardOutputFile;    // empty: captured
};

inline AppRun runApp(const QStringList &arguments, const AppRunOptions &options = {})
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty()) process.setWorkingDirectory(options.workingDirectory);
    if (options.inChild) process.setChildProcessModifier(options.inChild);
    if (!options.standardOutputFile.isEmpty())
        process.setStandardOutputFile(options.standardOutputFile);
    process.start(QStringLiteral(ACTIVATION_EXPLORER_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace testsupport
