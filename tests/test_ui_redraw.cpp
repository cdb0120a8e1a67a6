// A drag repaints only part of the plot (the pixels the current function's changed curves
// covered before and cover now) and clears only part of its buffers: what the window then shows
// must equal, pixel for pixel, a plot that replotted everything; and the curves' graphs, which
// draw a solid line with one call, must draw what QCPGraph draws. Two plots follow one scene: the
// one under test takes its frames as a drag does, the other is replotted in full before each
// comparison. What is compared is what the screen was last painted with (the offscreen
// backing store), so a repaint region too small leaves stale pixels that show. Run again on a
// scale-2 screen (test_ui_redraw_scale2).
#include "CurveGraph.h"
#include "PlotTheme.h"
#include "PlotView.h"
#include "SceneModel.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QBackingStore>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include <functional>

using act::FunctionId;

namespace {

// What the screen shows of a top-level widget: its backing store as the paint events left it.
// The offscreen platform's is an image, in device pixels (its grabWindow() cuts a scaled
// window to its size in logical ones).
QImage shown(QWidget *window)
{
    QPaintDevice *device = window->backingStore()->paintDevice();
    if (device->devType() != QInternal::Image) return {};
    // A copy of its own: a shared one would go on showing what is painted later.
    return static_cast<QImage *>(device)->copy().convertToFormat(QImage::Format_RGB32);
}

qint64 area(const QRegion &region)
{
    qint64 sum = 0;
    for (const QRect &rect : region)
        sum += qint64(rect.width()) * rect.height();
    return sum;
}

// Until nothing is left to do: queued redraws, QCustomPlot's queued replot, the paints.
void settle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (int i = 0; i < 100 && dispatcher->processEvents(QEventLoop::AllEvents); ++i) {
    }
}

// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) ++paints;
        return false;
    }
};

// What a row does to the scene and to both plots before the first frame.
using Setup = std::function<void(SceneModel &, PlotView &)>;
// How a frame is drawn: only where the live layers changed (less than half the plot), the
// live layers over the whole plot, or as a full replot.
enum class Frame { Partial, Whole, Replot };

// One frame's change: through the model (both plots follow it), or to both plots alike.
struct Step
{
    std::function<void(SceneModel &, PlotView &tested, PlotView &reference)> apply;
    Frame frame = Frame::Partial;
};

Step parameter(CurveId curve, std::size_t index, double value, Frame frame = Frame::Partial)
{
    return {[=](SceneModel &model, PlotView &, PlotView &) {
                QCOMPARE(model.setParameter(curve, index, value), std::nullopt);
            },
            frame};
}

Step reset(CurveId curve, std::size_t index)
{
    return {[=](SceneModel &model, PlotView &, PlotView &) { model.resetParameter(curve, index); }};
}

// The pointer hovers over (x, y): the trace cursor's marker moves there.
Step pointerAt(double x, double y, Frame frame = Frame::Partial)
{
    return {[=](SceneModel &, PlotView &tested, PlotView &reference) {
                for (PlotView *plot : {&tested, &reference}) {
                    const QPoint at(qRound(plot->xAxis->coordToPixel(x)),
                                    qRound(plot->yAxis->coordToPixel(y)));
                    QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton,
                                     Qt::NoButton, Qt::NoModifier);
                    QApplication::sendEvent(plot, &move);
                }
            },
            frame};
}

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(Step)

class TestUiRedraw : public QObject
{
    Q_OBJECT

private slots:
    void dragPaintsWhatAFullReplotPaints_data();
    void dragPaintsWhatAFullReplotPaints();
    void curveGraphDrawsWhatQCPGraphDraws_data();
    void curveGraphDrawsWhatQCPGraphDraws();
    void bottomBufferHoldsTheBackground();
};

void TestUiRedraw::dragPaintsWhatAFullReplotPaints_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QList<Step>>("steps");

    const auto none = [](SceneModel &, PlotView &) {};
    const auto derivatives = [](SceneModel &model, PlotView &) {
        model.setOrderShown(1, true);
        model.setOrderShown(2, true);
        model.setOverlaid(FunctionId::Relu, true);
        model.setOverlaid(FunctionId::Gelu, true);
    };
    const CurveId leaky(FunctionId::LeakyRelu), elu(FunctionId::Elu), selu(FunctionId::Selu);
    const CurveId hardshrink(FunctionId::Hardshrink), softplus(FunctionId::Softplus);

    QTest::newRow("small steps, f f' f'' and overlays")
        << FunctionId::LeakyRelu << Setup(derivatives)
        << QList<Step>{parameter(leaky, 0, 0.05), parameter(leaky, 0, 0.08),
                       parameter(leaky, 0, 0.11), parameter(leaky, 0, 0.14)};
    // The new curves lie far outside the old ones' pixels, and then back.
    QTest::newRow("jumps out of the old curves")
        << FunctionId::Elu << Setup(derivatives)
        << QList<Step>{parameter(elu, 0, 5.0), parameter(elu, 0, 0.1), parameter(elu, 0, 3.0)};
    // At the defaults the faint default curves hide; away from them they show again.
    QTest::newRow("ghosts hide and show")
        << FunctionId::Selu << Setup(none)
        << QList<Step>{parameter(selu, 0, 1.2), reset(selu, 0), parameter(selu, 0, 1.4)};
    // Hardshrink jumps at ±λ: the markers there move with λ.
    QTest::newRow("jump markers move")
        << FunctionId::Hardshrink << Setup(derivatives)
        << QList<Step>{parameter(hardshrink, 0, 1.0), parameter(hardshrink, 0, 2.0),
                       parameter(hardshrink, 0, 0.2)};
    // Softplus's β moves every point of f, f' and f'': the damage is both footprints whole,
    // the dashed lines' too.
    QTest::newRow("every point moves, f f' f''")
        << FunctionId::Softplus << Setup(derivatives)
        << QList<Step>{parameter(softplus, 0, 0.5), parameter(softplus, 0, 2.0),
                       parameter(softplus, 0, 4.0)};
    QTest::newRow("hover tracer") << FunctionId::Softplus << Setup(none)
                                  << QList<Step>{pointerAt(-2, 0.1), pointerAt(1, 1.3),
                                                 parameter(softplus, 0, 3.0), pointerAt(2.5, 2.5)};
    QTest::newRow("dark theme, presentation lines")
        << FunctionId::Elu << Setup([](SceneModel &model, PlotView &plot) {
               model.setOrderShown(1, true);
               plot.setTheme(PlotThemeKind::Dark);
               plot.setHighContrast(true);
               plot.setLineScale(2.5);
           })
        << QList<Step>{parameter(elu, 0, 0.5), parameter(elu, 0, 2.5), pointerAt(-1, -0.5)};
    QTest::newRow("buffers at scale 2")
        << FunctionId::Elu << Setup([](SceneModel &, PlotView &plot) { plot.setBufferScale(2); })
        << QList<Step>{parameter(elu, 0, 0.5), parameter(elu, 0, 2.5)};
    // The difference panel's axes and readout share the live layer: the trace cursor repaints
    // the whole plot, and a parameter a full replot (the difference's axis gets new ticks).
    QTest::newRow("comparison") << FunctionId::Elu << Setup([](SceneModel &model, PlotView &) {
        QCOMPARE(model.setComparison(CurveId(FunctionId::Selu)), std::nullopt);
    })
                                << QList<Step>{parameter(elu, 0, 0.5, Frame::Replot),
                                               pointerAt(-1, -0.5, Frame::Whole),
                                               parameter(elu, 0, 2.5, Frame::Replot),
                                               pointerAt(1, 1, Frame::Whole)};
}

void TestUiRedraw::dragPaintsWhatAFullReplotPaints()
{
    QFETCH(FunctionId, function);
    QFETCH(Setup, setup);
    QFETCH(QList<Step>, steps);

    SceneModel model;
    model.setCurrent(function);
    PlotView tested(&model);
    PlotView reference(&model);
    for (PlotView *plot : {&tested, &reference}) {
        plot->setFocusPolicy(Qt::NoFocus); // no focus frame on either
        plot->resize(900, 600);
        plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(plot));
        setup(model, *plot);
    }
    settle();
    PaintCounter painted(&tested);
    // Everything drawn once, as a new function's first frame is.
    tested.replot(QCustomPlot::rpImmediateRefresh);
    settle();

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QImage before = shown(&tested);
        const int paints = painted.paints;
        steps[i].apply(model, tested, reference);
        settle();
        QVERIFY(painted.paints > paints);
        const QRegion repainted = tested.liveRepaint();
        const QRect all(QPoint(0, 0), tested.size());
        const QString what =
            QString("step %1 repainted %2 of %3 pixels").arg(i).arg(area(repainted)).arg(area(all));
        switch (steps[i].frame) {
        case Frame::Partial:
            QVERIFY2(!repainted.isEmpty() && area(repainted) < area(all) / 2, qPrintable(what));
            break;
        case Frame::Whole:
            QVERIFY2((QRegion(all) - repainted).isEmpty(), qPrintable(what));
            break;
        case Frame::Replot:
            QVERIFY2(repainted.isEmpty(), qPrintable(what));
            break;
        }
        reference.replot(QCustomPlot::rpImmediateRefresh);
        const QImage live = shown(&tested);
        const QImage full = shown(&reference);
        QCOMPARE(live.size(), full.size());
        QVERIFY2(live != before, qPrintable(QString("step %1 changed nothing").arg(i)));
        int wrong = 0;
        QPoint first;
        for (int y = 0; y < live.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(live.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(full.constScanLine(y));
            for (int x = 0; x < live.width(); ++x)
                if (a[x] != b[x] && wrong++ == 0) first = QPoint(x, y);
        }
        QVERIFY2(wrong == 0, qPrintable(QString("step %1: %2 pixels differ, the first at (%3, %4)")
                                            .arg(i)
                                            .arg(wrong)
                                            .arg(first.x())
                                            .arg(first.y())));
    }
}

void TestUiRedraw::curveGraphDrawsWhatQCPGraphDraws_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<bool>("antialiased");
    QTest::addColumn<double>("bufferScale");
    QTest::newRow("1 px, QCustomPlot's cosmetic line") << 1.0 << true << 1.0;
    QTest::newRow("1 px at buffer scale 2, still a hairline") << 1.0 << true << 2.0;
    QTest::newRow("1.01 px, a HiDPI hairline") << 1.01 << true << 2.0;
    QTest::newRow("2 px, the current function's f") << 2.0 << true << 1.0;
    QTest::newRow("5 px, presentation mode") << 5.0 << true << 1.0;
    QTest::newRow("2 px at buffer scale 2") << 2.0 << true << 2.0;
    QTest::newRow("2 px, not antialiased") << 2.0 << false << 1.0;
    QTest::newRow("1 px, not antialiased") << 1.0 << false << 1.0;
}

void TestUiRedraw::curveGraphDrawsWhatQCPGraphDraws()
{
    QFETCH(double, width);
    QFETCH(bool, antialiased);
    QFETCH(double, bufferScale);
    // Steep and flat stretches, gaps at NaNs (one point alone between two), repeated points
    // (a segment of length 0) and points beyond the axes.
    QVector<double> x, y;
    for (int i = 0; i <= 400; ++i) {
        const double t = -6 + 12.0 * i / 400;
        x << t;
        y << (i % 97 == 0 || i == 201 || i == 203 ? NAN : std::tanh(3 * t) * std::exp(t / 4));
    }
    x << 6 << 6 << 7;
    y << 9 << 9 << -9;
    QImage images[3];
    for (int kind = 0; kind < 3; ++kind) {
        QCustomPlot plot;
        plot.setPlottingHint(QCP::phFastPolylines, true);
        plot.setBufferDevicePixelRatio(bufferScale);
        plot.resize(700, 450);
        plot.xAxis->setRange(-5, 5);
        plot.yAxis->setRange(-2, 2);
        QCPGraph *graph = nullptr;
        if (kind == 0) {
            graph = plot.addGraph();
        } else {
            auto *curve = new CurveGraph(plot.xAxis, plot.yAxis);
            curve->setSimplified(kind == 2);
            graph = curve;
        }
        graph->setData(x, y);
        graph->setPen(QPen(QColor(0, 114, 178), width));
        graph->setAntialiased(antialiased);
        plot.replot();
        images[kind] = plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
    QCOMPARE(images[1].size(), images[0].size());
    QVERIFY(images[0] != QImage(images[0].size(), QImage::Format_RGB32)); // something drawn
    QVERIFY(images[1] == images[0]);
    // Simplified, the line moves by at most a tenth of a device pixel. Pixel by pixel that can
    // be a large change for a hairline (which pixels a thin edge darkens, and where segments
    // meet: each is blended on its own, so every point drawn leaves a darker spot), so what is
    // compared is the ink: the darkness in every 3 × 3 pixels, and in all.
    const auto ink = [](const QImage &image, int x, int y) {
        const QRgb p =
            image.pixel(std::clamp(x, 0, image.width() - 1), std::clamp(y, 0, image.height() - 1));
        return 3 * 255 - qRed(p) - qGreen(p) - qBlue(p);
    };
    // 3 × 3 pixels of the plot's, in the image's device pixels (a scale-2 screen's are finer).
    const int reach = 3 * qRound(images[0].devicePixelRatio()) / 2;
    const int window = 2 * reach + 1;
    double largest = 0, inkShown = 0, inkSimplified = 0;
    for (int y = 0; y < images[0].height(); ++y)
        for (int x = 0; x < images[0].width(); ++x) {
            inkShown += ink(images[0], x, y);
            inkSimplified += ink(images[2], x, y);
            int near = 0;
            for (int dy = -reach; dy <= reach; ++dy)
                for (int dx = -reach; dx <= reach; ++dx)
                    near += ink(images[0], x + dx, y + dy) - ink(images[2], x + dx, y + dy);
            largest = std::max(largest, std::abs(near) / (3.0 * window * window));
        }
    const QByteArray measured = QString("ink %1 of the unsimplified, 3x3 ink differs by %2 levels")
                                    .arg(inkSimplified / inkShown)
                                    .arg(largest)
                                    .toUtf8();
    // Fewer darker meeting spots: a little less ink, never more than a few percent.
    QVERIFY2(inkSimplified > 0.95 * inkShown && inkSimplified < 1.02 * inkShown, measured);
    // Antialiased, about a tenth of the way between one and the next level of a 3 × 3 mean;
    // without antialiasing a pixel of the nine may step over by one.
    QVERIFY2(largest <= (antialiased ? 32 : 60), measured);
}

// The bottom paint buffer holds the background (the paint event copies it): the window shows
// the theme's background where nothing is drawn, also after the theme changes both ways.
void TestUiRedraw::bottomBufferHoldsTheBackground()
{
    SceneModel model;
    PlotView plot(&model);
    plot.setFocusPolicy(Qt::NoFocus); // no focus frame
    plot.resize(700, 500);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    settle();
    QRgb previous = 0;
    for (const PlotThemeKind theme : {PlotThemeKind::Dark, PlotThemeKind::Light}) {
        plot.setTheme(theme);
        settle();
        const QImage image = shown(&plot);
        const QRgb background = themeBackground(theme).rgb();
        QVERIFY(background != previous);
        previous = background;
        // Wherever the same plot drawn as a figure (no buffers) shows only the background, so
        // does the window: every 7th pixel each way.
        const QImage figure = plot.toPixmap(plot.width(), plot.height(), plot.devicePixelRatioF())
                                  .toImage()
                                  .convertToFormat(QImage::Format_RGB32);
        int empty = 0;
        for (int y = 0; y < figure.height(); y += 7)
            for (int x = 0; x < figure.width(); x += 7) {
                if (figure.pixel(x, y) != background) continue;
                ++empty;
                QVERIFY2(image.pixel(x, y) == background,
                         qPrintable(QString("(%1, %2): %3 not %4")
                                        .arg(x)
                                        .arg(y)
                                        .arg(image.pixel(x, y), 8, 16)
                                        .arg(background, 8, 16)));
            }
        QVERIFY(empty > figure.width() * figure.height() / 49 / 2); // most of it
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestUiRedraw test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_redraw.moc"
