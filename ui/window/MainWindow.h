// The main window: function list and parameters on the left, the plot with its formula in the
// middle, softmax on the right, and the menus. It only arranges widgets around one SceneModel;
// the menus' work that can fail returns the message, and only the actions show it.
#pragma once

#include "FigureExporter.h"
#include "Scene.h"

#include <QMainWindow>

#include <optional>

class FormulaActions;
class FormulaView;
class NetworkDock;
class FunctionList;
class ParameterPanel;
class PlotView;
class PresentationMode;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QUndoStack;
class SceneHistory;
class SceneModel;
class SoftmaxView;
class ThemeSwitcher;
class ValueTableDock;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    FormulaActions *formulaActions() const { return m_formulaActions; }
    explicit MainWindow(QWidget *parent = nullptr);

    SceneModel *model() const { return m_model; }
    FunctionList *functionList() const { return m_functionList; }
    ParameterPanel *parameterPanel() const { return m_parameterPanel; }
    PlotView *plotView() const { return m_plotView; }
    FormulaView *formulaView() const { return m_formulaView; }
    SoftmaxView *softmaxView() const { return m_softmaxView; }
    ValueTableDock *valueTable() const { return m_valueTable; }
    NetworkDock *networkDock() const { return m_networkDock; }
    QUndoStack *undoStack() const;

    // Empty on success; otherwise the loader's message, and the scene shown stays as it was.
    // Notes about the file (a newer version) go to the status bar.
    std::optional<QString> openScene(const QString &path);
    // Opens a scene and tells the user in a message box when it is refused (File ▸ Open, a
    // file named on the command line).
    void openSceneAndReport(const QString &path);
    // A prepared scene (ExampleScenes.h), shown with the network panel open; not a recent file.
    std::optional<QString> openExample(const QString &path);
    // Brings back what was on screen when the window was last closed, as the start of the undo
    // history. A stored session that no longer loads is skipped with a note in the status bar.
    void restoreLastSession();
    std::optional<QString> saveScene(const QString &path);
    // A figure (.png/.svg/.pdf) or the curves' values over the visible x range (.csv).
    std::optional<QString> exportFile(const QString &path, const FigureOptions &options);
    // The plot as an image on the clipboard, at the size it has on screen.
    std::optional<QString> copyImage();

    SceneTheme theme() const;
    void setTheme(SceneTheme theme);
    bool isPresenting() const;
    void setPresenting(bool on);
    bool sidePanelsShown() const;
    void setSidePanelsShown(bool shown);
    // To the next (+1) or previous (-1) function in the list's order, like slides.
    void stepFunction(int delta);
    // Every action of the menus and the toolbar (the shortcuts dialog lists them).
    QList<QAction *> allActions() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    QAction *addMenuAction(QMenu *menu, const QString &name, const QString &text,
                           const QKeySequence &key);
    void readSettings();
    void writeSettings() const;

    void openSceneDialog();
    void saveSceneDialog();
    void exportDialog();
    void copyImageAndReport();
    void showShortcuts();
    void updateRecentMenu();

    SceneModel *m_model;
    FunctionList *m_functionList;
    ParameterPanel *m_parameterPanel;
    PlotView *m_plotView;
    FormulaView *m_formulaView;
    SoftmaxView *m_softmaxView;
    NetworkDock *m_networkDock = nullptr;
    QLabel *m_readout;
    ValueTableDock *m_valueTable = nullptr;
    QWidget *m_leftPanel = nullptr;
    SceneHistory *m_history;
    PresentationMode *m_presentation;
    ThemeSwitcher *m_themeSwitcher = nullptr;
    FormulaActions *m_formulaActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_sidePanelsAction = nullptr;
    QString m_scenePath;
};
