// Help ▸ About: the application's name, version and licence, and the libraries it runs on with
// their versions (Qt's at run time, QCustomPlot's from its header, as it has no run-time query).
#pragma once

#include <QDialog>

class QMenu;

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Adds "About Activation Explorer" (opens this dialog on `window`, without blocking) and
    // "About Qt" to `help`, with the menu roles macOS moves into the application menu.
    static void addActions(QMenu *help, QWidget *window);

    // The dialog's text as HTML; the version is QCoreApplication::applicationVersion().
    static QString aboutHtml();

    static constexpr const char *kLicenceId = "GPL-3.0-or-later";
};
