// The main window: function list and parameters on the left, the plot with its formula in the
// middle, softmax on the right. It only arranges widgets around one SceneModel.
#pragma once

#include <QMainWindow>

class FormulaView;
class FunctionList;
class ParameterPanel;
class PlotView;
class QLabel;
class SceneModel;
class SoftmaxView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    SceneModel *model() const { return m_model; }
    FunctionList *functionList() const { return m_functionList; }
    ParameterPanel *parameterPanel() const { return m_parameterPanel; }
    PlotView *plotView() const { return m_plotView; }
    FormulaView *formulaView() const { return m_formulaView; }
    SoftmaxView *softmaxView() const { return m_softmaxView; }

private:
    void createToolBar();
    void showHover(double x, double f, double d1, double d2);

    SceneModel *m_model;
    FunctionList *m_functionList;
    ParameterPanel *m_parameterPanel;
    PlotView *m_plotView;
    FormulaView *m_formulaView;
    SoftmaxView *m_softmaxView;
    QLabel *m_readout;
};
