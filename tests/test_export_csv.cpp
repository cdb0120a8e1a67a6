// CSV of the plotted curves: the header names each function and derivative, every number is
// the core's bit for bit, and bad ranges or point counts write nothing.
#include "CurveCsvExporter.h"
#include "SceneModel.h"
#include "support/Files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

namespace {

using testsupport::readAll;

using act::FunctionId;

double parseDouble(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    double value = 0;
    const auto result = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    const bool whole = result.ec == std::errc() && result.ptr == bytes.constData() + bytes.size();
    return whole ? value : std::nan("");
}

} // namespace

class TestExportCsv : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<SceneModel>();
        m_model->setOverlaid(FunctionId::Relu, true);
        m_model->setOrderShown(1, true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void csvMatchesTheCoreBitExactly()
    {
        m_model->setOrderShown(2, true);
        QCOMPARE(m_model->setParameter(FunctionId::Elu, 0, 0.3), std::nullopt);
        m_model->setOverlaid(FunctionId::Elu, true);
        const CurveCsvExporter csv(m_model->scene());
        const QStringList header{"x",     "gelu",   "gelu'", "gelu''", "relu",
                                 "relu'", "relu''", "elu",   "elu'",   "elu''"};
        QCOMPARE(csv.columns(), header);
        const QString path = m_dir->filePath("curves.csv");
        QCOMPARE(csv.exportTo(path, -3.0, 2.5, 101), std::nullopt);
        const QStringList lines =
            QString::fromLatin1(readAll(path)).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 102);
        QCOMPARE(lines.front(), header.join(','));
        const std::vector<FunctionId> ids{FunctionId::Gelu, FunctionId::Relu, FunctionId::Elu};
        for (int row = 0; row < 101; ++row) {
            const QStringList cells = lines[row + 1].split(',');
            QCOMPARE(cells.size(), header.size());
            const double x = parseDouble(cells[0]);
            QCOMPARE(x, row == 100 ? 2.5 : -3.0 + 5.5 * row / 100.0);
            for (std::size_t f = 0; f < ids.size(); ++f) {
                const act::Derivatives d = act::evaluate(ids[f], m_model->parameters(ids[f]), x);
                const double expected[3] = {d.f, d.d1, d.d2};
                for (int order = 0; order < 3; ++order) {
                    const double value = parseDouble(cells[1 + int(f) * 3 + order]);
                    QVERIFY2(std::bit_cast<quint64>(value) ==
                                 std::bit_cast<quint64>(expected[order]),
                             qPrintable(lines[row + 1]));
                }
            }
        }
    }

    void csvRefusesBadInput_data()
    {
        QTest::addColumn<double>("xMin");
        QTest::addColumn<double>("xMax");
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reversed") << 1.0 << -1.0 << 11 << "start < end";
        QTest::newRow("empty") << 1.0 << 1.0 << 11 << "start < end";
        QTest::newRow("NaN") << std::nan("") << 1.0 << 11 << "finite";
        QTest::newRow("infinite") << -std::numeric_limits<double>::infinity() << 1.0 << 11
                                  << "finite";
        QTest::newRow("one point") << 0.0 << 1.0 << 1 << "number of points";
        QTest::newRow("too many points") << 0.0 << 1.0 << 2'000'000 << "number of points";
    }
    void csvRefusesBadInput()
    {
        QFETCH(double, xMin);
        QFETCH(double, xMax);
        QFETCH(int, points);
        QFETCH(QString, expected);
        const QString path = m_dir->filePath("curves.csv");
        const auto error = CurveCsvExporter(m_model->scene()).exportTo(path, xMin, xMax, points);
        QVERIFY(error && error->contains(expected));
        QVERIFY(!QFile::exists(path));
    }

    void onlyShownOrdersAreWritten()
    {
        m_model->setOrderShown(0, false);
        m_model->setOrderShown(1, true);
        m_model->setOrderShown(2, false);
        QCOMPARE(CurveCsvExporter(m_model->scene()).columns(),
                 (QStringList{"x", "gelu'", "relu'"}));
        const auto text = CurveCsvExporter(m_model->scene()).csv(0.0, 1.0, 3);
        const QStringList rows =
            QString::fromStdString(std::get<std::string>(text)).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], QStringLiteral("x,gelu',relu'"));
        // gelu′ correctly rounded (Φ(x) + x·φ(x)); the SIMD kernels may be an ulp from it, and
        // from the portable path, so the value is checked to an ulp and everything else exactly.
        const double expected[3][3] = {
            {0, 0.5, 0}, {0.5, 0.86749512465616285, 1}, {1, 1.0833154705876864, 1}};
        for (int i = 0; i < 3; ++i) {
            const QStringList cells = rows[i + 1].split(',');
            QCOMPARE(cells.size(), 3);
            QCOMPARE(cells[0].toDouble(), expected[i][0]);
            QCOMPARE(cells[2].toDouble(), expected[i][2]);
            const double gelu = cells[1].toDouble();
            const double want = expected[i][1];
            QVERIFY2(gelu >= std::nextafter(want, -1.0) && gelu <= std::nextafter(want, 2.0),
                     qPrintable(rows[i + 1]));
        }
    }

private:
    std::unique_ptr<SceneModel> m_model;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestExportCsv)
#include "test_export_csv.moc"
