// See NetworkSettingRow.h.
#include "NetworkSettingRow.h"

#include "Accessibility.h"
#include "NumberField.h"
#include "UndoKeys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

NetworkSettingRow::NetworkSettingRow(const Spec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_symbol(new QLabel(spec.symbol, this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_field(new NumberField(this))
{
    setObjectName("networkRow:" + spec.key);
    const QString tip = QStringLiteral("<b>%1</b>: %2").arg(spec.symbol, spec.description);
    setToolTip(tip);
    QFont symbolFont = m_symbol->font();
    symbolFont.setItalic(true);
    m_symbol->setFont(symbolFont);
    m_symbol->setMinimumWidth(m_symbol->fontMetrics().horizontalAdvance(QStringLiteral("σw² ")));

    m_slider->setObjectName("slider:" + spec.key);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setPageStep(kSliderSteps / 20);
    m_slider->setSingleStep(spec.whole && spec.scale == Scale::Linear
                                ? std::max(1, int(kSliderSteps / (spec.sliderMax - spec.sliderMin)))
                                : kSliderSteps / 200);
    m_slider->setToolTip(tip);
    const QString named = spec.name.isEmpty() ? spec.symbol : spec.name;
    m_symbol->setBuddy(m_field);
    m_slider->setAccessibleName(named);
    m_slider->setAccessibleDescription(spec.description);
    // Read out as the field shows it ("20" layers), not as the slider's position.
    accessibility::setSliderValues(m_slider, {[this] { return m_field->value(); },
                                              [this](int p) { return sliderValue(p); },
                                              [this](double v) { return sliderPosition(v); }});
    m_slider->setVisible(spec.hasSlider);

    m_field->setObjectName("field:" + spec.key);
    m_field->setSingleStep(spec.whole ? 1.0 : (spec.sliderMax - spec.sliderMin) / 100);
    m_field->setToolTip(tip);
    m_field->setAccessibleName(named);
    m_field->setAccessibleDescription(spec.description);
    undokeys::leaveToWindow(m_field);
    // Room for values like 0.12345 and the arrows, in the field's own font.
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(QStringLiteral("0.123456")) +
                             2 * m_field->fontMetrics().height());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_symbol);
    layout->addWidget(m_slider, 1);
    if (!spec.hasSlider) layout->addStretch(1);
    layout->addWidget(m_field);

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { emit valueEdited(sliderValue(position)); });
    connect(m_field, &QDoubleSpinBox::valueChanged, this, &NetworkSettingRow::valueEdited);
    connect(m_field, &NumberField::textRefused, this, &NetworkSettingRow::textRefused);
}

void NetworkSettingRow::setValue(double value)
{
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker fieldBlocker(m_field);
    m_slider->setValue(sliderPosition(value));
    m_field->setValue(value);
    accessibility::sliderValueChanged(m_slider);
}

double NetworkSettingRow::sliderValue(int position) const
{
    const double t = double(position) / kSliderSteps;
    const double lo = m_spec.sliderMin, hi = m_spec.sliderMax;
    const double v =
        m_spec.scale == Scale::Logarithmic ? lo * std::pow(hi / lo, t) : lo + t * (hi - lo);
    if (m_spec.whole) return std::round(v);
    // Twelve significant digits: 0.3, not 0.30000000000000004, in the field beside it.
    return QString::number(v, 'g', 12).toDouble();
}

int NetworkSettingRow::sliderPosition(double value) const
{
    const double lo = m_spec.sliderMin, hi = m_spec.sliderMax;
    double t = m_spec.scale == Scale::Logarithmic
                   ? (value > 0 ? std::log(value / lo) / std::log(hi / lo) : 0.0)
                   : (value - lo) / (hi - lo);
    if (!std::isfinite(t)) t = 0.0;
    return int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}
