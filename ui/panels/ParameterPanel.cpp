// Rows come from the catalogue's ParameterSpec table: no per-function code here.
#include "ParameterPanel.h"

#include "ParameterRow.h"
#include "SceneModel.h"
#include "WidgetColours.h"

#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <utility>

ParameterPanel::ParameterPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_none(new QLabel(this)),
      m_message(new QLabel(this)), m_resetAll(new QPushButton(tr("Reset all"), this)),
      m_rowLayout(new QVBoxLayout)
{
    setObjectName("parameterPanel");
    m_title->setObjectName("parameterTitle");
    m_none->setObjectName("noParameters");
    m_none->setWordWrap(true);
    widgetcolours::setMuted(m_none);
    m_message->setObjectName("parameterMessage");
    m_message->setWordWrap(true);
    widgetcolours::setErrorText(m_message);
    m_message->hide();
    m_resetAll->setObjectName("resetAllParameters");
    m_resetAll->setToolTip(tr("Every parameter of this function back to its default"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_resetAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_none);
    layout->addLayout(m_rowLayout);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_resetAll, &QPushButton::clicked, this, [this] {
        m_model->resetParameters(m_model->current());
        m_message->hide();
    });
    connect(m_model, &SceneModel::currentChanged, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::parametersChanged, this, [this](act::FunctionId id) {
        if (id == m_model->current()) syncValues();
    });
    rebuild();
}

void ParameterPanel::rebuild()
{
    // A row that goes away mid-drag never sees its release.
    if (std::exchange(m_dragging, false)) emit gestureFinished();
    for (ParameterRow *row : m_rows)
        delete row;
    m_rows.clear();
    m_message->hide();

    const act::FunctionSpec &spec = act::spec(m_model->current());
    m_title->setText(tr("<b>Parameters of %1</b>").arg(QString::fromUtf8(spec.displayName)));
    for (std::size_t i = 0; i < spec.parameters.size(); ++i) {
        auto *row = new ParameterRow(spec.parameters[i], this);
        m_rowLayout->addWidget(row);
        m_rows.push_back(row);
        connect(row, &ParameterRow::valueEdited, this, [this, i](double v) { edit(i, v); });
        connect(row, &ParameterRow::textRefused, this, [this](const QString &reason) {
            m_message->setText(tr("%1. The previous value stays.").arg(reason));
            m_message->show();
        });
        connect(row->slider(), &QSlider::sliderPressed, this, [this] {
            m_dragging = true;
            emit gestureStarted();
        });
        connect(row->slider(), &QSlider::sliderReleased, this, [this] {
            if (std::exchange(m_dragging, false)) emit gestureFinished();
        });
        connect(row, &ParameterRow::resetRequested, this, [this, i] {
            m_model->resetParameter(m_model->current(), i);
            m_message->hide();
        });
    }
    m_none->setText(
        tr("%1 has no parameters: its shape is fixed.").arg(QString::fromUtf8(spec.displayName)));
    m_none->setVisible(m_rows.empty());
    m_resetAll->setVisible(!m_rows.empty());
    syncValues();
}

void ParameterPanel::syncValues()
{
    const act::FunctionId id = m_model->current();
    const act::Parameters &values = m_model->parameters(id);
    const act::Parameters defaults = act::defaults(id);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i]->setValue(values.values[i]);
        m_rows[i]->setModified(values.values[i] != defaults.values[i]);
    }
    m_resetAll->setEnabled(values != defaults);
}

void ParameterPanel::edit(std::size_t index, double value)
{
    if (auto error = m_model->setParameter(m_model->current(), index, value)) {
        m_message->setText(tr("%1. The previous value stays.").arg(*error));
        m_message->show();
        syncValues(); // the refused value goes; the previous one stays
        return;
    }
    m_message->hide();
}
