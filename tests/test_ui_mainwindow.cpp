// The main window's menus: scene files opened and saved through the code the actions use (a
// refused file changes nothing), the last session, copying the plot, the shortcuts list and
// exporting with the dialog's options (presentation mode and themes: test_ui_presentation; undo:
// test_ui_undo). Settings are isolated in Qt's test-mode locations.
#include "ExportDialog.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "ProbabilityChart.h"
#include "RecentScenes.h"
#include "Scene.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "SoftmaxView.h"
#include "support/Files.h"
#include "support/FullDisk.h"
#include "support/Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>
#include <numeric>

using act::FunctionId;
Q_DECLARE_METATYPE(FigureContent)

namespace {

Scene sceneOf(MainWindow &window)
{
    return window.model()->scene();
}

} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void savedSceneOpensBack();
    void failedSaveKeepsTheOldFile();
    void refusedFileChangesNothing_data();
    void refusedFileChangesNothing();
    void newerFileOpensWithANote();
    void recentScenesDropMissingFiles();
    void copyImagePutsThePlotOnTheClipboard();
    void bundledIconRenders();
    void everyShortcutIsListed();
    void exportWithDialogOptions_data();
    void exportWithDialogOptions();
    void exportDialogRemembersChoices();
    void exportDialogConvertsTheUnit();
    void exportErrorKeepsTheDialogOpen();
    void settingsSurviveARestart();
    void damagedWindowSettingsAreNotRestored();
    void lastSessionComesBack();
    void brokenSessionIsSkipped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiMainWindow::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_mainwindow"));
}

void TestUiMainWindow::init()
{
    testsupport::clearSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUiMainWindow::savedSceneOpensBack()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Elu);
    QVERIFY(!model->setParameter(FunctionId::Elu, 0, 0.375));
    model->setOverlaid(FunctionId::Relu, true);
    model->setOrderShown(2, true);
    QVERIFY(!model->setTemperature(2.5));
    window.setTheme(SceneTheme::Dark);
    const Scene saved = sceneOf(window);
    const QString path = m_dir->filePath("round.actscene");
    QCOMPARE(window.saveScene(path), std::nullopt);
    QVERIFY(QFileInfo::exists(path));

    model->setCurrent(FunctionId::Tanh);
    model->setOverlaid(FunctionId::Relu, false);
    model->resetParameters(FunctionId::Elu);
    window.setTheme(SceneTheme::Light);
    QVERIFY(!(sceneOf(window) == saved));

    QCOMPARE(window.openScene(path), std::nullopt);
    QVERIFY(sceneOf(window) == saved);
    QCOMPARE(window.theme(), SceneTheme::Dark);
    QCOMPARE(model->parameters(FunctionId::Elu).values[0], 0.375);
}

// Save Scene on a disk that cuts the file short (here a file size limit; test_scene_file also
// fills a real tmpfs): the old scene stays, the message says why, and the window does not
// take the file as its own.
void TestUiMainWindow::failedSaveKeepsTheOldFile()
{
    MainWindow window;
    const QString path = m_dir->filePath("kept.actscene");
    QVERIFY(testsupport::writeFile(path, "{\"an\": \"earlier scene\"}"));
    const QString title = window.windowTitle();
    window.model()->setCurrent(FunctionId::Elu);
    std::optional<QString> error;
    {
        const FileSizeLimit limit(16);
        error = window.saveScene(path);
    }
    QCOMPARE(error, "cannot write '" + path + "': File too large");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"an\": \"earlier scene\"}"));
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(!RecentScenes::paths().contains(QFileInfo(path).absoluteFilePath()));
}

void TestUiMainWindow::refusedFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: the file does not exist
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing file") << QByteArray() << "broken.actscene";
    QTest::newRow("not json") << QByteArray("{ this is not json") << "broken.actscene";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else", "version": 1})")
                                  << "format";
    QTest::newRow("parameter of the wrong type")
        << QByteArray(R"({"format": "activation-explorer-scene", "version": 1,
                          "current": "elu", "functions": {"elu": {"alpha": "big"}}})")
        << "alpha";
}

void TestUiMainWindow::refusedFileChangesNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);
    MainWindow window;
    window.model()->setCurrent(FunctionId::Softplus);
    QVERIFY(!window.model()->setParameter(FunctionId::Softplus, 0, 2.0));
    const Scene before = sceneOf(window);
    const int steps = window.undoStack()->count();
    const QString path = m_dir->filePath("broken.actscene");
    if (!contents.isEmpty()) QVERIFY(testsupport::writeFile(path, contents));

    const std::optional<QString> error = window.openScene(path);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY(sceneOf(window) == before);
    QCOMPARE(window.undoStack()->count(), steps);
}

void TestUiMainWindow::newerFileOpensWithANote()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Swish);
    const QString path = m_dir->filePath("newer.actscene");
    QCOMPARE(window.saveScene(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QByteArray version =
        QByteArray("\"version\": ") + QByteArray::number(kSceneFormatVersion);
    QVERIFY2(json.contains(version), json.constData());
    json.replace(version, "\"future_field\": true, \"version\": 99");
    QVERIFY(testsupport::writeFile(path, json));

    window.model()->setCurrent(FunctionId::Relu);
    QCOMPARE(window.openScene(path), std::nullopt);
    QCOMPARE(window.model()->current(), FunctionId::Swish);
    QVERIFY2(window.statusBar()->currentMessage().contains("future_field"),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestUiMainWindow::recentScenesDropMissingFiles()
{
    MainWindow window;
    const QString a = m_dir->filePath("a.actscene");
    const QString b = m_dir->filePath("b.actscene");
    QCOMPARE(window.saveScene(a), std::nullopt);
    QCOMPARE(window.saveScene(b), std::nullopt);
    QCOMPARE(RecentScenes::paths(), QStringList({b, a}));
    QCOMPARE(window.openScene(a), std::nullopt);
    QCOMPARE(RecentScenes::paths(), QStringList({a, b}));
    QVERIFY(QFile::remove(b));
    QCOMPARE(RecentScenes::paths(), QStringList({a}));
    for (int i = 0; i < RecentScenes::kMaxEntries + 3; ++i)
        QCOMPARE(window.saveScene(m_dir->filePath(QString("s%1.actscene").arg(i))), std::nullopt);
    QCOMPARE(RecentScenes::paths().size(), RecentScenes::kMaxEntries);
}

void TestUiMainWindow::copyImagePutsThePlotOnTheClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::clipboard()->clear();
    window.findChild<QAction *>("copyImage")->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.plotView()->size());
}

void TestUiMainWindow::bundledIconRenders()
{
    const QIcon icon(QStringLiteral(":/icons/activation-explorer.svg"));
    const QImage image = icon.pixmap(48, 48).toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.pixelColor(24, 1).alpha(), 255); // the rounded frame is drawn
}

void TestUiMainWindow::everyShortcutIsListed()
{
    MainWindow window;
    ShortcutsDialog dialog(window.allActions());
    const QString text =
        dialog.findChild<QWidget *>("shortcutsText")->property("plainText").toString();
    int withShortcut = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++withShortcut;
            QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(action->objectName() + " " + key.toString()));
        }
    }
    QVERIFY(withShortcut >= 15);
    for (const char *key : {"Ctrl+O", "Ctrl+S", "Ctrl+E", "Ctrl+Q", "Ctrl+Z", "Ctrl+Shift+Z",
                            "Ctrl+Shift+C", "F11", "Ctrl+H"})
        QVERIFY2(text.contains(QKeySequence(key).toString(QKeySequence::NativeText)), key);
}

void TestUiMainWindow::exportWithDialogOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FigureContent>("content");
    QTest::addColumn<QStringList>("written");
    QTest::newRow("png") << "f.png" << FigureContent::Plot << QStringList{"f.png"};
    QTest::newRow("svg side by side")
        << "f.svg" << FigureContent::PlotBesideSoftmax << QStringList{"f.svg"};
    QTest::newRow("pdf softmax") << "f.pdf" << FigureContent::Softmax << QStringList{"f.pdf"};
    QTest::newRow("png two files")
        << "f.png" << FigureContent::PlotAndSoftmaxFiles << QStringList{"f.png", "f-softmax.png"};
    QTest::newRow("csv") << "f.csv" << FigureContent::Plot << QStringList{"f.csv"};
}

void TestUiMainWindow::exportWithDialogOptions()
{
    QFETCH(QString, file);
    QFETCH(FigureContent, content);
    QFETCH(QStringList, written);
    MainWindow window;
    ExportDialog dialog(&window);
    dialog.setPath(m_dir->filePath(file));
    FigureOptions options;
    options.size = QSizeF(90, 60);
    options.unit = SizeUnit::Millimetres;
    options.dpi = 150;
    options.scale = 1.5;
    options.transparent = true;
    options.content = content;
    dialog.setOptions(options);
    const FigureOptions chosen = dialog.options();
    QCOMPARE(chosen.size, options.size);
    QCOMPARE(chosen.unit, options.unit);
    QCOMPARE(chosen.content, content);
    QCOMPARE(chosen.dpi, options.dpi);
    QCOMPARE(chosen.scale, options.scale);
    QCOMPARE(chosen.transparent, options.transparent);
    QCOMPARE(window.exportFile(dialog.path(), chosen), std::nullopt);
    for (const QString &name : written) {
        const QString path = m_dir->filePath(name);
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(name));
        if (name.endsWith(".png")) {
            // 90 x 60 mm at 150 dpi, with nothing behind the plot.
            const QImage image(path);
            QCOMPARE(image.size(), QSize(531, 354));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        } else if (name.endsWith(".pdf")) {
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const auto page = QRegularExpression(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+))")
                                  .match(QString::fromLatin1(pdf.readAll()));
            QVERIFY(page.hasMatch());
            // 90 x 60 mm is 255.1 x 170.1 pt; Qt rounds the page to whole points.
            QVERIFY2(std::abs(page.captured(1).toDouble() - 255.1) <= 0.5,
                     qPrintable(page.captured(0)));
            QVERIFY2(std::abs(page.captured(2).toDouble() - 170.1) <= 0.5,
                     qPrintable(page.captured(0)));
        }
    }
}

void TestUiMainWindow::exportDialogRemembersChoices()
{
    FigureOptions options;
    options.size = QSizeF(4, 3);
    options.unit = SizeUnit::Inches;
    options.dpi = 300;
    options.scale = 2;
    options.transparent = true;
    options.content = FigureContent::PlotBesideSoftmax;
    {
        ExportDialog dialog;
        dialog.setPath(m_dir->filePath("figure.pdf"));
        dialog.setOptions(options);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again;
    QCOMPARE(again.path(), m_dir->filePath("figure.pdf"));
    const FigureOptions read = again.options();
    QCOMPARE(read.size, options.size);
    QCOMPARE(read.unit, options.unit);
    QCOMPARE(read.dpi, options.dpi);
    QCOMPARE(read.scale, options.scale);
    QCOMPARE(read.transparent, true);
    QCOMPARE(read.content, options.content);

    ExportDialog wrong;
    wrong.setPath(m_dir->filePath("figure.gif"));
    wrong.accept();
    QVERIFY(wrong.result() != int(QDialog::Accepted));
}

void TestUiMainWindow::exportDialogConvertsTheUnit()
{
    ExportDialog dialog;
    FigureOptions options;
    options.size = QSizeF(1600, 1000);
    options.dpi = 200;
    dialog.setOptions(options);
    auto *unit = dialog.findChild<QComboBox *>("exportUnit");
    QVERIFY(unit);
    // 1600 px at 200 dpi is 8 in, 203.2 mm: the same figure, not a 1600 mm one.
    unit->setCurrentIndex(unit->findData(int(SizeUnit::Millimetres)));
    QCOMPARE(dialog.options().unit, SizeUnit::Millimetres);
    QCOMPARE(dialog.options().size, QSizeF(203.2, 127.0));
    unit->setCurrentIndex(unit->findData(int(SizeUnit::Inches)));
    QCOMPARE(dialog.options().size, QSizeF(8.0, 5.0));
    unit->setCurrentIndex(unit->findData(int(SizeUnit::Pixels)));
    QCOMPARE(dialog.options().size, QSizeF(1600, 1000));
}

void TestUiMainWindow::exportErrorKeepsTheDialogOpen()
{
    MainWindow window;
    ExportDialog dialog(&window);
    dialog.setExporter([&window](const QString &path, const FigureOptions &options) {
        return window.exportFile(path, options);
    });
    // A folder that does not exist: the export fails, the dialog stays with the reason.
    dialog.setPath(m_dir->filePath("missing/figure.png"));
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    const auto labels = dialog.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return !label->isHidden() && label->text().contains("figure.png");
    });
    QVERIFY2(shown, "the write error is not shown in the dialog");
    // Fixed, it exports and closes.
    dialog.setPath(m_dir->filePath("figure.png"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo::exists(m_dir->filePath("figure.png")));
}

void TestUiMainWindow::settingsSurviveARestart()
{
    QSize size;
    {
        MainWindow window;
        window.setTheme(SceneTheme::Dark);
        // A size that fits the offscreen screen (800 x 800) as far as the window can.
        window.resize(window.minimumSizeHint().width(), 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.saveScene(m_dir->filePath("last.actscene")), std::nullopt);
        size = window.size();
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.theme(), SceneTheme::Dark);
    QCOMPARE(window.size(), size);
    QVERIFY(window.findChild<QAction *>("theme:dark")->isChecked());
    QCOMPARE(QSettings().value("lastScenePath").toString(), m_dir->filePath("last.actscene"));
}

void TestUiMainWindow::damagedWindowSettingsAreNotRestored()
{
    // What a damaged or foreign settings file may hold: a pane 2^31 - 1 px wide (each frame
    // would ask for a 26 GB image) and a window far larger than the screen.
    {
        QSplitter splitter;
        for (int i = 0; i < 3; ++i)
            splitter.addWidget(new QWidget);
        splitter.setSizes({300, std::numeric_limits<int>::max(), 460});
        QSettings().setValue("window/splitter", splitter.saveState());
        QWidget huge;
        huge.setGeometry(0, 0, 30000, 20000);
        QSettings().setValue("window/geometry", huge.saveGeometry());
    }
    MainWindow window;
    const QSize screen =
        window.screen()->availableGeometry().size().expandedTo(window.minimumSizeHint());
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height(),
             qPrintable(QString("%1 x %2").arg(window.width()).arg(window.height())));
    auto *splitter = window.findChild<QSplitter *>("mainSplitter");
    const QList<int> sizes = splitter->sizes();
    QVERIFY(std::all_of(sizes.begin(), sizes.end(),
                        [&](int size) { return size >= 0 && size <= screen.width(); }));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.plotView()->width() <= screen.width());
    // Closing stores sane values again.
    window.close();
    MainWindow again;
    const QList<int> stored = again.findChild<QSplitter *>("mainSplitter")->sizes();
    QVERIFY(std::accumulate(stored.begin(), stored.end(), qint64(0)) <= screen.width());
}

void TestUiMainWindow::lastSessionComesBack()
{
    Scene closed;
    {
        MainWindow window;
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::Selu);
        model->setOverlaid(FunctionId::Relu, true);
        QVERIFY(!model->setParameter(FunctionId::Selu, 1, 1.5));
        QVERIFY(!model->setLogits({1.0, 2.0, 3.0, -4.0}));
        window.plotView()->xAxis->setRange(-2.5, 4.0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        closed = sceneOf(window);
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.model()->current(), FunctionId::Gelu); // only when asked (main() asks)
    window.restoreLastSession();
    QVERIFY(sceneOf(window) == closed);
    QCOMPARE(window.model()->parameters(FunctionId::Selu).values[1], 1.5);
    QVERIFY(!window.undoStack()->canUndo()); // where history starts
}

void TestUiMainWindow::brokenSessionIsSkipped()
{
    QSettings().setValue("session/scene", QByteArray(R"({"format": "activation-explorer-scene",
        "version": 1, "current": "no_such_function"})"));
    MainWindow window;
    const Scene before = sceneOf(window);
    window.restoreLastSession();
    QVERIFY(sceneOf(window) == before);
    QVERIFY2(window.statusBar()->currentMessage().contains("no_such_function"),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
