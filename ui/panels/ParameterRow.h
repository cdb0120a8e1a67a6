// One parameter of the current function: a slider over the catalogue's suggested range and a
// spin box for exact values (beyond the slider's range too), kept in step, plus a reset button.
#pragma once

#include "activations.h"

#include <QWidget>

class NumberField;
class QLabel;
class QSlider;
class QToolButton;

class ParameterRow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSliderSteps = 1000;

    ParameterRow(const act::ParameterSpec &spec, QWidget *parent = nullptr);

    // Shows a value without emitting anything: the model is the source of truth.
    void setValue(double value);
    void setModified(bool modified);

    QSlider *slider() const { return m_slider; }
    NumberField *spinBox() const { return m_spinBox; }
    QToolButton *resetButton() const { return m_reset; }
    // The value a slider position stands for.
    double sliderValue(int position) const;

signals:
    void valueEdited(double value);
    // Typed text that is no number (the field shows its value again).
    void textRefused(const QString &reason);
    void resetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    int sliderPosition(double value) const;
    // The symbol a little larger than the row's font, and minimum widths measured in it, so
    // the row follows font changes (presentation mode).
    void fitToFont();

    act::ParameterSpec m_spec;
    QLabel *m_symbol;
    QSlider *m_slider;
    NumberField *m_spinBox;
    QToolButton *m_reset;
};
