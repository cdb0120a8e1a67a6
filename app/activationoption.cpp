#include "activationoption.h"

#include "arguments.h"
#include "formula.h"
#include "formula_activation.h"
#include "parameterassignment.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cmath>

namespace cli {
namespace {

ActivationChoice catalogueChoice(const QCommandLineParser &parser, const QString &name)
{
    ActivationChoice c;
    c.function = functionByName(name);
    c.parameters = act::defaults(c.function);
    for (const QString &text : parser.values(QStringLiteral("param"))) {
        const ParameterAssignment a = parseParameterAssignment(text);
        if (!a.function.isEmpty() && functionByName(a.function) != c.function)
            throw UsageError{"--param " + text + ": " + a.function +
                             " is not the function being written (" + name + ")"};
        if (auto error = applyParameterAssignment(a, c.function, c.parameters))
            throw UsageError{"--param " + text + ": " + *error};
    }
    if (auto error = act::validate(c.function, c.parameters))
        throw UsageError{QString::fromStdString(*error)};
    c.activation = std::make_shared<const act::CatalogueActivation>(c.function, c.parameters);
    return c;
}

ActivationChoice formulaChoice(const QCommandLineParser &parser, const QString &text)
{
    const std::string utf8 = text.toStdString();
    const act::ParseResult parsed = act::Formula::parse(utf8);
    if (!parsed)
        throw UsageError{"--formula " + quoted(text) + ": " +
                         QString::fromStdString(parsed.error().message)};
    const act::Formula &formula = *parsed;
    ActivationChoice c;
    c.formulaText = text;
    c.formulaParameters = formula.defaultParameters();
    for (const QString &assignment : parser.values(QStringLiteral("param"))) {
        const ParameterAssignment a = parseParameterAssignment(assignment);
        if (a.key.isEmpty())
            throw UsageError{"--param " + assignment + ": expected NAME=VALUE, e.g. beta=1.5"};
        if (!a.function.isEmpty())
            throw UsageError{"--param " + assignment +
                             ": a formula's parameters take no FUNCTION. prefix"};
        const auto index = formula.findParameter(a.key.toStdString());
        if (!index) {
            QStringList names;
            for (const std::string &p : formula.parameters())
                names << QString::fromStdString(p);
            throw UsageError{"--param " + assignment + ": the formula has no parameter '" + a.key +
                             "'" +
                             (names.isEmpty() ? QStringLiteral(" (it has no parameters)")
                                              : "; its parameters: " + names.join(", "))};
        }
        bool ok = false;
        const double value = a.valueText.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            throw UsageError{"--param " + assignment + ": '" + a.valueText +
                             "' is not a finite number"};
        c.formulaParameters[*index] = value;
    }
    c.activation = std::make_shared<const act::FormulaActivation>(
        formula, c.formulaParameters, act::FormulaActivation::Precision::Accurate);
    return c;
}

} // namespace

ActivationChoice parseActivationChoice(const QCommandLineParser &parser, const QString &mode)
{
    const QStringList names = parser.values(QStringLiteral("function"));
    const QStringList formulas = parser.values(QStringLiteral("formula"));
    if (!names.isEmpty() && !formulas.isEmpty())
        throw UsageError{mode + " takes --function or --formula, not both"};
    if (formulas.size() > 1) throw UsageError{mode + " takes one --formula"};
    if (formulas.size() == 1) return formulaChoice(parser, formulas.front());
    if (names.isEmpty()) throw UsageError{mode + " needs --function NAME or --formula EXPR"};
    if (names.size() > 1)
        throw UsageError{mode + " writes one function; got --function " +
                         names.join(QStringLiteral(", --function "))};
    return catalogueChoice(parser, names.front());
}

} // namespace cli
