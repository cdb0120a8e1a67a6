#include "parameterassignment.h"

#include <QStringList>

#include <cmath>

namespace cli {

ParameterAssignment parseParameterAssignment(const QString &text)
{
    ParameterAssignment a;
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0) return a;
    QString name = text.left(equals).trimmed();
    a.valueText = text.mid(equals + 1).trimmed();
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        a.function = name.left(dot);
        name = name.mid(dot + 1);
    }
    a.key = name;
    return a;
}

std::optional<QString> applyParameterAssignment(const ParameterAssignment &a, act::FunctionId id,
                                                act::Parameters &params)
{
    if (a.key.isEmpty()) return QStringLiteral("expected [FUNCTION.]NAME=VALUE, e.g. alpha=0.2");
    const act::FunctionSpec &spec = act::spec(id);
    const QString functionName = QString::fromUtf8(spec.name.data(), spec.name.size());
    const auto index = act::findParameter(id, a.key.toStdString());
    if (!index) {
        QStringList keys;
        for (const auto &p : spec.parameters)
            keys << QString::fromUtf8(p.key.data(), p.key.size());
        return functionName + " has no parameter '" + a.key + "'" +
               (keys.isEmpty() ? QStringLiteral(" (it has no parameters)")
                               : "; its parameters: " + keys.join(QStringLiteral(", ")));
    }
    bool ok = false;
    const double value = a.valueText.toDouble(&ok);
    if (!ok) return "'" + a.valueText + "' is not a number";
    if (auto error = act::validateParameter(id, *index, value))
        return QString::fromStdString(*error);
    params.values[*index] = value;
    return std::nullopt;
}

} // namespace cli
