// See NetworkControls.h. The rows are a table: what each shows and how an edit changes the
// settings; no setting has code of its own.
#include "NetworkControls.h"

#include "NetworkSettingRow.h"
#include "NumberField.h"
#include "SceneModel.h"
#include "WidgetColours.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

struct NetworkRowSpec
{
    NetworkSettingRow::Spec row;
    std::function<double(const NetworkSetup &)> get;
    std::function<void(NetworkSetup &, double)> set;
};

namespace {

// A whole number the settings can hold, or -1 (which every rule refuses) for anything else.
int wholeOrInvalid(double v)
{
    return v == std::floor(v) && v >= 0 && v <= 1e9 ? int(v) : -1;
}

} // namespace

NetworkControls::NetworkControls(SceneModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_message(new QLabel(this))
{
    setObjectName("networkControls");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    using Scale = NetworkSettingRow::Scale;
    const NetworkRowSpec specs[] = {
        {{"layers", tr("L"), tr("layers, 1 to %1").arg(act::kMaxLayers), 1, 200, Scale::Linear,
          true},
         [](const NetworkSetup &n) { return double(n.layers); },
         [](NetworkSetup &n, double v) { n.layers = wholeOrInvalid(v); }},
        {{"width", tr("N"), tr("units per layer (the width), 1 to %1").arg(act::kMaxWidth), 4, 2048,
          Scale::Logarithmic, true},
         [](const NetworkSetup &n) { return double(n.width); },
         [](NetworkSetup &n, double v) { n.width = wholeOrInvalid(v); }},
        {{"weightVariance", tr("σw²"), tr("weight variance: weights are N(0, σw²/N)"), 0, 5},
         [](const NetworkSetup &n) { return n.weightVariance; },
         [](NetworkSetup &n, double v) { n.weightVariance = v; }},
        {{"biasVariance", tr("σb²"), tr("bias variance: biases are N(0, σb²)"), 0, 2},
         [](const NetworkSetup &n) { return n.biasVariance; },
         [](NetworkSetup &n, double v) { n.biasVariance = v; }},
        {{"inputVariance", tr("q0"), tr("input variance: each input coordinate is N(0, q0)"), 0,
          10},
         [](const NetworkSetup &n) { return n.inputVariance; },
         [](NetworkSetup &n, double v) { n.inputVariance = v; }},
        {{"batch", tr("B"),
          tr("inputs the simulation pushes through together, 1 to %1").arg(act::kMaxBatch), 1, 4096,
          Scale::Logarithmic, true},
         [](const NetworkSetup &n) { return double(n.batch); },
         [](NetworkSetup &n, double v) { n.batch = wholeOrInvalid(v); }},
        {{"seed", tr("seed"),
          tr("the simulation's random numbers: the same seed, the same network"), 0, 1,
          Scale::Linear, true, false},
         [](const NetworkSetup &n) { return double(n.seed); },
         [](NetworkSetup &n, double v) {
             n.seed = v == std::floor(v) && v >= 0 && v <= NetworkSetup::kMaxSeed
                          ? std::uint64_t(v)
                          : ~std::uint64_t(0);
         }},
    };
    const std::pair<QString, QString> names[] = {{"layers", tr("Depth L")},
                                                 {"width", tr("Width N")},
                                                 {"weightVariance", tr("Weight variance σw²")},
                                                 {"biasVariance", tr("Bias variance σb²")},
                                                 {"inputVariance", tr("Input variance q0")},
                                                 {"batch", tr("Batch size B")},
                                                 {"seed", tr("Random seed")}};
    for (NetworkRowSpec spec : specs) {
        for (const auto &[key, name] : names)
            if (key == spec.row.key) spec.row.name = name;
        addRow(spec);
    }

    auto *inits = new QHBoxLayout;
    inits->addWidget(new QLabel(tr("Initialise:"), this));
    const std::pair<Initialisation, QString> choices[] = {{Initialisation::LeCun, tr("LeCun")},
                                                          {Initialisation::Xavier, tr("Xavier")},
                                                          {Initialisation::He, tr("He")}};
    for (const auto &[init, name] : choices) {
        auto *button = new QPushButton(name, this);
        button->setObjectName("init:" + name);
        const double w = initialWeightVariance(init);
        button->setToolTip(
            init == Initialisation::Xavier
                ? tr("σw² = %1, σb² = 0: 2/(fan in + fan out) per weight, which is 1/N for "
                     "layers of equal width")
                      .arg(w)
                : tr("σw² = %1, σb² = 0").arg(w));
        button->setAccessibleName(tr("%1 initialisation").arg(name));
        button->setAccessibleDescription(button->toolTip());
        connect(button, &QPushButton::clicked, this, [this, w] {
            edit(
                [w](NetworkSetup &n, double) {
                    n.weightVariance = w;
                    n.biasVariance = 0.0;
                },
                0.0);
        });
        inits->addWidget(button);
        m_initialisations.push_back(button);
    }
    inits->addStretch(1);
    layout->addLayout(inits);

    m_message->setObjectName("networkMessage");
    m_message->setWordWrap(true);
    widgetcolours::setTextColour(m_message, widgetcolours::kError);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_model, &SceneModel::networkChanged, this, &NetworkControls::sync);
    sync();
}

void NetworkControls::addRow(const NetworkRowSpec &spec)
{
    auto *row = new NetworkSettingRow(spec.row, this);
    layout()->addWidget(row);
    m_rows.emplace_back(row, spec.get);
    const auto set = spec.set;
    connect(row, &NetworkSettingRow::valueEdited, this, [this, set](double v) { edit(set, v); });
    connect(row, &NetworkSettingRow::textRefused, this, [this](const QString &reason) {
        showMessage(tr("%1. The previous value stays.").arg(reason));
    });
    connect(row->slider(), &QSlider::sliderPressed, this, [this] {
        m_dragging = true;
        emit gestureStarted();
    });
    connect(row->slider(), &QSlider::sliderReleased, this, [this] {
        if (std::exchange(m_dragging, false)) emit gestureFinished();
    });
}

NetworkSettingRow *NetworkControls::row(const QString &key) const
{
    for (const auto &[row, get] : m_rows)
        if (row->objectName() == "networkRow:" + key) return row;
    return nullptr;
}

QPushButton *NetworkControls::initialisationButton(Initialisation init) const
{
    return m_initialisations[std::size_t(init)];
}

void NetworkControls::edit(const Apply &apply, double value)
{
    NetworkSetup network = m_model->network();
    apply(network, value);
    if (auto error = m_model->setNetwork(network)) {
        showMessage(tr("%1. The previous value stays.").arg(*error));
        sync(); // the refused value goes; the previous one stays
        return;
    }
    m_message->hide();
}

void NetworkControls::sync()
{
    const NetworkSetup &network = m_model->network();
    for (const auto &[row, get] : m_rows)
        row->setValue(get(network));
}

void NetworkControls::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}
