// Rows come from the catalogue's ParameterSpec table: no per-function code here.
#include "ParameterPanel.h"

#include "Accessibility.h"
#include "NumberField.h"
#include "ParameterRow.h"
#include "SceneModel.h"
#include "WidgetColours.h"

#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
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
    m_resetAll->setAccessibleName(tr("Reset all parameters"));
    m_resetAll->setAccessibleDescription(m_resetAll->toolTip());

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
    connect(m_model, &SceneModel::parametersChanged, this, [this](CurveId id) {
        if (id == m_model->current()) syncValues();
    });
    // A formula's new expression may have other parameters.
    connect(m_model, &SceneModel::formulasChanged, this, [this] {
        if (m_model->current().isFormula()) rebuild();
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

    const CurveId current = m_model->current();
    const QString name = m_model->curveName(current);
    std::vector<ParameterRow::Spec> specs;
    if (current.isCatalogue()) {
        for (const act::ParameterSpec &p : act::spec(current.function()).parameters)
            specs.push_back(ParameterRow::fromCatalogue(p, name));
    } else if (const FormulaCurve *formula = m_model->formula(current.formulaKey())) {
        for (const FormulaParameter &p : formula->parameters)
            specs.push_back({p.name, p.name, tr("a parameter of %1").arg(formula->name), 1.0, p.min,
                             p.max, true, name});
    }
    m_title->setText(tr("<b>Parameters of %1</b>").arg(name.toHtmlEscaped()));
    for (std::size_t i = 0; i < specs.size(); ++i) {
        auto *row = new ParameterRow(specs[i], this);
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
        connect(row, &ParameterRow::rangeEdited, this, [this, i](double min, double max) {
            const CurveId curve = m_model->current();
            if (!curve.isFormula()) return;
            if (auto error = m_model->setFormulaRange(curve.formulaKey(), i, min, max)) {
                m_message->setText(tr("%1. The previous range stays.").arg(*error));
                m_message->show();
                syncValues();
                return;
            }
            m_message->hide();
        });
    }
    m_none->setText(current.isFormula()
                        ? tr("%1 has no parameters: only x.").arg(name.toHtmlEscaped())
                        : tr("%1 has no parameters: its shape is fixed.").arg(name));
    // Tab: the rows in the order shown, right after the panel's own button (made after the
    // window, they would come last in it).
    QList<QWidget *> order{m_resetAll};
    for (ParameterRow *row : m_rows)
        order << row->slider() << row->spinBox() << row->resetButton() << row->rangeMinField()
              << row->rangeMaxField();
    accessibility::setTabOrder(order);
    m_none->setVisible(m_rows.empty());
    m_resetAll->setVisible(!m_rows.empty());
    syncValues();
}

void ParameterPanel::syncValues()
{
    const CurveId current = m_model->current();
    if (current.isFormula()) {
        const FormulaCurve *formula = m_model->formula(current.formulaKey());
        if (!formula || formula->parameters.size() != m_rows.size()) return;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const FormulaParameter &p = formula->parameters[i];
            m_rows[i]->setRange(p.min, p.max);
            m_rows[i]->setValue(p.value);
            m_rows[i]->setModified(p.value != 1.0);
        }
        m_resetAll->setEnabled(!m_model->isDefault(current));
        return;
    }
    const act::FunctionId id = current.function();
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
