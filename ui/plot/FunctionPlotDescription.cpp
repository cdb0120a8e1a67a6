// What the function plot shows, in words, for screen readers (common/Accessibility.h): the
// current curve with its parameters, the overlays, the derivatives shown, the view's ranges and
// a comparison's largest difference. Built from the model each time it is asked for.
#include "FunctionPlot.h"

#include "SceneModel.h"
#include "TraceReadout.h"

namespace {

// "ELU (α = 1)", "GELU", a formula "swish (b = 1.702)".
QString withParameters(const SceneModel &model, CurveId curve)
{
    const QString name = model.curveName(curve);
    const std::size_t count = model.parameterCount(curve);
    if (count == 0) return name;
    QStringList values;
    for (std::size_t i = 0; i < count; ++i) {
        QString symbol;
        if (curve.isCatalogue()) {
            const std::string_view s = act::spec(curve.function()).parameters[i].symbol;
            symbol = QString::fromUtf8(s.data(), qsizetype(s.size()));
        } else if (const FormulaCurve *formula = model.formula(curve.formulaKey())) {
            symbol = formula->parameters[i].name;
        }
        values << QStringLiteral("%1 = %2").arg(
            symbol, TraceReadout::number(model.parameterValue(curve, i)));
    }
    return FunctionPlot::tr("%1 (%2)").arg(name, values.join(QStringLiteral(", ")));
}

} // namespace

QString FunctionPlot::accessibleSummary() const
{
    const SceneModel &model = *m_model;
    QStringList sentences;
    QStringList overlays;
    for (CurveId curve : model.plotted())
        if (curve != model.current()) overlays << withParameters(model, curve);
    sentences << (overlays.isEmpty() ? tr("%1.").arg(withParameters(model, model.current()))
                                     : tr("%1, with %2 overlaid.")
                                           .arg(withParameters(model, model.current()),
                                                overlays.join(QStringLiteral(", "))));
    const QString orders[3] = {tr("the function f"), tr("its first derivative f′ (dashed)"),
                               tr("its second derivative f″ (dotted)")};
    QStringList shown;
    for (int order = 0; order < 3; ++order)
        if (model.isOrderShown(order)) shown << orders[order];
    sentences << (shown.isEmpty() ? tr("No curve is shown.")
                                  : tr("Shown: %1.").arg(shown.join(QStringLiteral(", "))));
    const ViewRange &view = model.view();
    sentences << tr("x from %1 to %2, y from %3 to %4.")
                     .arg(TraceReadout::number(view.xMin), TraceReadout::number(view.xMax),
                          TraceReadout::number(view.yMin), TraceReadout::number(view.yMax));
    if (const std::optional<CurveId> compared = model.comparison()) {
        sentences << tr("Beneath, the difference %1 − %2.")
                         .arg(model.curveName(model.current()), model.curveName(*compared));
        const QString readout = differenceReadout();
        if (!readout.isEmpty()) sentences << readout + QLatin1Char('.');
    }
    return sentences.join(QLatin1Char(' '));
}
