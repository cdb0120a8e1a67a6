// See CurveCsvExporter.h. The grid is the command line's --csv one (act::gridPoint).
#include "CurveCsvExporter.h"

#include "FileOutput.h"
#include "Scene.h"
#include "csv.h"

#include <QCoreApplication>
#include <array>
#include <cmath>
#include <vector>

namespace {

// RFC 4180: a typed formula's name may hold a comma or a quote.
QString quoted(QString field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))) return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

} // namespace

QStringList CurveCsvExporter::columns() const
{
    QStringList names{QStringLiteral("x")};
    static const char *const kPrimes[3] = {"", "'", "''"};
    for (CurveId curve : m_scene.plotted()) {
        const QString name =
            curve.isCatalogue() ? functionName(curve.function()) : curveName(m_scene, curve);
        for (int order = 0; order < 3; ++order)
            if (m_scene.ordersShown[std::size_t(order)])
                names << quoted(name + QLatin1String(kPrimes[order]));
    }
    return names;
}

std::variant<std::string, QString> CurveCsvExporter::csv(double xMin, double xMax, int points) const
{
    if (!std::isfinite(xMin) || !std::isfinite(xMax) || !(xMin < xMax) ||
        !std::isfinite(xMax - xMin))
        return QCoreApplication::translate(
                   "CurveCsvExporter", "the x range must be finite with start < end, got %1 to %2")
            .arg(QString::number(xMin), QString::number(xMax));
    if (points < kMinPoints || points > kMaxPoints)
        return QCoreApplication::translate("CurveCsvExporter",
                                           "the number of points must be %1 to %2, got %3")
            .arg(QString::number(kMinPoints), QString::number(kMaxPoints), QString::number(points));
    const auto n = static_cast<std::size_t>(points);
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = act::gridPoint(xMin, xMax, static_cast<long long>(n), static_cast<long long>(i));

    std::vector<std::vector<double>> values{x};
    for (CurveId curve : m_scene.plotted()) {
        std::array<std::vector<double>, 3> y;
        for (int order = 0; order < 3; ++order)
            if (m_scene.ordersShown[std::size_t(order)]) y[std::size_t(order)].resize(n);
        const auto activation = activationOf(m_scene, curve);
        if (!activation)
            return QCoreApplication::translate("CurveCsvExporter", "the scene has no formula %1")
                .arg(curve.formulaKey());
        activation->evaluate(x, y[0], y[1], y[2]);
        for (auto &column : y)
            if (!column.empty()) values.push_back(std::move(column));
    }

    std::string text = columns().join(QLatin1Char(',')).toStdString() + '\n';
    text.reserve(text.size() + n * values.size() * 24);
    std::vector<double> row(values.size());
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t c = 0; c < values.size(); ++c)
            row[c] = values[c][i];
        act::appendCsvRow(text, row);
    }
    return text;
}

std::optional<QString> CurveCsvExporter::exportTo(const QString &path, double xMin, double xMax,
                                                  int points) const
{
    auto result = csv(xMin, xMax, points);
    if (auto *error = std::get_if<QString>(&result))
        return QCoreApplication::translate("CurveCsvExporter", "cannot write '%1': %2")
            .arg(path, *error);
    const std::string &text = std::get<std::string>(result);
    return writeWholeFile(path, QByteArrayView(text.data(), qsizetype(text.size())));
}
