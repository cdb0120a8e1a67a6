// Arranges the panels; all state lives in the SceneModel.
#include "MainWindow.h"

#include "FormulaView.h"
#include "FunctionList.h"
#include "ParameterPanel.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "SoftmaxView.h"

#include <QAction>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new SceneModel(this)), m_functionList(new FunctionList(m_model)),
      m_parameterPanel(new ParameterPanel(m_model)), m_plotView(new PlotView(m_model)),
      m_formulaView(new FormulaView(m_model)), m_softmaxView(new SoftmaxView(m_model)),
      m_readout(new QLabel)
{
    setObjectName("mainWindow");
    setWindowTitle(tr("Activation Explorer"));

    auto *left = new QSplitter(Qt::Vertical);
    left->setObjectName("leftSplitter");
    left->addWidget(m_functionList);
    left->addWidget(m_parameterPanel);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setSizes({480, 400});

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_plotView, 1);
    middleLayout->addWidget(m_formulaView);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("mainSplitter");
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_softmaxView);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({300, 1100, 460});
    setCentralWidget(splitter);

    createToolBar();

    m_readout->setObjectName("hoverReadout");
    m_readout->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_readout, 1);
    auto *hint = new QLabel(tr("Drag to pan · wheel to zoom · R resets the view · ↑/↓ in the "
                               "list change the function"));
    hint->setStyleSheet("color: gray;");
    statusBar()->addPermanentWidget(hint);
    connect(m_plotView, &PlotView::hovered, this,
            [this](double x, act::Derivatives v) { showHover(x, v.f, v.d1, v.d2); });
    connect(m_plotView, &PlotView::hoverLeft, m_readout, &QLabel::clear);

    // Most of the screen: the plot is the point of the window.
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1600, available.width() * 9 / 10), std::min(950, available.height() * 9 / 10));
    m_functionList->setFocus();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName("viewToolBar");
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("  Show: ")));
    const QString names[3] = {tr("f(x)"), tr("f′(x)  - - -"), tr("f″(x)  ····")};
    const QString tips[3] = {tr("Show the function (solid)"),
                             tr("Show the first derivative (dashed)"),
                             tr("Show the second derivative (dotted)")};
    for (int order = 0; order < 3; ++order) {
        QAction *action = bar->addAction(names[order]);
        action->setObjectName(QString("showOrder%1").arg(order));
        action->setCheckable(true);
        action->setChecked(m_model->isOrderShown(order));
        action->setToolTip(tips[order]);
        action->setShortcut(QKeySequence(QString("Ctrl+%1").arg(order + 1)));
        connect(action, &QAction::toggled, this,
                [this, order](bool on) { m_model->setOrderShown(order, on); });
        connect(m_model, &SceneModel::orderShownChanged, action, [action, order](int o, bool on) {
            if (o == order) action->setChecked(on);
        });
    }
    bar->addSeparator();
    QAction *reset = bar->addAction(tr("Reset view"));
    reset->setObjectName("resetView");
    reset->setShortcuts({QKeySequence(Qt::Key_R), QKeySequence(tr("Ctrl+0"))});
    reset->setToolTip(tr("Back to this function's initial ranges (R)"));
    connect(reset, &QAction::triggered, m_plotView, &PlotView::resetView);
}

void MainWindow::showHover(double x, double f, double d1, double d2)
{
    auto n = [](double v) { return QLocale::c().toString(v, 'g', 6); };
    m_readout->setText(tr("<i>x</i> = %1 &nbsp;&nbsp; <i>f</i>(<i>x</i>) = %2 &nbsp;&nbsp; "
                          "<i>f</i>′(<i>x</i>) = %3 &nbsp;&nbsp; <i>f</i>″(<i>x</i>) = %4")
                           .arg(n(x), n(f), n(d1), n(d2)));
}
