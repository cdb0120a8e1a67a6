// Tick labels with the true minus sign (U+2212) instead of a hyphen, as typeset mathematics and
// journals have it: "−2", not "-2". QCustomPlot's default ticker otherwise.
#pragma once

#include <qcustomplot.h>

class MinusSignTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override
    {
        QString label = QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
        label.replace(QLatin1Char('-'), QChar(0x2212));
        return label;
    }
};
