// See Comparison.h.
#include "Comparison.h"

#include "activation.h"

#include <QCoreApplication>

#include <cmath>

QString comparisonName(const Scene &scene)
{
    if (!scene.compare) return {};
    return QStringLiteral("%1 \u2212 %2")
        .arg(curveName(scene, scene.current), curveName(scene, *scene.compare));
}

bool comparisonValues(const Scene &scene, std::span<const double> x, std::span<double> out,
                      Precision precision)
{
    if (!scene.compare) return false;
    const auto f = activationOf(scene, scene.current, precision);
    const auto g = activationOf(scene, *scene.compare, precision);
    if (!f || !g) return false;
    act::difference(*f, *g, x, out);
    return true;
}

std::optional<act::DifferenceMaximum> comparisonMaximum(const Scene &scene, double xMin,
                                                        double xMax, Precision precision)
{
    if (!scene.compare) return std::nullopt;
    const auto f = activationOf(scene, scene.current, precision);
    const auto g = activationOf(scene, *scene.compare, precision);
    if (!f || !g) return std::nullopt;
    return act::maxAbsDifference(*f, *g, xMin, xMax);
}

QString formatReadoutNumber(double value, int digits)
{
    if (!std::isfinite(value)) return QString::number(value);
    const double magnitude = std::abs(value);
    QString text;
    if (magnitude != 0.0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
        int exponent = int(std::floor(std::log10(magnitude)));
        double mantissa = value / std::pow(10.0, exponent);
        // Rounding may carry to 10.0.
        if (std::abs(QString::number(mantissa, 'f', digits - 1).toDouble()) >= 10.0) {
            mantissa /= 10.0;
            ++exponent;
        }
        static const char16_t superscripts[10] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                                  0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
        QString power;
        for (QChar c : QString::number(std::abs(exponent)))
            power += QChar(superscripts[c.digitValue()]);
        if (exponent < 0) power.prepend(QChar(0x207B));
        text = QString::number(mantissa, 'f', digits - 1) + QChar(0x00D7) + QStringLiteral("10") +
               power;
    } else {
        text = QString::number(value, 'g', digits);
    }
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QString comparisonReadout(const Scene &scene, const std::optional<act::DifferenceMaximum> &max)
{
    if (!scene.compare) return {};
    const QString name = comparisonName(scene);
    if (!max)
        return QCoreApplication::translate("Comparison", "%1 is undefined over this range")
            .arg(name);
    return QCoreApplication::translate("Comparison", "max |%1| = %2 at x = %3")
        .arg(name, formatReadoutNumber(std::abs(max->difference), 2),
             formatReadoutNumber(max->x, 3));
}
