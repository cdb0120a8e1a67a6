// One parameter of the current curve: a slider over the suggested range and a spin box for
// exact values (beyond the slider's range too), kept in step, plus a reset button. A typed
// formula's parameter also has its slider's range as two fields the user can change.
#pragma once

#include "activations.h"

#include <QString>
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

    // What a row shows: a catalogue ParameterSpec, or a formula's parameter.
    struct Spec
    {
        QString key;         // "alpha"; object names are made from it
        QString symbol;      // "α"
        QString description; // for the tooltip
        double defaultValue = 1.0;
        double sliderMin = -5.0;
        double sliderMax = 5.0;
        bool rangeEditable = false;
        QString owner; // "ELU": what screen readers name the controls after ("ELU α")
    };
    static Spec fromCatalogue(const act::ParameterSpec &spec, const QString &owner = {});

    ParameterRow(const Spec &spec, QWidget *parent = nullptr);
    ParameterRow(const act::ParameterSpec &spec, QWidget *parent = nullptr)
        : ParameterRow(fromCatalogue(spec), parent)
    {
    }

    // Shows a value without emitting anything: the model is the source of truth.
    void setValue(double value);
    void setModified(bool modified);
    // A new slider range (a formula's range was changed): the slider moves, the value stays.
    void setRange(double min, double max);

    QSlider *slider() const { return m_slider; }
    NumberField *spinBox() const { return m_spinBox; }
    QToolButton *resetButton() const { return m_reset; }
    // Only for editable ranges; null otherwise.
    NumberField *rangeMinField() const { return m_rangeMin; }
    NumberField *rangeMaxField() const { return m_rangeMax; }
    // The value a slider position stands for.
    double sliderValue(int position) const;

signals:
    void valueEdited(double value);
    // Typed text that is no number (the field shows its value again).
    void textRefused(const QString &reason);
    void resetRequested();
    void rangeEdited(double min, double max);

protected:
    void changeEvent(QEvent *event) override;

private:
    int sliderPosition(double value) const;
    // The symbol a little larger than the row's font, and minimum widths measured in it, so
    // the row follows font changes (presentation mode).
    void fitToFont();

    Spec m_spec;
    QLabel *m_symbol;
    QSlider *m_slider;
    NumberField *m_spinBox;
    QToolButton *m_reset;
    NumberField *m_rangeMin = nullptr;
    NumberField *m_rangeMax = nullptr;
};
