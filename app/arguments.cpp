#include "arguments.h"

#include <QStringList>

#include <cmath>

namespace cli {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

double parseFinite(const QString &text, const QString &what)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok) throw UsageError{what + QStringLiteral(": ") + quoted(text) + " is not a number"};
    if (!std::isfinite(value))
        throw UsageError{what + QStringLiteral(": ") + quoted(text) + " is not a finite number"};
    return value;
}

act::FunctionId functionByName(const QString &name)
{
    const std::string key = name.toStdString();
    if (auto id = act::findFunction(key)) return *id;
    QStringList valid;
    for (const auto &f : act::functions())
        valid << QString::fromUtf8(f.name.data(), f.name.size());
    const auto nearest = act::nearestFunctionName(key);
    throw UsageError{"unknown function " + quoted(name) + "; did you mean " +
                     quoted(QString::fromUtf8(nearest.data(), nearest.size())) +
                     "? Valid names: " + valid.join(QStringLiteral(", "))};
}

Range parseRange(const QString &text)
{
    const QString what = QStringLiteral("--range ") + text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), 1); // a leading '-' is a sign
    if (colon < 0) throw UsageError{what + ": expected START:END, for example -6:6"};
    const Range r{parseFinite(text.left(colon), what), parseFinite(text.mid(colon + 1), what)};
    if (!(r.start < r.end)) throw UsageError{what + ": the start must be less than the end"};
    return r;
}

std::vector<double> parseLogits(const QString &text)
{
    if (text.trimmed().isEmpty())
        throw UsageError{QStringLiteral("--softmax: no logits given; write them like 3,0.7,0.5")};
    const QStringList items = text.split(QLatin1Char(','));
    std::vector<double> logits;
    for (qsizetype i = 0; i < items.size(); ++i)
        logits.push_back(parseFinite(items[i], "--softmax: logit " + QString::number(i + 1)));
    return logits;
}

} // namespace cli
