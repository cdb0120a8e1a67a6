// Slider and spin box in step; neither changes the model directly.
#include "ParameterRow.h"

#include "Accessibility.h"
#include "CatalogueText.h"
#include "NumberField.h"
#include "ScaledFont.h"
#include "UndoKeys.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

ParameterRow::Spec ParameterRow::fromCatalogue(const act::ParameterSpec &spec, const QString &owner)
{
    return {QString::fromUtf8(spec.key.data(), qsizetype(spec.key.size())),
            QString::fromUtf8(spec.symbol.data(), qsizetype(spec.symbol.size())),
            cataloguetext::description(spec),
            spec.defaultValue,
            spec.sliderMin,
            spec.sliderMax,
            false,
            owner};
}

ParameterRow::ParameterRow(const Spec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_symbol(new QLabel(this)), m_slider(new QSlider(this)),
      m_spinBox(new NumberField(this)), m_reset(new QToolButton(this))
{
    const QString key = spec.key;
    const QString tip =
        tr("<b>%1</b> (%2): %3<br>Default %4; the slider spans %5 … %6.")
            .arg(spec.symbol.toHtmlEscaped(), key.toHtmlEscaped(), spec.description.toHtmlEscaped())
            .arg(spec.defaultValue, 0, 'g', 6)
            .arg(spec.sliderMin, 0, 'g', 6)
            .arg(spec.sliderMax, 0, 'g', 6);
    setObjectName("parameterRow:" + key);
    setToolTip(tip);

    m_symbol->setText(spec.symbol);
    m_symbol->setTextFormat(Qt::PlainText);
    fitToFont();
    m_symbol->setToolTip(tip);

    m_slider->setObjectName("slider:" + key);
    m_slider->setOrientation(Qt::Horizontal);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setPageStep(kSliderSteps / 20);
    m_slider->setSingleStep(kSliderSteps / 200);
    m_slider->setToolTip(tip);
    // "ELU α": what it controls, not "slider" (the role says that already).
    const QString named =
        spec.owner.isEmpty() ? spec.symbol : tr("%1 %2").arg(spec.owner, spec.symbol);
    const QString described = tr("%1 (%2). Default %3; the slider spans %4 … %5.")
                                  .arg(spec.description, key)
                                  .arg(spec.defaultValue, 0, 'g', 6)
                                  .arg(spec.sliderMin, 0, 'g', 6)
                                  .arg(spec.sliderMax, 0, 'g', 6);
    m_symbol->setBuddy(m_spinBox);
    m_slider->setAccessibleName(named);
    m_slider->setAccessibleDescription(described);
    // Read out as the field shows it, "1", not as the slider's position.
    accessibility::setSliderValues(m_slider, {[this] { return m_spinBox->value(); },
                                              [this](int p) { return sliderValue(p); },
                                              [this](double v) { return sliderPosition(v); }});

    // Any finite number: typed values outside the domain reach act::validate, which
    // explains what is wrong instead of the field silently refusing or rounding them.
    m_spinBox->setObjectName("spin:" + key);
    m_spinBox->setSingleStep((spec.sliderMax - spec.sliderMin) / 100);
    m_spinBox->setToolTip(tip);
    m_spinBox->setAccessibleName(named);
    m_spinBox->setAccessibleDescription(described);
    undokeys::leaveToWindow(m_spinBox);

    m_reset->setObjectName("reset:" + key);
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Back to the default, %1").arg(spec.defaultValue, 0, 'g', 6));
    m_reset->setAutoRaise(true);
    m_reset->setAccessibleName(tr("Reset %1").arg(named));
    m_reset->setAccessibleDescription(
        tr("Back to the default, %1").arg(spec.defaultValue, 0, 'g', 6));

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_symbol);
    line->addWidget(m_slider, 1);
    line->addWidget(m_spinBox);
    line->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    if (spec.rangeEditable) {
        // A typed formula's parameter has no catalogue range: the user sets the slider's.
        m_rangeMin = new NumberField(this);
        m_rangeMax = new NumberField(this);
        auto *range = new QHBoxLayout;
        range->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(tr("slider from"), this);
        range->addSpacing(m_symbol->minimumWidth());
        range->addWidget(label);
        range->addWidget(m_rangeMin);
        range->addWidget(new QLabel(tr("to"), this));
        range->addWidget(m_rangeMax);
        range->addStretch(1);
        layout->addLayout(range);
        m_rangeMin->setObjectName("rangeMin:" + key);
        m_rangeMax->setObjectName("rangeMax:" + key);
        m_rangeMin->setAccessibleName(tr("Slider start for %1").arg(named));
        m_rangeMax->setAccessibleName(tr("Slider end for %1").arg(named));
        m_rangeMin->setAccessibleDescription(tr("The value at the slider's left end"));
        m_rangeMax->setAccessibleDescription(tr("The value at the slider's right end"));
        label->setBuddy(m_rangeMin);
        for (NumberField *field : {m_rangeMin, m_rangeMax}) {
            undokeys::leaveToWindow(field);
            connect(field, &NumberField::textRefused, this, &ParameterRow::textRefused);
            connect(field, &QDoubleSpinBox::editingFinished, this, [this] {
                const double min = m_rangeMin->value(), max = m_rangeMax->value();
                if (min != m_spec.sliderMin || max != m_spec.sliderMax) emit rangeEdited(min, max);
            });
        }
        m_rangeMin->setValue(spec.sliderMin);
        m_rangeMax->setValue(spec.sliderMax);
    }

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { emit valueEdited(sliderValue(position)); });
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, &ParameterRow::valueEdited);
    connect(m_spinBox, &NumberField::textRefused, this, &ParameterRow::textRefused);
    connect(m_reset, &QToolButton::clicked, this, &ParameterRow::resetRequested);
    setValue(spec.defaultValue);
    setModified(false);
}

void ParameterRow::setValue(double value)
{
    const QSignalBlocker sliderBlocker(m_slider);
    const QSignalBlocker spinBlocker(m_spinBox);
    m_slider->setValue(sliderPosition(value));
    // What the field holds already (a typed value coming back from the scene) is not set again:
    // a QDoubleSpinBox rounds every value it is given through its text at the field's 323
    // decimals, a fifth of a drag frame's instructions when it ran four times a frame.
    const double held = m_spinBox->value();
    if (held != value || std::signbit(held) != std::signbit(value)) m_spinBox->setValue(value);
    accessibility::sliderValueChanged(m_slider);
}

void ParameterRow::setModified(bool modified)
{
    m_reset->setEnabled(modified);
}

void ParameterRow::setRange(double min, double max)
{
    if (!(min < max) || (min == m_spec.sliderMin && max == m_spec.sliderMax)) return;
    m_spec.sliderMin = min;
    m_spec.sliderMax = max;
    m_spinBox->setSingleStep((max - min) / 100);
    if (m_rangeMin) {
        const QSignalBlocker minBlocker(m_rangeMin);
        const QSignalBlocker maxBlocker(m_rangeMax);
        m_rangeMin->setValue(min);
        m_rangeMax->setValue(max);
    }
    setValue(m_spinBox->value());
}

void ParameterRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitToFont();
}

void ParameterRow::fitToFont()
{
    QFont font = scaledFont(this->font(), 1.15);
    font.setItalic(m_spec.symbol.size() <= 2); // a letter, not a word like "min"
    m_symbol->setFont(font);
    // As wide as the widest symbol in the catalogue, so the sliders of consecutive rows line
    // up. Widths follow the font: fixed pixels would cut the texts off in presentation mode.
    const QFontMetrics metrics(font);
    int widest = metrics.horizontalAdvance(m_spec.symbol);
    for (const act::FunctionSpec &spec : act::functions())
        for (const act::ParameterSpec &parameter : spec.parameters)
            widest =
                std::max(widest, metrics.horizontalAdvance(QString::fromUtf8(parameter.symbol)));
    m_symbol->setMinimumWidth(widest + metrics.averageCharWidth());
    // The spin box's own hint is as wide as its range (-1e6); room for values like -12.3456
    // and the arrows is enough.
    const QFontMetrics digits(this->font()); // the spin box's, which may not have it yet
    m_spinBox->setMinimumWidth(digits.horizontalAdvance(QStringLiteral("-12.3456")) +
                               2 * digits.height());
    m_slider->setMinimumWidth(7 * metrics.height());
}

double ParameterRow::sliderValue(int position) const
{
    const double t = static_cast<double>(position) / kSliderSteps;
    // Twelve significant digits: 0.3, not 0.30000000000000004, in the field beside it.
    return QString::number(m_spec.sliderMin + t * (m_spec.sliderMax - m_spec.sliderMin), 'g', 12)
        .toDouble();
}

int ParameterRow::sliderPosition(double value) const
{
    const double t = (value - m_spec.sliderMin) / (m_spec.sliderMax - m_spec.sliderMin);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
}
