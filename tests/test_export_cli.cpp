// activation-explorer --export, run as a real process with no display and no Qt platform
// chosen: figure sizes and formats, saved scenes rendered exactly, and bad input (one clear
// line on stderr, exit status 2, no file written, an existing file kept byte for byte).
#include "FigureExporter.h"
#include "PlotTheme.h"
#include "PlotView.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "support/AppProcess.h"
#include "support/Files.h"
#include "support/FullDisk.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using Run = testsupport::AppRun;
using testsupport::readAll;

// Every line on stderr is the program's: Qt's remarks about the sandbox (no XDG_RUNTIME_DIR)
// are not let through.
QStringList programLines(const QString &err)
{
    return err.split('\n', Qt::SkipEmptyParts);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void pngWithoutDisplay()
    {
        const Run r = run({"--export", "gelu.png", "--function", "gelu", "--derivative"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(programLines(r.err), QStringList());
        const QImage image(path("gelu.png"));
        QCOMPARE(image.size(), QSize(1600, 1000));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QVERIFY(image.pixelColor(800, 500) != QColor(Qt::black));
    }

    void pngSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("pixels") << QStringList{"--size", "800x500"} << QSize(800, 500);
        QTest::newRow("equals sign") << QStringList{"--size=640x480"} << QSize(640, 480);
        QTest::newRow("scale 2") << QStringList{"--size", "900x600", "--scale", "2"}
                                 << QSize(900, 600);
        QTest::newRow("mm at 300 dpi")
            << QStringList{"--size", "80x50mm", "--dpi", "300"} << QSize(945, 591);
        QTest::newRow("inches") << QStringList{"--size", "4x3in", "--dpi", "100"}
                                << QSize(400, 300);
    }
    void pngSize()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, pixels);
        const Run r = run(QStringList{"--export", "f.png", "--function", "tanh"} + options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(path("f.png")).size(), pixels);
    }

    // --preset sets the size, unit, resolution and scale; --size, --dpi and --scale override
    // its parts. A pixel size without --dpi is a 170 mm wide figure.
    void presets_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<double>("dpi");
        QTest::newRow("column") << QStringList{"--preset", "column"} << QSize(1004, 709) << 300.0;
        QTest::newRow("double") << QStringList{"--preset", "double"} << QSize(2008, 1240) << 300.0;
        QTest::newRow("slide") << QStringList{"--preset", "slide"} << QSize(1920, 1080) << 192.0;
        QTest::newRow("column at 600 dpi")
            << QStringList{"--preset", "column", "--dpi", "600"} << QSize(2008, 1417) << 600.0;
        QTest::newRow("double, other size")
            << QStringList{"--preset=double", "--size", "100x50mm"} << QSize(1181, 591) << 300.0;
        QTest::newRow("1600x1000 px is 170 mm wide")
            << QStringList{"--size", "1600x1000"} << QSize(1600, 1000) << 1600 / (170 / 25.4);
        QTest::newRow("a narrow one stays at 96 dpi")
            << QStringList{"--size", "400x300"} << QSize(400, 300) << 96.0;
    }
    void presets()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, pixels);
        QFETCH(double, dpi);
        const Run r = run(QStringList{"--export", "f.png", "--function", "tanh"} + options);
        QCOMPARE(r.exitCode, 0);
        const QImage image(path("f.png"));
        QCOMPARE(image.size(), pixels);
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    }

    void presetPdfPage_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("column") << "column" << QSizeF(85 / 25.4 * 72, 60 / 25.4 * 72);
        QTest::newRow("double") << "double" << QSizeF(170 / 25.4 * 72, 105 / 25.4 * 72);
        QTest::newRow("slide") << "slide" << QSizeF(720, 405); // 10 x 5.625 in
    }
    void presetPdfPage()
    {
        QFETCH(QString, preset);
        QFETCH(QSizeF, points);
        QCOMPARE(run({"--export", "f.pdf", "--function", "elu", "--preset", preset}).exitCode, 0);
        const auto match =
            QRegularExpression(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])")
                .match(QString::fromLatin1(readAll(path("f.pdf"))));
        QVERIFY(match.hasMatch());
        QVERIFY2(std::abs(match.captured(1).toDouble() - points.width()) <= 0.5,
                 qPrintable(match.captured(0)));
        QVERIFY2(std::abs(match.captured(2).toDouble() - points.height()) <= 0.5,
                 qPrintable(match.captured(0)));
    }

    void svgAndPdfCarryThePhysicalSize()
    {
        QCOMPARE(run({"--export", "f.svg", "--function", "elu", "--size", "160x100mm"}).exitCode,
                 0);
        const QByteArray svg = readAll(path("f.svg"));
        QVERIFY(svg.contains("<svg width=\"160mm\" height=\"100mm\""));
        QVERIFY(svg.contains("<polyline"));

        QCOMPARE(run({"--export", "f.pdf", "--function", "elu", "--size", "6x4in"}).exitCode, 0);
        const QByteArray pdf = readAll(path("f.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 432.000000 288.000000]")); // 6 x 4 in at 72 pt/in
    }

    void softmaxFigures_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("softmax") << "softmax" << QStringList{"f.png"};
        QTest::newRow("both") << "both" << QStringList{"f-softmax.png", "f.png"}; // sorted by name
        QTest::newRow("beside") << "beside" << QStringList{"f.png"};
    }
    void softmaxFigures()
    {
        QFETCH(QString, figure);
        QFETCH(QStringList, files);
        const Run r = run({"--export", "f.png", "--function", "relu", "--figure", figure,
                           "--softmax", "3,1,0.2,-1", "--temperature", "0.7", "--size", "700x400"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
        for (const QString &file : files)
            QCOMPARE(QImage(path(file)).size(), QSize(700, 400));
    }

    void darkHasDarkBackgroundAndLightText()
    {
        QCOMPARE(run({"--export", "d.png", "--function", "gelu", "--dark", "--size", "600x400"})
                     .exitCode,
                 0);
        const QImage image(path("d.png"));
        QVERIFY(image.pixelColor(0, 0).value() < 60);
        int light = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).value() > 150 &&
                    image.pixelColor(x, y).hsvSaturation() < 30)
                    ++light;
        QVERIFY(light > 300); // tick labels, axis lines, legend text
    }

    void parameterWithoutPrefixSetsEveryFunctionThatHasIt()
    {
        const QStringList base{"--function", "elu",    "--function", "celu",    "--function",
                               "relu",       "--size", "500x300",    "--export"};
        QCOMPARE(run(base + QStringList{"all.png", "--param", "alpha=2"}).exitCode, 0);
        QCOMPARE(
            run(base + QStringList{"each.png", "--param", "elu.alpha=2", "--param", "celu.alpha=2"})
                .exitCode,
            0);
        QCOMPARE(run(base + QStringList{"one.png", "--param", "elu.alpha=2"}).exitCode, 0);
        QCOMPARE(readAll(path("all.png")), readAll(path("each.png")));
        QVERIFY(readAll(path("all.png")) != readAll(path("one.png")));
    }

    void typedFormulaIsDrawnWithItsParameter()
    {
        const QStringList base{"--formula", "x*sigmoid(b*x)", "--function", "relu",
                               "--size",    "500x300",        "--export"};
        const auto r = run(base + QStringList{"b2.svg", "--param", "b=2"});
        QCOMPARE(r.exitCode, 0);
        const QByteArray svg = readAll(path("b2.svg"));
        QVERIFY(svg.contains("x*sigmoid(b*x)")); // its name in the legend: the expression
        QVERIFY(svg.contains("ReLU"));
        QCOMPARE(run(base + QStringList{"b1.svg"}).exitCode, 0);
        QCOMPARE(run(base + QStringList{"b1-again.svg", "--param", "b=1"}).exitCode, 0);
        QCOMPARE(readAll(path("b1.svg")), readAll(path("b1-again.svg"))); // 1 is b's default
        QVERIFY(readAll(path("b1.svg")) != svg);
    }

    void compareDrawsTheDifferenceAndItsMaximum()
    {
        const QStringList base{"--function", "gelu", "--size", "800x600", "--export"};
        QCOMPARE(run(base + QStringList{"plain.svg"}).exitCode, 0);
        const Run r = run(base + QStringList{"cmp.svg", "--compare", "gelu_tanh"});
        QCOMPARE(r.exitCode, 0);
        const QString svg = QString::fromUtf8(readAll(path("cmp.svg")));
        QVERIFY2(
            svg.contains(QStringLiteral("max |GELU − GELU (tanh approx.)| = 4.7×10⁻⁴ at x = ")),
            qPrintable(svg.left(200)));
        QVERIFY(svg.contains(QStringLiteral("difference")));
        QVERIFY(!QString::fromUtf8(readAll(path("plain.svg"))).contains(QStringLiteral("max |")));

        const Run self = run(base + QStringList{"self.svg", "--compare", "gelu"});
        QCOMPARE(self.exitCode, 2);
        QVERIFY2(self.err.contains(QStringLiteral("--compare \"gelu\"")) ||
                     self.err.contains(QStringLiteral("--compare 'gelu'")),
                 qPrintable(self.err));
        const Run unknown = run(base + QStringList{"u.svg", "--compare", "gelu_tan"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("--compare: unknown function")),
                 qPrintable(unknown.err));
        QVERIFY(!QFile::exists(path("self.svg")) && !QFile::exists(path("u.svg")));
    }

    void sceneIsRenderedExactly()
    {
        Scene scene;
        scene.current = act::FunctionId::Swish;
        scene.overlays = {act::FunctionId::Relu6};
        scene.parametersOf(act::FunctionId::Swish).values[0] = 2.5;
        scene.ordersShown = {true, false, true};
        scene.view = ViewRange{-1.5, 2.0, -0.5, 3.0};
        scene.theme = SceneTheme::Dark;
        QCOMPARE(saveScene(scene, path("s.actscene")), std::nullopt);
        QCOMPARE(
            run({"--export", "scene.png", "--scene", "s.actscene", "--size", "600x400"}).exitCode,
            0);
        const QImage image(path("scene.png"));
        QCOMPARE(image.size(), QSize(600, 400));
        QVERIFY(image.pixelColor(0, 0).value() < 60); // the scene's dark theme

        // Byte for byte what the window's own export of that scene gives.
        SceneModel model;
        QCOMPARE(model.setScene(scene), std::nullopt);
        PlotView plot(&model);
        plot.setTheme(PlotThemeKind::Dark);
        FigureOptions options;
        options.size = QSizeF(600, 400);
        const auto expected =
            FigureExporter(&plot).render(FigureFormat::Png, FigureContent::Plot, options);
        QCOMPARE(readAll(path("scene.png")), std::get<QByteArray>(expected));

        // Options override the scene: here its theme stays, its functions do not.
        QCOMPARE(run({"--export", "tanh.png", "--scene", "s.actscene", "--function", "tanh",
                      "--size", "600x400"})
                     .exitCode,
                 0);
        QVERIFY(readAll(path("tanh.png")) != readAll(path("scene.png")));
        QVERIFY(QImage(path("tanh.png")).pixelColor(0, 0).value() < 60);
    }

    void sceneFromNewerVersionLoadsWithNote()
    {
        QByteArray json = sceneToJson(Scene{});
        json.replace("\"version\": 2", "\"version\": 30, \"stickers\": []");
        QFile file(path("new.actscene"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Run r = run({"--export", "n.png", "--scene", "new.actscene", "--size", "300x200"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(programLines(r.err),
                 QStringList{"activation-explorer: note: new.actscene: written by a newer version; "
                             "ignored: stickers"});
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList out{"--export", "keep.png"};
        QTest::newRow("unknown function") << out + QStringList{"--function", "gelux"}
                                          << "unknown function 'gelux'; did you mean 'gelu'?";
        QTest::newRow("no function")
            << out << "--export needs --function NAME or --formula EXPR (or --scene FILE)";
        QTest::newRow("function twice")
            << out + QStringList{"--function", "elu", "--function", "elu"}
            << "--function elu is listed twice";
        QTest::newRow("unknown extension")
            << QStringList{"--export", "keep.jpg", "--function", "elu"}
            << "--export 'keep.jpg': unknown figure format";
        QTest::newRow("no parameter anywhere")
            << out + QStringList{"--function", "relu", "--function", "tanh", "--param", "alpha=1"}
            << "--param alpha=1: none of the plotted functions (relu, tanh) has a parameter "
               "'alpha'";
        QTest::newRow("parameter out of domain")
            << out + QStringList{"--function", "softplus", "--param", "beta=-1"}
            << "--param beta=-1: softplus parameter beta must be";
        QTest::newRow("parameter not a number")
            << out + QStringList{"--function", "elu", "--param", "alpha=abc"}
            << "--param alpha=abc: 'abc' is not a number";
        QTest::newRow("parameter of unplotted function")
            << out + QStringList{"--function", "gelu", "--param", "elu.alpha=1"}
            << "--param elu.alpha=1: elu is not plotted (plotted: gelu)";
        QTest::newRow("parameter malformed")
            << out + QStringList{"--function", "elu", "--param", "alpha"}
            << "expected [FUNCTION.]NAME=VALUE";
        QTest::newRow("parameters inconsistent")
            << out + QStringList{"--function", "hardtanh", "--param", "min=2"}
            << "hardtanh parameter min must be less than max";
        QTest::newRow("range reversed") << out + QStringList{"--function", "elu", "--range", "5:1"}
                                        << "--range 5:1: the start must be less than the end";
        QTest::newRow("range text") << out + QStringList{"--function", "elu", "--range", "a:b"}
                                    << "--range a:b: 'a' is not a number";
        QTest::newRow("range inf") << out + QStringList{"--function", "elu", "--range=-inf:1"}
                                   << "--range -inf:1: '-inf' is not a finite number";
        QTest::newRow("unknown function lists names")
            << out + QStringList{"--function", "gelus"}
            << "unknown function 'gelus'; did you mean 'gelu'? Valid names: linear, sigmoid";
        QTest::newRow("size zero") << out + QStringList{"--function", "elu", "--size", "0x100"}
                                   << "the figure size must be positive";
        QTest::newRow("size text") << out + QStringList{"--function", "elu", "--size", "big"}
                                   << "--size 'big': expected WIDTHxHEIGHT";
        QTest::newRow("size huge")
            << out + QStringList{"--function", "elu", "--size", "99999x99999"} << "too large";
        QTest::newRow("unknown preset")
            << out + QStringList{"--function", "elu", "--preset", "poster"}
            << "--preset 'poster': expected column, double, slide";
        QTest::newRow("scale zero")
            << out + QStringList{"--function", "elu", "--scale", "0"} << "the scale must be";
        QTest::newRow("scale text") << out + QStringList{"--function", "elu", "--scale", "x"}
                                    << "--scale: 'x' is not a number";
        QTest::newRow("scene missing") << out + QStringList{"--scene", "nope.actscene"}
                                       << "--scene: nope.actscene: no such file";
        QTest::newRow("scene broken") << out + QStringList{"--scene", "broken.actscene"}
                                      << "--scene: broken.actscene: not valid JSON at line 1";
        QTest::newRow("unknown figure") << out + QStringList{"--function", "elu", "--figure", "pie"}
                                        << "--figure 'pie': expected plot, softmax, both or beside";
        QTest::newRow("one logit") << out + QStringList{"--figure", "softmax", "--softmax", "1"}
                                   << "softmax needs 2 to 20 logits, got 1";
        QTest::newRow("logit text") << out + QStringList{"--figure", "softmax", "--softmax", "1,x"}
                                    << "--softmax: logit 2: 'x' is not a number";
        QTest::newRow("temperature zero")
            << out + QStringList{"--figure", "softmax", "--temperature", "0"}
            << "the temperature must be a finite number above 0";
        QTest::newRow("with --csv") << out + QStringList{"--function", "elu", "--csv", "x.csv"}
                                    << "--export cannot be combined with --csv";
        QTest::newRow("folder missing")
            << QStringList{"--export", "no/such/f.png", "--function", "elu"} << "cannot write";
        QTest::newRow("positional")
            << out + QStringList{"--function", "elu", "extra"} << "unexpected argument 'extra'";
        QTest::newRow("unknown option")
            << out + QStringList{"--function", "elu", "--colour"} << "Unknown option 'colour'";
    }
    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QDir dir(m_dir->path());
        const QByteArray old = "an earlier figure";
        QFile keep(path("keep.png"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write(old);
        keep.close();
        QFile broken(path("broken.actscene"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": ");
        broken.close();
        const QStringList before =
            dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = programLines(r.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().startsWith("activation-explorer: error: "),
                 qPrintable(lines.front()));
        QVERIFY2(lines.front().contains(expected), qPrintable(lines.front()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(readAll(path("keep.png")), old);
    }

    void successfulRunsPrintNothingOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList elu{"--function", "elu", "--size", "400x300"};
        QTest::newRow("png") << QStringList{"--export", "f.png"} + elu;
        QTest::newRow("svg") << QStringList{"--export", "f.svg"} + elu;
        QTest::newRow("pdf") << QStringList{"--export", "f.pdf"} + elu;
        QTest::newRow("both") << QStringList{"--export", "f.png",     "--figure",
                                             "both",     "--softmax", "1,2"} +
                                     elu;
    }
    void successfulRunsPrintNothingOnStderr()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QString());
    }

    // Sizes beyond an int are refused as too large, naming the limit (they were converted to
    // int first, wrapped, and called "too small").
    void sizeBeyondAnInt_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pixels") << "3e9x3e9"
                                << "error: 3e+09 x 3e+09 px is too large for a figure: "
                                   "at most 16384 px a side (at scale 1)";
        QTest::newRow("one side") << "3e9x500"
                                  << "at most 16384 px a side";
        QTest::newRow("millimetres") << "1e12x100mm"
                                     << "at most 4334.93 mm a side (at scale 1)";
        QTest::newRow("largest double") << "1e308x1e308"
                                        << "at most 16384 px a side";
    }
    void sizeBeyondAnInt()
    {
        QFETCH(QString, size);
        QFETCH(QString, expected);
        const Run r = run({"--export", "f.png", "--function", "elu", "--size", size});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(programLines(r.err).size(), 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(QDir(m_dir->path()).isEmpty());
    }

    // A disk that fills up part way: the old files stay byte for byte and the error says why.
    // A figure under 16 KiB fails only in QSaveFile's last flush, which Qt 6.4's commit()
    // ignored: it put a 0-byte or truncated file in place of the old one and exited 0.
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<qint64>("free");
        QTest::newRow("small png, no space left")
            << QStringList{"--export", "f.png", "--size", "200x150"} << qint64(0);
        QTest::newRow("small png, 4 KiB left")
            << QStringList{"--export", "f.png", "--size", "200x150"} << qint64(4096);
        QTest::newRow("pdf, 4 KiB left") << QStringList{"--export", "f.pdf"} << qint64(4096);
        QTest::newRow("svg, 8 KiB left") << QStringList{"--export", "f.svg"} << qint64(8192);
        QTest::newRow("two files, 4 KiB left")
            << QStringList{"--export", "f.png", "--size", "200x150", "--figure", "both"}
            << qint64(4096);
    }
    void fullDiskKeepsTheOldFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, free);
        SmallTmpfs disk;
        if (!disk.skipReason().isEmpty()) QSKIP(qPrintable(disk.skipReason()));
        expectOldFilesKept(arguments, disk.path(), "No space left on device",
                           [&disk, free] { QCOMPARE(disk.fill(free), QString()); }, {});
    }

    // The same without root: past a file size limit writes fail as on a full disk (EFBIG).
    void cutShortKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("small png, in the last flush")
            << QStringList{"--export", "f.png", "--size", "200x150"} << qint64(1024);
        QTest::newRow("pdf, part way") << QStringList{"--export", "f.pdf"} << qint64(4096);
        QTest::newRow("two files")
            << QStringList{"--export", "f.png", "--size", "200x150", "--figure", "both"}
            << qint64(1024);
    }
    void cutShortKeepsTheOldFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, limit);
        expectOldFilesKept(arguments, m_dir->path(), "File too large", {},
                           [limit] { limitFileSize(limit); });
    }

    void helpListsTheExportOptions()
    {
        const Run r = run({"--export", "x.png", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--export", "--scene", "--derivative", "--second-derivative",
                                   "--size", "--scale", "--dpi", "--dark", "--figure"})
            QVERIFY2(r.out.contains(option), option);
    }

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Runs `arguments` + --function gelu in `folder` over old files f.* and f-softmax.*, once
    // `prepare` has run (filling the disk) and with `inChild` in the child (a size limit).
    void expectOldFilesKept(const QStringList &arguments, const QString &folder,
                            const QString &reason, const std::function<void()> &prepare,
                            const std::function<void()> &inChild) const
    {
        QDir dir(folder);
        const QByteArray old = "an earlier figure, which must survive";
        QStringList written;
        for (const char *name : {"f.png", "f-softmax.png", "f.pdf", "f.svg"}) {
            writeFile(dir.filePath(name), old);
            written << dir.filePath(name);
        }
        if (prepare) prepare();
        const QStringList before =
            dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        const Run r = run(arguments + QStringList{"--function", "gelu", "--softmax", "3,1,0.2"},
                          folder, inChild);
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = programLines(r.err);
        QCOMPARE(lines.size(), 1);
        const QRegularExpression expected(
            "^activation-explorer: error: cannot write 'f(-softmax)?\\.(png|pdf|svg)': " +
            QRegularExpression::escape(reason) + "$");
        QVERIFY2(expected.match(lines.front()).hasMatch(), qPrintable(lines.front()));
        for (const QString &file : written)
            QVERIFY2(readAll(file) == old, qPrintable(file));
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    // In the test's folder (or `folder`), with no display, platform or XDG_RUNTIME_DIR.
    Run run(const QStringList &arguments, const QString &folder = {},
            const std::function<void()> &inChild = {}) const
    {
        testsupport::AppRunOptions options;
        options.environment = testsupport::headlessEnvironment();
        options.workingDirectory = folder.isEmpty() ? m_dir->path() : folder;
        options.inChild = inChild;
        return testsupport::runApp(arguments, options);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestExportCli)
#include "test_export_cli.moc"
