// See AboutDialog.h.
#include "AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

#include <qcustomplot.h>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName("aboutDialog");
    setWindowTitle(tr("About Activation Explorer"));
    auto *icon = new QLabel;
    QIcon windowIcon = QApplication::windowIcon();
    if (windowIcon.isNull()) windowIcon = QIcon(QStringLiteral(":/icons/activation-explorer.svg"));
    icon->setPixmap(windowIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);
    auto *text = new QLabel(aboutHtml());
    text->setObjectName("aboutText");
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    setMinimumWidth(460);
}

QString AboutDialog::aboutHtml()
{
    const QString licence =
        tr("This program is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version "
           "(%1). It comes with ABSOLUTELY NO WARRANTY.")
            .arg(QLatin1String(kLicenceId));
    const QString row =
        QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>");
    const QString libraries =
        row.arg(QStringLiteral("Qt"),
                tr("%1 (built with %2)")
                    .arg(QLatin1String(qVersion()), QStringLiteral(QT_VERSION_STR))) +
        row.arg(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR));
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5</p><table>%6</table>")
        .arg(tr("Activation Explorer").toHtmlEscaped(),
             tr("Version %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped(),
             tr("See how neural-network activation functions and their gradients behave.")
                 .toHtmlEscaped(),
             licence.toHtmlEscaped() +
                 QStringLiteral(" <a href='https://www.gnu.org/licenses/gpl-3.0.html'>%1</a>")
                     .arg(tr("Read the licence").toHtmlEscaped()),
             tr("Built with:").toHtmlEscaped(), libraries);
}

void AboutDialog::addActions(QMenu *help, QWidget *window)
{
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Activation Explorer…"));
    about->setObjectName("showAbout");
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt…"));
    aboutQt->setObjectName("aboutQt");
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, window,
                     [window] { QMessageBox::aboutQt(window); });
}
