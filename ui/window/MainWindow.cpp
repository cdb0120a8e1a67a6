// Arranges the panels and the menus; all state lives in the SceneModel.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "CompareMenu.h"
#include "CurveCsvExporter.h"
#include "ExampleScenes.h"
#include "ExportDialog.h"
#include "FormulaActions.h"
#include "FormulaView.h"
#include "FunctionList.h"
#include "LiveLabel.h"
#include "Mnemonics.h"
#include "NetworkDock.h"
#include "NetworkPanel.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "PlotTheme.h"
#include "PlotView.h"
#include "PresentationMode.h"
#include "ProbabilityChart.h"
#include "RecentScenes.h"
#include "SceneFile.h"
#include "SceneHistory.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "SoftmaxView.h"
#include "ThemeSwitcher.h"
#include "ValueTableDock.h"
#include "WidgetColours.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {

constexpr double kPresentationLineScale = 2.5;

QString sceneFilter()
{
    return QObject::tr("Activation Explorer scenes (*.actscene)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new SceneModel(this)), m_functionList(new FunctionList(m_model)),
      m_parameterPanel(new ParameterPanel(m_model)), m_plotView(new PlotView(m_model)),
      m_formulaView(new FormulaView(m_model)), m_softmaxView(new SoftmaxView(m_model)),
      m_readout(new QLabel), m_history(new SceneHistory(m_model, this)),
      m_presentation(new PresentationMode(this))
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
    m_leftPanel = left;

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
    m_valueTable = new ValueTableDock(m_model, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_valueTable);
    m_valueTable->hide(); // View ▸ Value Table (the window's saved state may show it)

    m_functionList->setColours([plot = m_plotView](CurveId id) { return plot->colourOf(id); });
    m_formulaActions = new FormulaActions(m_model, m_history, this);
    connect(m_functionList, &FunctionList::newFormulaRequested, m_formulaActions,
            &FormulaActions::newFormula);
    connect(m_functionList, &FunctionList::editFormulaRequested, m_formulaActions,
            &FormulaActions::editFormula);
    connect(m_functionList, &FunctionList::removeFormulaRequested, m_formulaActions,
            &FormulaActions::removeFormula);
    connect(m_plotView, &PlotView::coloursChanged, m_functionList, &FunctionList::updateSwatches);
    m_themeSwitcher = new ThemeSwitcher(m_model, m_plotView, m_softmaxView->chart(), this);
    // Drags and typing are reported by the panels that see them: one undo step each.
    connect(m_parameterPanel, &ParameterPanel::gestureStarted, m_history,
            &SceneHistory::beginGesture);
    connect(m_parameterPanel, &ParameterPanel::gestureFinished, m_history,
            &SceneHistory::endGesture);
    connect(m_softmaxView, &SoftmaxView::gestureStarted, m_history, &SceneHistory::beginGesture);
    connect(m_softmaxView, &SoftmaxView::gestureFinished, m_history, &SceneHistory::endGesture);
    m_networkDock =
        new NetworkDock(m_model, m_history, m_plotView, m_themeSwitcher, m_presentation, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_networkDock);
    createToolBar();
    createMenus();
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_presentation->setRestoredWidgets({m_leftPanel, m_softmaxView});
    m_presentation->setScaledPlots(QList<QCustomPlot *>{m_plotView, m_softmaxView->chart()} +
                                   m_networkDock->panel()->plots());

    m_readout->setObjectName("hoverReadout");
    m_readout->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_readout, 1);
    auto *hint = new QLabel(tr("Drag to pan · wheel to zoom (over an axis: that axis) · R resets "
                               "the view, F fits all · ↑/↓ in the list change the function"));
    widgetcolours::setMuted(hint);
    statusBar()->addPermanentWidget(hint);
    // The trace cursor's readout, also here (it sits next to the cursor inside the plot).
    connect(m_plotView, &PlotView::readoutChanged, m_readout, &QLabel::setText);
    // A typed formula is drawn from its fast pass first; say so until its accurate values
    // (computed on a worker thread) have replaced it.
    // A LiveLabel: a QLabel's new text lays the status bar out again and repaints all of it,
    // its long hint's text shaped anew, twice in every frame of a formula's drag.
    auto *refining = new LiveLabel(1);
    refining->setObjectName("refiningIndicator");
    refining->setAccessibleName(tr("Refinement status"));
    statusBar()->addWidget(refining);
    m_plotView->setRefineInBackground(true);
    connect(m_plotView, &FunctionPlot::refiningChanged, refining, [this, refining] {
        QStringList names;
        for (CurveId curve : m_plotView->refiningCurves())
            names << m_model->curveName(curve);
        refining->setText(
            names.isEmpty()
                ? QString()
                : tr("Refining %1…").arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    });

    readSettings();
    m_functionList->setFocus();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_history->stack();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("View"));
    bar->setObjectName("viewToolBar");
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("  Show: ")));
    const QString names[3] = {tr("f(x)"), tr("f′(x)  - - -"), tr("f″(x)  ····")};
    const QString inMenu[3] = {tr("&Function f(x)"), tr("First &Derivative f′(x)"),
                               tr("&Second Derivative f″(x)")};
    const QString tips[3] = {tr("Show the function (solid)"),
                             tr("Show the first derivative (dashed)"),
                             tr("Show the second derivative (dotted)")};
    const QString spoken[3] = {tr("Show f(x)"), tr("Show f′(x)"), tr("Show f″(x)")};
    for (int order = 0; order < 3; ++order) {
        // The button shows the dash pattern; the View menu says what it shows.
        QAction *action = bar->addAction(inMenu[order]);
        action->setIconText(names[order]);
        // Read out as "f prime of x", not the dash pattern drawn beside it.
        bar->widgetForAction(action)->setAccessibleName(spoken[order]);
        bar->widgetForAction(action)->setAccessibleDescription(tips[order]);
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
    QAction *reset = bar->addAction(tr("&Reset View"));
    reset->setIconText(tr("Reset view"));
    reset->setObjectName("resetView");
    reset->setShortcuts({QKeySequence(Qt::Key_R), QKeySequence(tr("Ctrl+0"))});
    reset->setToolTip(tr("Back to this function's initial ranges (R)"));
    connect(reset, &QAction::triggered, m_plotView, &PlotView::resetView);
    QAction *fit = bar->addAction(tr("Fit &All"));
    fit->setIconText(tr("Fit all"));
    fit->setObjectName("fitAll");
    fit->setShortcut(QKeySequence(Qt::Key_F));
    fit->setToolTip(tr("Fit the y range to every plotted curve over the x range shown (F)"));
    connect(fit, &QAction::triggered, m_model, &SceneModel::fitToCurves);
}

QAction *MainWindow::addMenuAction(QMenu *menu, const QString &name, const QString &text,
                                   const QKeySequence &key)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    if (!key.isEmpty()) action->setShortcut(key);
    return action;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys =
        addMenuAction(help, "showShortcuts", tr("&Keyboard Shortcuts…"), QKeySequence(Qt::Key_F1));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    QMenu *examples = help->addMenu(tr("&Examples"));
    examples->setObjectName("examples");
    int number = 0;
    for (const ExampleScene &example : exampleScenes()) {
        // Numbered, as the README and a lesson can name them in any language.
        QAction *action = examples->addAction(
            QStringLiteral("&%1 %2").arg(++number).arg(mnemonics::escaped(example.title)));
        action->setToolTip(example.claim);
        action->setStatusTip(example.claim);
        connect(action, &QAction::triggered, this, [this, path = example.path] {
            if (auto error = openExample(path)) QMessageBox::warning(this, tr("Examples"), *error);
        });
    }
    AboutDialog::addActions(help, this);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        addMenuAction(file, "openScene", tr("&Open Scene…"), QKeySequence(tr("Ctrl+O")));
    connect(open, &QAction::triggered, this, &MainWindow::openSceneDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName("recentScenes");
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *save =
        addMenuAction(file, "saveScene", tr("&Save Scene…"), QKeySequence(tr("Ctrl+S")));
    connect(save, &QAction::triggered, this, &MainWindow::saveSceneDialog);
    file->addSeparator();
    QAction *exportAction =
        addMenuAction(file, "exportFigure", tr("&Export Figure…"), QKeySequence(tr("Ctrl+E")));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    file->addSeparator();
    QAction *quit = addMenuAction(file, "quit", tr("&Quit"), QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_history->stack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("undo");
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    QAction *redo = m_history->stack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("redo");
    redo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy =
        addMenuAction(edit, "copyImage", tr("&Copy Image"), QKeySequence(tr("Ctrl+Shift+C")));
    connect(copy, &QAction::triggered, this, &MainWindow::copyImageAndReport);
    edit->addSeparator();
    m_formulaActions->addActions(edit);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int order = 0; order < 3; ++order)
        view->addAction(findChild<QAction *>(QString("showOrder%1").arg(order)));
    view->addAction(findChild<QAction *>("resetView"));
    view->addAction(findChild<QAction *>("fitAll"));
    m_plotView->addActions(view);
    view->addSeparator();
    new CompareMenu(m_model, view);
    view->addSeparator();

    QAction *table = m_valueTable->toggleViewAction();
    table->setObjectName("showValueTable");
    table->setText(tr("Value Ta&ble"));
    table->setShortcut(QKeySequence(tr("Ctrl+T")));
    table->setToolTip(tr("x, f, f′, f″ of the plotted functions at chosen x values"));
    view->addAction(table);
    connect(table, &QAction::triggered, this, [this](bool shown) {
        if (!shown) return;
        m_valueTable->xField()->setFocus(); // type an x at once
        m_valueTable->xField()->selectAll();
    });
    view->addSeparator();

    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeSwitcher->addActions(themes);

    view->addSeparator();
    view->addAction(m_networkDock->toggleAction());
    m_sidePanelsAction =
        addMenuAction(view, "showSidePanels", tr("S&how Side Panels"), QKeySequence(tr("Ctrl+H")));
    m_sidePanelsAction->setCheckable(true);
    m_sidePanelsAction->setChecked(true);
    connect(m_sidePanelsAction, &QAction::toggled, this, &MainWindow::setSidePanelsShown);
    m_presentation->addActions(view);
    connect(m_presentation, &PresentationMode::stepRequested, this, &MainWindow::stepFunction);
    connect(m_presentation, &PresentationMode::activeChanged, this,
            [this] { m_sidePanelsAction->setChecked(sidePanelsShown()); });
    // Thick lines and strong colours for the back of the room; only the dragged function's
    // curves are redrawn per frame, so the wide antialiased pens stay affordable (see
    // --benchmark's presentation line).
    connect(m_presentation, &PresentationMode::activeChanged, m_plotView, [this](bool active) {
        m_plotView->setLineScale(active ? kPresentationLineScale : 1.0);
        m_plotView->setHighContrast(active);
    });
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> result;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *a : list) {
            if (a->menu())
                collect(a->menu()->actions());
            else if (!a->isSeparator() && !result.contains(a))
                result << a;
        }
    };
    collect(menuBar()->actions());
    if (auto *bar = findChild<QToolBar *>("viewToolBar")) collect(bar->actions());
    collect(m_valueTable->actions()); // Ctrl+C in the table
    return result;
}

std::optional<QString> MainWindow::openScene(const QString &path)
{
    const SceneLoadResult loaded = loadScene(path);
    if (!loaded.scene) return loaded.error;
    const QString name = QFileInfo(path).fileName();
    if (auto refused = m_history->applyAsStep(*loaded.scene, tr("Open %1").arg(name)))
        return name + QStringLiteral(": ") + *refused;
    m_scenePath = QFileInfo(path).absoluteFilePath();
    RecentScenes::add(m_scenePath);
    setWindowTitle(tr("%1 — Activation Explorer").arg(name));
    if (!loaded.notes.isEmpty())
        statusBar()->showMessage(loaded.notes.join(QStringLiteral("; ")), 15000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(name), 4000);
    return std::nullopt;
}

std::optional<QString> MainWindow::saveScene(const QString &path)
{
    if (auto failed = ::saveScene(m_model->scene(), path)) return failed;
    m_scenePath = QFileInfo(path).absoluteFilePath();
    RecentScenes::add(m_scenePath);
    setWindowTitle(tr("%1 — Activation Explorer").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return std::nullopt;
}

std::optional<QString> MainWindow::exportFile(const QString &path, const FigureOptions &options)
{
    if (ExportDialog::isCsvPath(path)) {
        const ViewRange &view = m_model->view();
        return CurveCsvExporter(m_model->scene()).exportTo(path, view.xMin, view.xMax);
    }
    return FigureExporter(m_plotView, m_softmaxView->chart()).exportTo(path, options);
}

std::optional<QString> MainWindow::copyImage()
{
    FigureOptions options;
    options.size = QSizeF(m_plotView->size().expandedTo(QSize(320, 200)));
    options.unit = SizeUnit::Pixels;
    options.dpi = 96.0; // the plot as large as on screen, not a 170 mm figure
    const auto png =
        FigureExporter(m_plotView).render(FigureFormat::Png, FigureContent::Plot, options);
    if (const QString *error = std::get_if<QString>(&png)) return *error;
    const QImage image = QImage::fromData(std::get<QByteArray>(png), "PNG");
    if (image.isNull()) return tr("The plot could not be drawn as an image.");
    QGuiApplication::clipboard()->setImage(image);
    return std::nullopt;
}

std::optional<QString> MainWindow::openExample(const QString &path)
{
    const SceneLoadResult loaded = loadScene(path);
    if (!loaded.scene) return loaded.error;
    Scene scene = *loaded.scene;
    scene.theme = theme(); // an example keeps the user's theme
    // Named by its title, in the window's language (the file's name is English).
    QString name = QFileInfo(path).completeBaseName();
    QString claim;
    for (const ExampleScene &example : exampleScenes())
        if (example.path == path) name = example.title, claim = example.claim;
    if (auto refused = m_history->applyAsStep(scene, tr("Open example %1").arg(name)))
        return *refused;
    m_networkDock->show();
    m_networkDock->raise();
    if (!claim.isEmpty()) statusBar()->showMessage(claim, 15000);
    return std::nullopt;
}

void MainWindow::openSceneDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Scene"), m_scenePath, sceneFilter());
    if (!path.isEmpty()) openSceneAndReport(path);
}

void MainWindow::openSceneAndReport(const QString &path)
{
    if (auto error = openScene(path))
        QMessageBox::warning(this, tr("Open Scene"),
                             tr("The scene was not opened; nothing changed.\n\n%1").arg(*error));
}

void MainWindow::saveSceneDialog()
{
    QString suggested = m_scenePath;
    if (suggested.isEmpty()) suggested = QStringLiteral("scene.actscene");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scene"), suggested, sceneFilter());
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".actscene"), Qt::CaseInsensitive)) path += ".actscene";
    if (auto error = saveScene(path)) QMessageBox::warning(this, tr("Save Scene"), *error);
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(this);
    dialog.setExporter([this](const QString &path, const FigureOptions &options) {
        return exportFile(path, options);
    });
    dialog.setPreviewSource(FigureExporter(m_plotView, m_softmaxView->chart()));
    if (dialog.exec() != QDialog::Accepted) return;
    statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(dialog.path()).fileName()), 4000);
}

void MainWindow::copyImageAndReport()
{
    if (auto error = copyImage())
        QMessageBox::warning(this, tr("Copy Image"), *error);
    else
        statusBar()->showMessage(tr("The plot is on the clipboard"), 3000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(allActions(), this);
    dialog.exec();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentScenes::paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        QAction *action = m_recentMenu->addAction(
            QString("&%1 %2").arg(i + 1).arg(mnemonics::escaped(QFileInfo(path).fileName())));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSceneAndReport(path); });
    }
    if (paths.isEmpty()) m_recentMenu->addAction(tr("(&none)"))->setEnabled(false);
}

SceneTheme MainWindow::theme() const
{
    return m_model->theme();
}

void MainWindow::setTheme(SceneTheme theme)
{
    m_model->setTheme(theme);
}

bool MainWindow::isPresenting() const
{
    return m_presentation->isActive();
}

void MainWindow::setPresenting(bool on)
{
    m_presentation->setActive(on);
}

bool MainWindow::sidePanelsShown() const
{
    return !m_leftPanel->isHidden() || !m_softmaxView->isHidden();
}

void MainWindow::setSidePanelsShown(bool shown)
{
    m_leftPanel->setVisible(shown);
    m_softmaxView->setVisible(shown);
    m_sidePanelsAction->setChecked(shown);
}

void MainWindow::stepFunction(int delta)
{
    m_model->setCurrent(m_functionList->neighbour(m_model->current(), delta, true));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    setPresenting(false); // so the normal geometry is what is remembered
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange && m_themeSwitcher)
        m_themeSwitcher->refresh();
}

void MainWindow::restoreLastSession()
{
    const QByteArray json = QSettings().value("session/scene").toByteArray();
    if (json.isEmpty()) return;
    // The scene's theme is not applied: the theme setting, read already, is the one source.
    SceneLoadResult loaded = sceneFromJson(json, tr("The last session"));
    if (loaded.scene) loaded.scene->theme = theme();
    const std::optional<QString> refused =
        loaded.scene ? m_history->startFrom(*loaded.scene) : loaded.error;
    if (refused) statusBar()->showMessage(tr("Not restored: %1").arg(*refused), 15000);
}

void MainWindow::readSettings()
{
    QSettings settings;
    // Settings can be old, from another screen or damaged: what does not fit the screen this
    // window is on is not restored (a pane 2^31 px wide would make every frame a huge image).
    const QRect available = screen()->availableGeometry();
    // On a screen smaller than the window can be, its minimum size is the limit.
    const QSize largest = available.size().expandedTo(minimumSizeHint());
    const QByteArray geometry = settings.value("window/geometry").toByteArray();
    const QRect before = this->geometry();
    const bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!restored || width() > largest.width() || height() > largest.height() ||
        !available.intersects(frameGeometry())) {
        setGeometry(before);
        // Most of the screen: the plot is the point of the window.
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(950, available.height() * 9 / 10));
    }
    restoreState(settings.value("window/state").toByteArray());
    if (auto *splitter = findChild<QSplitter *>("mainSplitter")) {
        const QList<int> sizes = splitter->sizes();
        if (splitter->restoreState(settings.value("window/splitter").toByteArray())) {
            const QList<int> restoredSizes = splitter->sizes();
            const qint64 total =
                std::accumulate(restoredSizes.begin(), restoredSizes.end(), qint64(0));
            const bool sane = std::all_of(restoredSizes.begin(), restoredSizes.end(),
                                          [](int size) { return size >= 0; }) &&
                              total <= largest.width();
            if (!sane) splitter->setSizes(sizes);
        }
    }
    m_scenePath = settings.value("lastScenePath").toString();
    setTheme(themeByName(settings.value("theme").toString()).value_or(SceneTheme::System));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    if (auto *splitter = findChild<QSplitter *>("mainSplitter"))
        settings.setValue("window/splitter", splitter->saveState());
    settings.setValue("lastScenePath", m_scenePath);
    settings.setValue("session/scene", sceneToJson(m_model->scene()));
    settings.setValue("theme", themeName(theme()));
}
