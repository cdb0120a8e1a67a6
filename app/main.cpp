// Entry point: names the application, then hands off to a headless mode, the redraw benchmark
// or the window.
#include "MainWindow.h"
#include "RedrawBenchmark.h"
#include "Translations.h"
#include "commandline.h"
#include "exportcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0) return true;
    return false;
}

// QApplication's own options (qt6options(7)), which it takes out of argv itself: left out of the
// check for unknown options, which runs before a QApplication can be made.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{
        "style",         "stylesheet",   "platform", "platformpluginpath",
        "platformtheme", "plugin",       "session",  "qwindowgeometry",
        "qwindowicon",   "qwindowtitle", "geometry", "title",
        "icon",          "display",      "name",     "qmljsdebugger",
        "dialogs",       "fontengine"};
    static const QStringList flags{"reverse", "widgetcount", "nograb",
                                   "dograb",  "sync",        "testability"};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        QString name = argument.startsWith(QLatin1String("--")) ? argument.mid(2)
                       : argument.startsWith(QLatin1Char('-'))  ? argument.mid(1)
                                                                : QString();
        const bool withInlineValue = name.contains(QLatin1Char('='));
        name = name.section(QLatin1Char('='), 0, 0);
        const bool takesValue = withValue.contains(name);
        if (i == 0 || !(takesValue || (flags.contains(name) && !withInlineValue))) {
            kept << argument;
            continue;
        }
        if (takesValue && !withInlineValue) ++i; // "-style fusion": skip the value too
    }
    return kept;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QtMessageHandler qtMessageHandler = nullptr;

// A headless run prints nothing but its own messages. Without a login session (cron, CI, ssh)
// XDG_RUNTIME_DIR is unset, and QGuiApplication warns about it while only looking for a Flatpak.
void quietStartupMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtMessageHandler(type, context, message);
}

// A headless export has written and closed its file, or refused with its message, by now; what
// is left is freeing memory and unloading libraries, which the system does at exit anyway:
// about a millisecond of a 36 ms cold export (README, "Speed"). Sanitizer builds tear down in
// full, so their leak checks still see the export.
int finishExport(int status)
{
#ifdef ACTIVATION_SANITIZE
    return status;
#else
    std::fflush(nullptr);
    std::_Exit(status);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVATION_EXPLORER_VERSION));

    if (cli::isExportRequest(argc, argv)) {
        // A figure needs no window and so no display: render offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        qtMessageHandler = qInstallMessageHandler(quietStartupMessages);
        QApplication app(argc, argv);
        return finishExport(cli::runExport(QCoreApplication::arguments()));
    }
    if (cli::isHeadlessRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        return cli::run(QCoreApplication::arguments());
    }
    QCommandLineParser parser;
    cli::addOptions(parser);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Before any display is needed: a usage error is one line and status 2, not "no display" or
    // whatever the platform prints.
    if (!parser.parse(withoutQtOptions(arguments))) {
        std::fprintf(stderr, "activation-explorer: error: %s\n",
                     qUtf8Printable(parser.errorText()));
        return cli::kUsageError;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fputs("activation-explorer: error: one scene file at a time\n", stderr);
        return cli::kUsageError;
    }
    const bool benchmark = hasArgument(argc, argv, "--benchmark");
    if (!hasDisplay()) {
        if (!benchmark) {
            std::fputs("activation-explorer: error: no display to open the window on (DISPLAY "
                       "is not set); --export, --csv, --softmax and --list work without one\n",
                       stderr);
            return cli::kUsageError;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Activation Explorer"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ACTIVATION_EXPLORER_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(ACTIVATION_EXPLORER_APP_ID),
                         QIcon(QStringLiteral(":/icons/activation-explorer.svg"))));

    if (benchmark) {
        QTextStream out(stdout);
        return runRedrawBenchmark(out);
    }
    translations::install(); // the desktop's language, for the window only
    const QStringList scenes = parser.positionalArguments();
    MainWindow window;
    if (scenes.isEmpty()) window.restoreLastSession();
    window.show();
    // Once the window is up, so a refused file's message box has a window to sit on.
    if (!scenes.isEmpty())
        QMetaObject::invokeMethod(
            &window, [&window, path = scenes.front()] { window.openSceneAndReport(path); },
            Qt::QueuedConnection);
    return app.exec();
}
