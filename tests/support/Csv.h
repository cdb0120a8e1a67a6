// Reading the command line's CSV output back in tests: the header line, then rows of numbers.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace testsupport {

inline QList<QList<double>> parseCsv(const QString &text, QString *header = nullptr)
{
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    if (header) *header = lines.isEmpty() ? QString() : lines.front();
    QList<QList<double>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<double> row;
        for (const QString &cell : lines[i].split(','))
            row << cell.toDouble();
        rows << row;
    }
    return rows;
}

} // namespace testsupport
