// See CompareMenu.h.
#include "CompareMenu.h"

#include "Mnemonics.h"
#include "SceneModel.h"

#include <QActionGroup>
#include <QMenu>

CompareMenu::CompareMenu(SceneModel *model, QMenu *parent)
    : QObject(parent), m_model(model), m_menu(parent->addMenu(tr("Compare &With"))),
      m_stop(parent->addAction(tr("Stop &Comparing")))
{
    m_menu->setObjectName("compareWith");
    m_menu->setToolTip(tr("Draw the current function minus another beneath the plot, with the "
                          "largest difference in view"));
    m_menu->menuAction()->setObjectName("compareWithMenu");
    m_stop->setObjectName("stopComparing");
    m_stop->setToolTip(tr("Remove the difference panel"));
    connect(m_stop, &QAction::triggered, m_model, [this] { m_model->setComparison(std::nullopt); });
    connect(m_menu, &QMenu::aboutToShow, this, &CompareMenu::update);
    const auto enable = [this] { m_stop->setEnabled(m_model->comparison().has_value()); };
    connect(m_model, &SceneModel::comparisonChanged, this, enable);
    enable();
    update();
}

void CompareMenu::update()
{
    m_menu->clear();
    auto *group = new QActionGroup(m_menu);
    std::vector<CurveId> curves;
    for (const auto &f : act::functions())
        curves.push_back(f.id);
    for (const FormulaCurve &formula : m_model->formulas())
        curves.push_back(CurveId::formula(formula.key));
    bool formulas = false;
    for (CurveId curve : curves) {
        if (curve.isFormula() && !formulas) {
            m_menu->addSeparator();
            formulas = true;
        }
        QAction *action = m_menu->addAction(mnemonics::escaped(m_model->curveName(curve)));
        action->setObjectName(QStringLiteral("compareWith:%1").arg(curve.value()));
        action->setCheckable(true);
        action->setChecked(m_model->comparison() == curve);
        action->setEnabled(curve != m_model->current());
        group->addAction(action);
        connect(action, &QAction::triggered, m_model,
                [this, curve] { m_model->setComparison(curve); });
    }
    mnemonics::complete(m_menu);
}
