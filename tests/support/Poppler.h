// What poppler-utils (Debian: poppler-utils) read from a PDF: the words with their boxes in
// points (pdftotext -bbox) and the fonts with whether each is embedded (pdffonts). Tests of
// exported PDFs look at a figure as a reader's tools do, not at Qt's own idea of it.
#pragma once

#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace testsupport {

struct PdfWord
{
    QString text;
    QRectF box; // in points, y down from the top of the page
};

// The output of `program arguments...`, or empty when it did not run or failed.
inline QString popplerOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every word of the first page of `pdf`.
inline std::vector<PdfWord> pdfWords(const QString &pdf)
{
    const QString html =
        popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, "-"});
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    std::vector<PdfWord> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        QString text = m.captured(5);
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        words.push_back({text, QRectF(QPointF(x0, y0), QPointF(x1, y1))});
    }
    return words;
}

struct PdfFont
{
    QString name;
    bool embedded = false;
};

// The fonts pdffonts lists, or none when it could not read the file.
inline std::vector<PdfFont> pdfFonts(const QString &pdf)
{
    const QStringList lines =
        popplerOutput(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    std::vector<PdfFont> fonts;
    // name type encoding emb sub uni object ID: the last five columns are single words.
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 6) continue;
        fonts.push_back({columns.front(), columns[columns.size() - 5] == QLatin1String("yes")});
    }
    return fonts;
}

} // namespace testsupport
