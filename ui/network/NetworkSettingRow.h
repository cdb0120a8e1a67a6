// One setting of the network panel: its symbol, a slider over a suggested range (linear, or
// logarithmic for sizes such as the width) and a number field for exact values, beyond the
// slider's range too. Neither changes the model: the panel hears valueEdited and decides.
#pragma once

#include <QWidget>

class NumberField;
class QLabel;
class QSlider;

class NetworkSettingRow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSliderSteps = 1000;
    enum class Scale { Linear, Logarithmic };

    struct Spec
    {
        QString key;    // object names: "slider:layers", "field:layers"
        QString symbol; // "L", "σw²"
        QString description;
        double sliderMin;
        double sliderMax;
        Scale scale = Scale::Linear;
        bool whole = false; // values are whole numbers: the slider rounds to them
        bool hasSlider = true;
        QString name = {}; // what screen readers call the slider and field: "Depth L"
    };

    explicit NetworkSettingRow(const Spec &spec, QWidget *parent = nullptr);

    // Shows a value without emitting anything: the model is the source of truth.
    void setValue(double value);
    QSlider *slider() const { return m_slider; }
    NumberField *field() const { return m_field; }
    double sliderValue(int position) const;
    int sliderPosition(double value) const;

signals:
    void valueEdited(double value);
    void textRefused(const QString &reason);

private:
    Spec m_spec;
    QLabel *m_symbol;
    QSlider *m_slider;
    NumberField *m_field;
};
