// Figures as print sees them: texts and lines in points at the figure's physical size, the same
// at 85 and at 170 mm (SVG font sizes and stroke widths; PDF words as pdftotext -bbox reads them,
// their fonts as pdffonts does), true minus signs, and the legend where it hides no curve or
// below the plot.
#include "FigureExporter.h"
#include "FigurePreset.h"
#include "FigureStyle.h"
#include "Palette.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "support/Files.h"
#include "support/Poppler.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace {

using act::FunctionId;
using testsupport::readAll;

// 8 pt is 10.67 layout pixels of 1/96 in; fonts take whole pixels: 11 px, 8.25 pt.
constexpr double kTickPt = 11 * 0.75;
constexpr double kLabelPt = 9.0;

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[\u2212-]?\\d+(\\.\\d+)?$"));
    return number.match(text).hasMatch();
}

double median(std::vector<double> values)
{
    if (values.empty()) return std::nan("");
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct SvgLook
{
    std::vector<double> tickPoints;  // font sizes of numeric texts, in points
    std::vector<double> otherPoints; // of the other texts
    std::vector<double> curvePoints; // stroke widths of long polylines
    std::vector<double> gridPoints;  // of the grid's light grey lines
};

// Sizes in points: the SVG's user units are layout pixels; its width attribute is in mm.
SvgLook readSvg(const QByteArray &svg)
{
    SvgLook look;
    QXmlStreamReader xml(svg);
    double pointsPerUnit = 0;
    std::vector<QXmlStreamAttributes> groups;
    const auto inherited = [&groups](const char *name) {
        for (auto it = groups.rbegin(); it != groups.rend(); ++it)
            if (it->hasAttribute(QLatin1String(name))) return it->value(QLatin1String(name));
        return QStringView();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            groups.pop_back();
        if (token != QXmlStreamReader::StartElement) continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("svg")) {
            const double mm = attributes.value("width").toString().remove("mm").toDouble();
            const double units =
                attributes.value("viewBox").toString().split(' ').value(2).toDouble();
            pointsPerUnit = mm / 25.4 * 72 / units;
        } else if (xml.name() == QLatin1String("g")) {
            groups.push_back(attributes);
        } else if (xml.name() == QLatin1String("text")) {
            const double size = inherited("font-size").toDouble() * pointsPerUnit;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            (isNumber(text.trimmed()) ? look.tickPoints : look.otherPoints).push_back(size);
        } else if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("path")) {
            const double width = inherited("stroke-width").toDouble() * pointsPerUnit;
            const QString stroke = inherited("stroke").toString();
            if (xml.name() == QLatin1String("polyline") &&
                attributes.value("points").count(QLatin1Char(',')) >= 100)
                look.curvePoints.push_back(width);
            else if (stroke == QLatin1String("#d7d7d7"))
                look.gridPoints.push_back(width);
        }
    }
    return look;
}

} // namespace

class TestExportPrint : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<SceneModel>();
        m_plot = std::make_unique<PlotView>(m_model.get());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_plot.reset();
        m_model.reset();
    }

    void svgSizesAreInPoints_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("scale");
        const int mm = int(SizeUnit::Millimetres), px = int(SizeUnit::Pixels);
        QTest::newRow("single column 85x60 mm") << QSizeF(85, 60) << mm << kAutoDpi << 1.0;
        QTest::newRow("double column 170x105 mm") << QSizeF(170, 105) << mm << kAutoDpi << 1.0;
        QTest::newRow("A4 width 210x140 mm") << QSizeF(210, 140) << mm << kAutoDpi << 1.0;
        QTest::newRow("1600x1000 px, automatic dpi") << QSizeF(1600, 1000) << px << kAutoDpi << 1.0;
        QTest::newRow("800x500 px at 96 dpi") << QSizeF(800, 500) << px << 96.0 << 1.0;
        QTest::newRow("slide preset") << QSizeF(1920, 1080) << px << 192.0 << 2.0;
    }
    void svgSizesAreInPoints()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(double, dpi);
        QFETCH(double, scale);
        m_model->setOverlaid(FunctionId::Relu, true);
        m_model->setOrderShown(1, true);
        FigureOptions options;
        options.size = size;
        options.unit = SizeUnit(unit);
        options.dpi = dpi;
        options.scale = scale;
        const auto svg = exporter().render(FigureFormat::Svg, FigureContent::Plot, options);
        const SvgLook look = readSvg(std::get<QByteArray>(svg));
        QVERIFY(look.tickPoints.size() >= 8);
        for (double points : look.tickPoints)
            QVERIFY2(std::abs(points - kTickPt * scale) < 0.05 * scale,
                     qPrintable(QString::number(points)));
        // Axis labels and legend entries: 8 to 9 pt.
        QVERIFY(look.otherPoints.size() >= 4);
        for (double points : look.otherPoints)
            QVERIFY2(points >= 8 * scale && points <= (kLabelPt + 0.05) * scale,
                     qPrintable(QString::number(points)));
        // f at 1.5 pt and f' at 1.1 pt, and the grid thinner than either.
        QVERIFY(look.curvePoints.size() >= 4);
        const auto [thinnest, widest] =
            std::minmax_element(look.curvePoints.begin(), look.curvePoints.end());
        QVERIFY2(std::abs(*thinnest - 1.1 * scale) < 0.02 * scale,
                 qPrintable(QString::number(*thinnest)));
        QVERIFY2(std::abs(*widest - 1.5 * scale) < 0.02 * scale,
                 qPrintable(QString::number(*widest)));
        QVERIFY(!look.gridPoints.empty());
        for (double points : look.gridPoints)
            QVERIFY2(points < *thinnest && points >= 0.3 * scale,
                     qPrintable(QString::number(points)));
    }

    void pdfTickLabelsInPointsWithMinusSigns_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("scale");
        const int mm = int(SizeUnit::Millimetres), px = int(SizeUnit::Pixels);
        QTest::newRow("85x60 mm") << QSizeF(85, 60) << mm << 1.0;
        QTest::newRow("170x105 mm") << QSizeF(170, 105) << mm << 1.0;
        QTest::newRow("1600x1000 px") << QSizeF(1600, 1000) << px << 1.0;
        QTest::newRow("85x60 mm at scale 2") << QSizeF(85, 60) << mm << 2.0;
    }
    void pdfTickLabelsInPointsWithMinusSigns()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(double, scale);
        FigureOptions options;
        options.size = size;
        options.unit = SizeUnit(unit);
        options.scale = scale;
        const QString path = m_dir->filePath("figure.pdf");
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        const auto fonts = testsupport::pdfFonts(path);
        QVERIFY2(!fonts.empty(), "pdffonts (poppler-utils) lists no font");
        for (const auto &font : fonts)
            QVERIFY2(font.embedded, qPrintable(font.name + " is not embedded"));
        const auto words = testsupport::pdfWords(path);
        std::vector<double> heights;
        int negative = 0;
        for (const auto &word : words) {
            if (!isNumber(word.text)) continue;
            QVERIFY2(!word.text.startsWith(QLatin1Char('-')),
                     qPrintable(word.text + " has a hyphen, not a minus sign"));
            negative += word.text.startsWith(QChar(0x2212));
            heights.push_back(word.box.height());
        }
        QVERIFY2(heights.size() >= 8, qPrintable(QString::number(heights.size())));
        QVERIFY(negative >= 2); // the x axis runs from -6 to 6
        // pdftotext's box is the font's ascent to descent: 1.164 em for DejaVu Sans.
        const double points = median(heights) / 1.164;
        QVERIFY2(std::abs(points - kTickPt * scale) < 0.15 * scale,
                 qPrintable(QString::number(points)));
    }

    void legendFindsRoom_data()
    {
        QTest::addColumn<QList<int>>("functions"); // the current one first
        QTest::addColumn<QList<int>>("orders");
        QTest::addColumn<QSizeF>("millimetres");
        QTest::addColumn<QString>("where");
        const auto f = [](FunctionId id) { return int(id); };
        QTest::newRow("sigmoid, 170 mm")
            << QList<int>{f(FunctionId::Sigmoid)} << QList<int>{0} << QSizeF(170, 105)
            << "top right"; // one row, above the asymptote
        QTest::newRow("tanh with f', 85 mm")
            << QList<int>{f(FunctionId::Tanh)} << QList<int>{0, 1} << QSizeF(85, 60) << "top left";
        QTest::newRow("GELU and ReLU with f', 170 mm")
            << QList<int>{f(FunctionId::Gelu), f(FunctionId::Relu)} << QList<int>{0, 1}
            << QSizeF(170, 105) << "top left";
        QTest::newRow("five with f' and f'', 85 mm")
            << QList<int>{f(FunctionId::Gelu), f(FunctionId::Relu), f(FunctionId::Sigmoid),
                          f(FunctionId::Tanh), f(FunctionId::Elu)}
            << QList<int>{0, 1, 2} << QSizeF(85, 60) << "below";
    }
    void legendFindsRoom()
    {
        QFETCH(QList<int>, functions);
        QFETCH(QList<int>, orders);
        QFETCH(QSizeF, millimetres);
        QFETCH(QString, where);
        m_model->setCurrent(FunctionId(functions.front()));
        for (int i = 1; i < functions.size(); ++i)
            m_model->setOverlaid(FunctionId(functions[i]), true);
        for (int order = 0; order < 3; ++order)
            m_model->setOrderShown(order, orders.contains(order));
        m_model->fitToCurves();
        // A colour nothing else has marks the legend's box.
        const QColor mark(255, 0, 254);
        m_plot->legend->setBrush(mark);
        FigureOptions options;
        options.size = millimetres;
        options.unit = SizeUnit::Millimetres;
        options.dpi = 150;
        const auto render = [&] {
            return QImage::fromData(std::get<QByteArray>(exporter().render(
                                        FigureFormat::Png, FigureContent::Plot, options)))
                .convertToFormat(QImage::Format_RGB32);
        };
        const QImage image = render();
        QRect box;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) == mark.rgb()) box |= QRect(x, y, 1, 1);
        QVERIFY(!box.isEmpty());
        const QSize s = image.size();
        if (where == QLatin1String("below")) {
            // Under the x axis, in rows across the figure.
            QVERIFY2(box.top() > s.height() * 0.6, qPrintable(QString::number(box.top())));
            QVERIFY(box.width() > box.height());
            // The plot area keeps most of the figure: the legend takes under a third.
            QVERIFY2(box.height() < s.height() / 3, qPrintable(QString::number(box.height())));
            return;
        }
        const bool left = where.contains(QLatin1String("left"));
        const bool top = where.contains(QLatin1String("top"));
        QCOMPARE(box.center().x() < s.width() / 2, left);
        QCOMPARE(box.center().y() < s.height() / 2, top);
        // Inside the axes: clear of the figure's edges and of the tick labels.
        QVERIFY(box.top() > 2 && box.bottom() < s.height() * 0.85);
        QVERIFY(box.left() > s.width() * 0.05 && box.right() < s.width() - 2);
        // Small beside the plot area, and hiding (almost) no curve: without the legend, the box
        // holds next to no coloured pixel.
        QVERIFY(double(box.width()) * box.height() < 0.2 * s.width() * s.height());
        m_plot->legend->setVisible(false);
        const QImage bare = render();
        int coloured = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                coloured += QColor(bare.pixel(x, y)).hsvSaturation() > 80;
        QVERIFY2(coloured < box.width() * box.height() / 100,
                 qPrintable(QString::number(coloured)));
    }

private:
    FigureExporter exporter() const { return FigureExporter(m_plot.get()); }

    std::unique_ptr<SceneModel> m_model;
    std::unique_ptr<PlotView> m_plot;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestExportPrint)
#include "test_export_print.moc"
