// Vector figures made in-process: SVG and PDF carry the requested physical size, keep curves
// as vector paths clipped to the axes, and name only fonts that are really used.
#include "FigureExporter.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "support/Files.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

namespace {

using testsupport::readAll;

} // namespace

class TestExportVector : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<SceneModel>();
        m_plot = std::make_unique<PlotView>(m_model.get());
        m_model->setOverlaid(act::FunctionId::Relu, true);
        m_model->setOrderShown(1, true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_plot.reset();
        m_model.reset();
    }

    void svgHasPhysicalSizeAndVectorCurves_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QString>("width");
        QTest::addColumn<QString>("height");
        QTest::newRow("160x100 mm")
            << QSizeF(160, 100) << int(SizeUnit::Millimetres) << 96.0 << "160mm"
            << "100mm";
        QTest::newRow("6.5x4 in") << QSizeF(6.5, 4) << int(SizeUnit::Inches) << 96.0 << "165.1mm"
                                  << "101.6mm";
        QTest::newRow("960x600 px at 96 dpi")
            << QSizeF(960, 600) << int(SizeUnit::Pixels) << 96.0 << "254mm"
            << "158.75mm";
    }
    void svgHasPhysicalSizeAndVectorCurves()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(double, dpi);
        QFETCH(QString, width);
        QFETCH(QString, height);
        FigureOptions options;
        options.size = size;
        options.unit = SizeUnit(unit);
        options.dpi = dpi;
        const QString path = m_dir->filePath("figure.svg");
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        const QByteArray svg = readAll(path);
        QXmlStreamReader xml(svg);
        int longPolylines = 0;
        int texts = 0;
        QSet<QString> families;
        QString svgWidth;
        QString svgHeight;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                svgWidth = attributes.value("width").toString();
                svgHeight = attributes.value("height").toString();
            }
            // QSvgGenerator writes curves as <polyline> and outlines as <path>; both vector.
            if (xml.name() == QLatin1String("polyline") &&
                attributes.value("points").count(QLatin1Char(',')) >= 100)
                ++longPolylines;
            if (xml.name() == QLatin1String("text")) ++texts;
            if (attributes.hasAttribute("font-family"))
                families.insert(attributes.value("font-family").toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgWidth, width);
        QCOMPARE(svgHeight, height);
        QVERIFY(longPolylines >= 4); // GELU f, f'; ReLU f, f'
        QVERIFY(texts >= 10);        // tick labels, axis labels, legend
        QCOMPARE(families, QSet<QString>{"DejaVu Sans"});
        QVERIFY(!svg.contains("<image")); // nothing rasterised
    }

    void svgCurvesAreClippedToTheAxisRect()
    {
        // Zoomed in so that the curves run far past the axes: they must not cover the labels.
        m_plot->yAxis->setRange(-0.2, 0.2);
        FigureOptions options;
        options.size = QSizeF(600, 400);
        const QByteArray svg = std::get<QByteArray>(
            exporter().render(FigureFormat::Svg, FigureContent::Plot, options));
        QXmlStreamReader xml(svg);
        QRectF clipRect;
        int clippedDepth = 0; // > 0 inside a clip-path group
        int clippedCurves = 0;
        int unclippedCurves = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && clippedDepth > 0) --clippedDepth;
            if (token != QXmlStreamReader::StartElement) continue;
            const auto attributes = xml.attributes();
            if (clippedDepth > 0) ++clippedDepth;
            if (xml.name() == QLatin1String("g") && attributes.hasAttribute("clip-path"))
                clippedDepth = 1;
            if (xml.name() == QLatin1String("rect") && clipRect.isNull() &&
                attributes.value("x").toDouble() > 0)
                clipRect = QRectF(
                    attributes.value("x").toDouble(), attributes.value("y").toDouble(),
                    attributes.value("width").toDouble(), attributes.value("height").toDouble());
            if (xml.name() == QLatin1String("polyline") &&
                attributes.value("points").count(QLatin1Char(',')) >= 100)
                ++(clippedDepth > 0 ? clippedCurves : unclippedCurves);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svg.contains("<clipPath id=\"plotArea0\">"));
        // The clip is the plot area the axes were drawn around: the x axis runs along its bottom
        // edge from its left to its right.
        QVERIFY(!clipRect.isNull());
        const QString xAxis = QString("points=\"%1,%2 %3,%2 \"")
                                  .arg(clipRect.left())
                                  .arg(clipRect.bottom() - 1)
                                  .arg(clipRect.right());
        QVERIFY2(svg.contains(xAxis.toUtf8()), qPrintable(xAxis));
        QVERIFY(clippedCurves >= 4);
        QCOMPARE(unclippedCurves, 0);
    }

    void missingFontFamilyIsReplacedByTheOneDrawn()
    {
        FigureOptions options;
        options.size = QSizeF(400, 300);
        options.fontFamily = "No Such Family";
        const auto svg = exporter().render(FigureFormat::Svg, FigureContent::Plot, options);
        const QByteArray text = std::get<QByteArray>(svg);
        QVERIFY(!text.contains("No Such Family"));
        QVERIFY(!text.contains("\"Sans Serif\""));
        QVERIFY(text.contains("font-family="));
    }

    void pdfHasRequestedPageSize_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("160x100 mm") << QSizeF(160, 100) << int(SizeUnit::Millimetres)
                                    << QSizeF(160 * 72 / 25.4, 100 * 72 / 25.4);
        QTest::newRow("A4 landscape")
            << QSizeF(297, 210) << int(SizeUnit::Millimetres) << QSizeF(841.89, 595.28);
        QTest::newRow("3x2 in") << QSizeF(3, 2) << int(SizeUnit::Inches) << QSizeF(216, 144);
        // A pixel size without a resolution is a figure 170 mm wide.
        QTest::newRow("960x600 px") << QSizeF(960, 600) << int(SizeUnit::Pixels)
                                    << QSizeF(170 / 25.4 * 72, 106.25 / 25.4 * 72);
    }
    void pdfHasRequestedPageSize()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(QSizeF, points);
        FigureOptions options;
        options.size = size;
        options.unit = SizeUnit(unit);
        const QString path = m_dir->filePath("figure.pdf");
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        const auto match =
            QRegularExpression(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])")
                .match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        // Qt's PDF writer rounds the page to whole points (1 pt = 1/72 in).
        QVERIFY2(std::abs(match.captured(1).toDouble() - points.width()) <= 0.5,
                 qPrintable(match.captured(0)));
        QVERIFY2(std::abs(match.captured(2).toDouble() - points.height()) <= 0.5,
                 qPrintable(match.captured(0)));
        QVERIFY(pdf.contains("DejaVuSans"));
        QVERIFY(pdf.size() > 5000);
    }

private:
    FigureExporter exporter() const { return FigureExporter(m_plot.get()); }

    std::unique_ptr<SceneModel> m_model;
    std::unique_ptr<PlotView> m_plot;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestExportVector)
#include "test_export_vector.moc"
