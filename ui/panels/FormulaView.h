// The current function's f and f' as typeset rich text, its parameters' values and its
// one-line summary. f' stands beside f when both fit, below it otherwise, and a formula longer
// than the width wraps: no formula makes the window wider.
#pragma once

#include <QWidget>

#include <string_view>

class LiveLabel;
class QBoxLayout;
class QLabel;
class SceneModel;

class FormulaView : public QWidget
{
    Q_OBJECT

public:
    explicit FormulaView(SceneModel *model, QWidget *parent = nullptr);

    // A catalogue display formula ("σ(x) = 1 / (1 + e^(−x))") as Qt rich text.
    static QString toHtml(std::string_view formula);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The formulas at 1.2x the view's font, following it (presentation mode).
    void scaleFormulaFonts();
    void refresh();
    void refreshValues();
    // Side by side or one below the other, whichever the width allows.
    void arrangeFormulas();

    SceneModel *m_model;
    QLabel *m_function;
    QLabel *m_derivative;
    LiveLabel *m_values;
    QLabel *m_details;
    QBoxLayout *m_formulas;
};
