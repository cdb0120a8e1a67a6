// Logit editors and the probability bars; every number shown comes from the scene model.
#include "SoftmaxView.h"

#include "Accessibility.h"
#include "CoreMessages.h"
#include "LiveLabel.h"
#include "LogitScrollArea.h"
#include "NumberField.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "UndoKeys.h"
#include "WidgetColours.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kTemperatureMin = 0.05;
constexpr double kTemperatureMax = 20.0;
constexpr int kLogitSteps = 100; // slider units per logit unit
constexpr double kLogitSliderRange = 10.0;

int logitPosition(double logit)
{
    return static_cast<int>(
        std::lround(std::clamp(logit, -kLogitSliderRange, kLogitSliderRange) * kLogitSteps));
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

} // namespace

SoftmaxView::SoftmaxView(SceneModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_rowLayout(new QGridLayout),
      m_add(new QPushButton(tr("Add class"), this)), m_temperatureSlider(new QSlider(this)),
      m_temperatureSpin(new NumberField(this)), m_applyActivation(new QCheckBox(this)),
      m_message(new QLabel(this)), m_statistics(new LiveLabel(2, this)),
      m_transformed(new LiveLabel(3, this)), m_chart(new ProbabilityChart(model, this))
{
    setObjectName("softmaxView");
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Softmax</b> &nbsp; p<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup>"
                                " / Σ<sub>j</sub> e<sup>z<sub>j</sub>/T</sup>"),
                             this);
    layout->addWidget(title);

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:"), this));
    const std::vector<std::vector<double>> presetLogits = {
        {3.0, 0.7, 0.5}, {1.2, 1.0, 1.5}, {1.5, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2}};
    const QStringList presetNames = {"3, 0.7, 0.5", "1.2, 1, 1.5", "1.5, 1.2 ×9"};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QPushButton(presetNames[i], this);
        button->setObjectName(QString("preset:%1").arg(i));
        button->setToolTip(tr("Logits from the source documents' worked example"));
        button->setAccessibleName(tr("Preset logits %1").arg(presetNames[i]));
        button->setAccessibleDescription(button->toolTip());
        presets->addWidget(button);
        m_lastPreset = button;
        connect(
            button, &QPushButton::clicked, this,
            [this, logits = presetLogits[static_cast<std::size_t>(i)]] { applyPreset(logits); });
    }
    presets->addStretch(1);
    layout->addLayout(presets);

    auto *rows = new QWidget(this);
    rows->setLayout(m_rowLayout);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setVerticalSpacing(2);
    auto *scroll = new LogitScrollArea(this);
    scroll->setObjectName("logitScroll");
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Logits"));
    layout->addWidget(scroll);

    m_add->setObjectName("addLogit");
    m_add->setAccessibleDescription(tr("Adds a class with logit 0"));
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, [this] {
        std::vector<double> logits = m_model->logits();
        logits.push_back(0.0);
        if (auto error = m_model->setLogits(logits)) showMessage(*error);
    });

    auto *temperature = new QHBoxLayout;
    auto *temperatureLabel = new QLabel(tr("Temperature <i>T</i>"), this);
    const QString temperatureTip =
        tr("Divides every logit: T > 1 flattens the distribution, T < 1 sharpens it.");
    temperatureLabel->setToolTip(temperatureTip);
    m_temperatureSlider->setObjectName("temperatureSlider");
    m_temperatureSlider->setOrientation(Qt::Horizontal);
    m_temperatureSlider->setRange(0, kTemperatureSteps);
    m_temperatureSlider->setToolTip(temperatureTip);
    m_temperatureSpin->setObjectName("temperatureSpin");
    m_temperatureSpin->setSingleStep(0.05);
    m_temperatureSpin->setToolTip(temperatureTip);
    temperatureLabel->setBuddy(m_temperatureSpin);
    for (QWidget *control :
         {static_cast<QWidget *>(m_temperatureSlider), static_cast<QWidget *>(m_temperatureSpin)}) {
        control->setAccessibleName(tr("Temperature T"));
        control->setAccessibleDescription(temperatureTip);
    }
    accessibility::setSliderValues(
        m_temperatureSlider,
        {[this] { return m_temperatureSpin->value(); }, temperatureAt, temperaturePosition});
    temperature->addWidget(temperatureLabel);
    temperature->addWidget(m_temperatureSlider, 1);
    temperature->addWidget(m_temperatureSpin);
    layout->addLayout(temperature);
    reportDrags(m_temperatureSlider);
    undokeys::leaveToWindow(m_temperatureSpin);
    connect(m_temperatureSlider, &QSlider::valueChanged, this, [this](int position) {
        if (auto error = m_model->setTemperature(temperatureAt(position))) showMessage(*error);
    });
    connect(m_temperatureSpin, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        if (auto error = m_model->setTemperature(t)) {
            // Refused (0, a negative number): the reason, and the previous temperature stays.
            showMessage(tr("Temperature %1: %2; it stays %3.")
                            .arg(NumberField::format(t), *error,
                                 NumberField::format(m_model->temperature())));
            showTemperature(m_model->temperature());
            return;
        }
        m_message->hide();
    });
    connect(m_temperatureSpin, &NumberField::textRefused, this, [this](const QString &reason) {
        showMessage(tr("Temperature: %1; it stays %2.")
                        .arg(reason, NumberField::format(m_model->temperature())));
    });

    m_applyActivation->setObjectName("applyActivation");
    m_applyActivation->setAccessibleDescription(
        tr("Softmax of f(z) instead of z: the current function is applied to every logit first"));
    m_applyActivation->setToolTip(
        tr("Softmax of f(z) instead of z: with ReLU every negative logit becomes 0, so they all "
           "get the same probability and their order is lost."));
    layout->addWidget(m_applyActivation);
    connect(m_applyActivation, &QCheckBox::toggled, m_model, &SceneModel::setApplyActivation);

    m_transformed->setObjectName("transformedLogits");
    layout->addWidget(m_transformed);
    m_message->setObjectName("softmaxMessage");
    m_message->setWordWrap(true);
    widgetcolours::setErrorText(m_message);
    m_message->hide();
    layout->addWidget(m_message);
    m_statistics->setObjectName("softmaxStatistics");
    m_statistics->setAccessibleName(tr("Softmax statistics"));
    m_transformed->setAccessibleName(tr("Logits after the activation"));
    m_message->setAccessibleName(tr("Softmax message"));
    layout->addWidget(m_statistics);

    layout->addWidget(m_chart, 3);

    connect(m_model, &SceneModel::logitsChanged, this, [this] {
        if (static_cast<std::size_t>(m_rows.size()) != m_model->logits().size())
            rebuildRows();
        else
            syncRows();
    });
    connect(m_model, &SceneModel::temperatureChanged, this, &SoftmaxView::showTemperature);
    connect(m_model, &SceneModel::softmaxChanged, this, &SoftmaxView::updateTexts);
    // Not on softmaxChanged: that comes on every frame of a logit or temperature drag.
    connect(m_model, &SceneModel::currentChanged, this, &SoftmaxView::updateToggle);
    connect(m_model, &SceneModel::formulasChanged, this, &SoftmaxView::updateToggle);
    connect(m_model, &SceneModel::applyActivationChanged, this, &SoftmaxView::updateToggle);

    showTemperature(m_model->temperature());
    rebuildRows();
    updateToggle();
    updateTexts();
}

void SoftmaxView::showTemperature(double temperature)
{
    // Blocked: the slider's rounded position must not be written back into the model.
    const QSignalBlocker sliderBlocker(m_temperatureSlider);
    const QSignalBlocker spinBlocker(m_temperatureSpin);
    m_temperatureSlider->setValue(temperaturePosition(temperature));
    m_temperatureSpin->setValue(temperature);
    accessibility::sliderValueChanged(m_temperatureSlider);
}

double SoftmaxView::temperatureAt(int position)
{
    const double t = static_cast<double>(position) / kTemperatureSteps;
    return kTemperatureMin * std::pow(kTemperatureMax / kTemperatureMin, t);
}

int SoftmaxView::temperaturePosition(double temperature)
{
    const double t =
        std::log(temperature / kTemperatureMin) / std::log(kTemperatureMax / kTemperatureMin);
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kTemperatureSteps));
}

void SoftmaxView::startGesture()
{
    if (m_inGesture) return;
    m_inGesture = true;
    emit gestureStarted();
}

void SoftmaxView::finishGesture()
{
    if (!m_inGesture) return;
    m_inGesture = false;
    emit gestureFinished();
}

void SoftmaxView::reportDrags(QSlider *slider)
{
    connect(slider, &QSlider::sliderPressed, this, &SoftmaxView::startGesture);
    connect(slider, &QSlider::sliderReleased, this, &SoftmaxView::finishGesture);
}

void SoftmaxView::rebuildRows()
{
    // A row that goes away mid-gesture never sees its end.
    finishGesture();
    // Later, not now: a row's own remove button is what got us here.
    for (const Row &row : m_rows) {
        for (QWidget *widget : {row.label, static_cast<QWidget *>(row.edit),
                                static_cast<QWidget *>(row.slider), row.remove}) {
            m_rowLayout->removeWidget(widget);
            widget->hide();
            widget->setObjectName({});
            widget->deleteLater();
        }
    }
    m_rows.clear();
    const auto count = static_cast<int>(m_model->logits().size());
    for (int i = 0; i < count; ++i) {
        Row row;
        auto *label = new QLabel(QString("z<sub>%1</sub>").arg(i + 1));
        row.label = label;
        row.edit = new QLineEdit;
        label->setBuddy(row.edit);
        row.edit->setObjectName(QString("logit:%1").arg(i));
        row.edit->setMaximumWidth(90);
        row.edit->setToolTip(tr("Logit of class %1: any finite number").arg(i + 1));
        row.edit->setAccessibleName(tr("Logit z%1").arg(i + 1));
        row.edit->setAccessibleDescription(row.edit->toolTip());
        row.slider = new QSlider(Qt::Horizontal);
        row.slider->setObjectName(QString("logitSlider:%1").arg(i));
        row.slider->setAccessibleName(tr("Logit z%1").arg(i + 1));
        row.slider->setAccessibleDescription(
            tr("Logit of class %1, from −10 to 10 in steps of 0.01").arg(i + 1));
        row.slider->setRange(static_cast<int>(-kLogitSliderRange * kLogitSteps),
                             static_cast<int>(kLogitSliderRange * kLogitSteps));
        accessibility::setSliderValues(
            row.slider,
            {[this, i] {
                 const std::vector<double> &logits = m_model->logits();
                 return std::size_t(i) < logits.size() ? logits[std::size_t(i)] : 0.0;
             },
             [](int position) { return double(position) / kLogitSteps; }, logitPosition});
        auto *remove = new QToolButton;
        remove->setObjectName(QString("removeLogit:%1").arg(i));
        remove->setText("×");
        remove->setToolTip(tr("Remove class %1").arg(i + 1));
        remove->setAccessibleName(remove->toolTip());
        remove->setEnabled(count > SceneModel::kMinClasses);
        row.remove = remove;
        m_rowLayout->addWidget(row.label, i, 0);
        m_rowLayout->addWidget(row.edit, i, 1);
        m_rowLayout->addWidget(row.slider, i, 2);
        m_rowLayout->addWidget(row.remove, i, 3);
        undokeys::leaveToWindow(row.edit);
        reportDrags(row.slider);
        // Typing is one step from the first key to Enter or leaving the field.
        connect(row.edit, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            startGesture();
            editLogit(i, text);
        });
        connect(row.edit, &QLineEdit::editingFinished, this, &SoftmaxView::finishGesture);
        connect(row.slider, &QSlider::valueChanged, this, [this, i](int position) {
            const double value = static_cast<double>(position) / kLogitSteps;
            if (auto error = m_model->setLogit(static_cast<std::size_t>(i), value))
                showMessage(*error);
        });
        connect(remove, &QToolButton::clicked, this, [this, i] {
            std::vector<double> logits = m_model->logits();
            logits.erase(logits.begin() + i);
            if (auto error = m_model->setLogits(logits)) showMessage(*error);
        });
        m_rows.push_back(row);
    }
    m_rowLayout->setColumnStretch(2, 1);
    for (int r = 0; r < m_rowLayout->rowCount(); ++r)
        m_rowLayout->setRowStretch(r, 0);
    m_rowLayout->setRowStretch(count, 1); // rows packed at the top
    m_add->setEnabled(count < SceneModel::kMaxClasses);
    orderTabs();
    syncRows();
}

void SoftmaxView::orderTabs()
{
    QList<QWidget *> order{m_lastPreset};
    for (const Row &row : m_rows)
        order << row.edit << row.slider << row.remove;
    order << m_add << m_temperatureSlider << m_temperatureSpin << m_applyActivation;
    accessibility::setTabOrder(order);
}

void SoftmaxView::syncRows()
{
    const std::vector<double> &logits = m_model->logits();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const QSignalBlocker blocker(row.slider);
        row.slider->setValue(logitPosition(logits[i]));
        accessibility::sliderValueChanged(row.slider);
        // Never rewrite what the user is typing: it is either the accepted value or a
        // refused entry they still have to fix.
        if (row.edit->hasFocus()) continue;
        row.edit->setText(NumberField::format(logits[i]));
        widgetcolours::setRefused(row.edit, false);
    }
}

void SoftmaxView::editLogit(int index, const QString &text)
{
    const std::optional<double> parsed = NumberField::parse(text);
    const double value = parsed.value_or(0.0);
    QLineEdit *edit = m_rows.at(static_cast<std::size_t>(index)).edit;
    if (!parsed) {
        widgetcolours::setRefused(edit, true);
        showMessage(tr("Logit %1: \"%2\" is not a finite number; the bars show the last valid "
                       "logits.")
                        .arg(index + 1)
                        .arg(text.toHtmlEscaped()));
        return;
    }
    widgetcolours::setRefused(edit, false);
    if (auto error = m_model->setLogit(static_cast<std::size_t>(index), value)) {
        showMessage(*error);
        return;
    }
    m_message->hide();
}

void SoftmaxView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void SoftmaxView::applyPreset(const std::vector<double> &logits)
{
    if (auto error = m_model->setLogits(logits))
        showMessage(*error);
    else
        m_message->hide();
}

QCPBars *SoftmaxView::bars() const
{
    return m_chart->bars();
}

void SoftmaxView::updateToggle()
{
    const QString name = m_model->curveName(m_model->current());
    m_applyActivation->setText(tr("Apply %1 to the logits first").arg(name));
    const QSignalBlocker blocker(m_applyActivation);
    m_applyActivation->setChecked(m_model->appliesActivation());
}

void SoftmaxView::updateTexts()
{
    const SceneModel::SoftmaxResult &result = m_model->softmax();
    const QString name = m_model->curveName(m_model->current());
    const std::size_t n = result.inputs.size();
    if (result.error != act::SoftmaxError::None) {
        // An infinity is the activation's doing, so it is named; NaN (sqrt of a negative
        // logit) is what softmax refuses.
        const bool infinite = std::any_of(result.inputs.begin(), result.inputs.end(),
                                          [](double v) { return std::isinf(v); });
        const QString why = m_model->appliesActivation() && infinite
                                ? tr("%1 sends a logit to infinity").arg(name)
                                : coremessages::softmaxError(result.error);
        m_statistics->setText(widgetcolours::themedHtml(
            tr("<span style='color:#b00020'>No probabilities: %1.</span>").arg(why.toHtmlEscaped()),
            palette()));
    } else {
        m_statistics->setText(
            tr("Top class <b>%1</b> (p = %2) &nbsp;·&nbsp; entropy <b>%3</b> nats (uniform: %4)")
                .arg(result.topClass + 1)
                .arg(number(result.probabilities[result.topClass]))
                .arg(QLocale::c().toString(result.entropy, 'f', 3))
                .arg(QLocale::c().toString(std::log(static_cast<double>(n)), 'f', 3)));
    }

    if (!m_model->appliesActivation()) {
        m_transformed->hide();
        return;
    }
    QStringList values;
    for (double v : result.inputs)
        values << QLocale::c().toString(v, 'g', 4);
    QString text = tr("%1(z) = [%2]").arg(name, values.join(", "));
    // Distinct logits mapped to one value: softmax can no longer tell those classes apart.
    const std::vector<double> &z = m_model->logits();
    for (std::size_t i = 0; i < n; ++i) {
        QStringList merged;
        for (std::size_t j = 0; j < n; ++j)
            if (result.inputs[j] == result.inputs[i] && z[j] != z[i])
                merged << QString("z<sub>%1</sub>").arg(j + 1);
        if (merged.isEmpty()) continue;
        merged.prepend(QString("z<sub>%1</sub>").arg(i + 1));
        text += tr("<br><span style='color:#b35900'>%1 all become %2: these classes are now "
                   "indistinguishable (information lost before softmax).</span>")
                    .arg(merged.join(", "), number(result.inputs[i]));
        break;
    }
    m_transformed->setText(widgetcolours::themedHtml(text, palette()));
    m_transformed->show();
}

void SoftmaxView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateTexts();
    if (event->type() == QEvent::ParentChange) orderTabs();
}
