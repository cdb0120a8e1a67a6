// Entry point: names the application, then hands off to a headless mode or the window.
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("activation-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVATION_EXPLORER_VERSION));

    if (cli::isHeadlessRequest(argc, argv)) {
        QCoreApplication app(argc, argv);
        return cli::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    return cli::run(QCoreApplication::arguments());
}
