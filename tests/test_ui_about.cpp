// Help ▸ About: the window's menu opens the dialog, which names the application, its version,
// its licence and the libraries with their versions; "About Qt" is there too.
#include "AboutDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <qcustomplot.h>

namespace {

QMenu *helpMenu(const MainWindow &window)
{
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        if (menu->title() == QLatin1String("&Help")) return menu;
    return nullptr;
}

} // namespace

class TestUiAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVATION_EXPLORER_VERSION));
    }

    void helpMenuOpensTheDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *about = window.findChild<QAction *>("showAbout");
        QVERIFY(about);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        QVERIFY(helpMenu(window));
        QVERIFY(helpMenu(window)->actions().contains(about));

        about->trigger(); // opens without blocking
        auto *dialog = window.findChild<AboutDialog *>("aboutDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->findChild<QLabel *>("aboutText")->text();
        QVERIFY(text.contains("Activation Explorer"));
        QVERIFY(text.contains("Version " ACTIVATION_EXPLORER_VERSION));
        QVERIFY(text.contains("GNU General Public License"));
        QVERIFY(text.contains("GPL-3.0-or-later"));
        QVERIFY(text.contains(QStringLiteral("Qt</td><td>%1").arg(qVersion())));
        QVERIFY(text.contains("QCustomPlot</td><td>" QCUSTOMPLOT_VERSION_STR));
        dialog->close(); // deletes itself
        QTRY_VERIFY(!window.findChild<AboutDialog *>("aboutDialog"));
    }

    void aboutQtIsInTheHelpMenu()
    {
        MainWindow window;
        auto *aboutQt = window.findChild<QAction *>("aboutQt");
        QVERIFY(aboutQt);
        QCOMPARE(aboutQt->menuRole(), QAction::AboutQtRole);
        QVERIFY(helpMenu(window)->actions().contains(aboutQt));
    }

    void versionFollowsTheApplication()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        QVERIFY(AboutDialog::aboutHtml().contains("Version 9.8.7"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ACTIVATION_EXPLORER_VERSION));
    }
};

QTEST_MAIN(TestUiAbout)
#include "test_ui_about.moc"
