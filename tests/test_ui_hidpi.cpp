// The plot on a scale-2 screen (QT_SCALE_FACTOR=2, set before the application starts): every
// line follows the device pixel ratio, so the current function's f' is no thinner than the grid
// (QCustomPlot draws a pen of exactly 1 px as a one-device-pixel hairline, half the grid's 2).
#include "PlotView.h"
#include "SceneModel.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

using act::FunctionId;

struct Run
{
    double thickness; // effective, in device pixels: the sum of the blend factors
    double centre;    // row
};

// The lines crossing `column` of `image` that blend `colour` into white, one run of such
// pixels each.
std::vector<Run> lineRuns(const QImage &image, int column, const QColor &colour)
{
    std::vector<Run> runs;
    double run = 0, weighted = 0;
    const double full = 255.0 - colour.red();
    for (int y = 0; y < image.height(); ++y) {
        const QColor c(image.pixel(column, y));
        const double a = (255.0 - c.red()) / full;
        // A pixel of such a line: its colour lies on the way from white to `colour`.
        const bool onLine = a > 0.08 && a < 1.25 &&
                            std::abs(c.green() - (255 - a * (255 - colour.green()))) < 30 &&
                            std::abs(c.blue() - (255 - a * (255 - colour.blue()))) < 30;
        if (onLine) {
            run += std::min(a, 1.0);
            weighted += std::min(a, 1.0) * y;
        } else if (run > 0) {
            runs.push_back({run, weighted / run});
            run = weighted = 0;
        }
    }
    return runs;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

} // namespace

class TestUiHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void linesFollowThePixelRatio_data()
    {
        QTest::addColumn<bool>("overlay"); // measure an overlay's f' instead of the current one's
        QTest::newRow("current function's f'") << false;
        QTest::newRow("an overlay's f'") << true;
    }
    void linesFollowThePixelRatio()
    {
        QFETCH(bool, overlay);
        SceneModel model;
        // Sigmoid's f' is nearly flat around x = 0.4, where its dashes cross the columns.
        model.setCurrent(overlay ? FunctionId::Relu : FunctionId::Sigmoid);
        if (overlay) model.setOverlaid(FunctionId::Sigmoid, true);
        model.setOrderShown(1, true);
        QCOMPARE(model.setView({-6, 6, -0.15, 1.15}), std::nullopt);
        PlotView plot(&model);
        // A focused plot shows the trace cursor's readout, which would cover the curves here.
        plot.setFocusPolicy(Qt::NoFocus);
        plot.resize(800, 500);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const double ratio = plot.devicePixelRatioF();
        QCOMPARE(ratio, 2.0);
        plot.replot();
        const QImage image = plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.width(), qRound(800 * ratio));
        const QColor curve = plot.colourOf(FunctionId::Sigmoid);
        double derivative = 0;
        for (double x = 0.3; x <= 0.6; x += 0.01) {
            const int column = qRound(plot.xAxis->coordToPixel(x) * ratio);
            const double s = 1 / (1 + std::exp(-x));
            const double row = plot.yAxis->coordToPixel(s * (1 - s)) * ratio;
            for (const Run &r : lineRuns(image, column, curve))
                if (std::abs(r.centre - row) < 3 * ratio)           // f', not f above it
                    derivative = std::max(derivative, r.thickness); // a dash, not a gap's edge
        }
        // The horizontal grid lines at the left, where only f runs (near 0).
        const int column = qRound(plot.xAxis->coordToPixel(-5.5) * ratio);
        std::vector<double> grid;
        for (const Run &r : lineRuns(image, column, QColor(215, 215, 215)))
            grid.push_back(r.thickness);
        QVERIFY(grid.size() >= 3);
        const double gridThickness = median(grid);
        QVERIFY2(std::abs(gridThickness - ratio) < 0.35 * ratio,
                 qPrintable(QString::number(gridThickness)));
        QVERIFY2(derivative >= 0.9 * gridThickness,
                 qPrintable(QString("f' %1 px, grid %2 px").arg(derivative).arg(gridThickness)));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestUiHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_hidpi.moc"
