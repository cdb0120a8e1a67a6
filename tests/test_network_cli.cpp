// --propagate, --fixed-point and --simulate run as a real process: headers, agreement with the
// core, closed forms (ReLU at σw² = 2 keeps q), reproducible seeds, and bad input (one line on
// stderr starting "activation-explorer: error:", exit status 2).
#include "meanfield.h"
#include "simulation.h"
#include "support/AppProcess.h"
#include "support/Csv.h"

#include <QProcess>
#include <QTest>

#include <cmath>

namespace {

using Run = testsupport::AppRun;
using testsupport::parseCsv;
using testsupport::runApp;

} // namespace

class TestNetworkCli : public QObject
{
    Q_OBJECT

private slots:
    void propagateMatchesCore()
    {
        const Run r =
            runApp({"--propagate", "-", "--function", "tanh", "--weight-variance", "1.5",
                    "--bias-variance", "0.05", "--input-variance", "2", "--layers", "12"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("layer,q,mean,second_moment,chi1"));
        QCOMPARE(rows.size(), 12);
        const auto theory =
            act::propagate({act::catalogueActivation(act::FunctionId::Tanh), 1.5, 0.05, 2.0, 12});
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(rows[i][0], double(i + 1));
            QCOMPARE(rows[i][1], theory[i].q); // 17 digits: bit-exact after reading back
            QCOMPARE(rows[i][3], theory[i].secondMoment);
            QCOMPARE(rows[i][4], theory[i].chi1);
        }
    }

    void reluAtTwoKeepsTheVariance()
    {
        const Run r = runApp({"--propagate", "-", "--function", "relu", "--weight-variance", "2",
                              "--layers", "200"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(rows.size(), 200);
        for (const auto &row : rows) {
            QVERIFY(std::fabs(row[1] - 2.0) < 1e-12);
            QVERIFY(std::fabs(row[2] - 1 / std::sqrt(M_PI)) < 1e-12); // √(q/2π), q = 2
            QVERIFY(std::fabs(row[4] - 1.0) < 1e-12);
        }
    }

    void fixedPoint()
    {
        Run r = runApp({"--fixed-point", "-", "--function", "relu", "--weight-variance", "1",
                        "--bias-variance", "0.5"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("q_star,chi1,depth_scale"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(std::fabs(rows[0][0] - 1.0) < 1e-12);
        QVERIFY(std::fabs(rows[0][1] - 0.5) < 1e-12);
        QVERIFY(std::fabs(rows[0][2] - 1 / std::log(2.0)) < 1e-11);
        // χ1 = 1: the depth scale is infinite, written as inf.
        r = runApp({"--fixed-point", "-", "--function", "relu", "--weight-variance", "2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral(",inf")));
        // tanh at σw² = 1, σb² = 0 decays to q* = 0 exactly (it printed 1.3e-16 once: a root of
        // the residual's rounding noise), χ1(0) = tanh'(0)² = 1.
        r = runApp({"--fixed-point", "-", "--function", "tanh", "--weight-variance", "1"});
        QCOMPARE(r.exitCode, 0);
        rows = parseCsv(r.out, &header);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows[0][0] == 0.0, qPrintable(r.out)); // QCOMPARE is fuzzy: 1e-16 "equals" 0
        QVERIFY(std::fabs(rows[0][1] - 1.0) < 1e-15);
        QVERIFY(std::isinf(rows[0][2]));
        // No fixed point: exit 2 and why.
        r = runApp({"--fixed-point", "-", "--function", "relu", "--weight-variance", "3"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(QStringLiteral("activation-explorer: error: no fixed point")));
        QVERIFY(r.err.contains(QStringLiteral("without bound")));
    }

    void simulateIsReproducibleAndMatchesCore()
    {
        const QStringList args = {
            "--simulate", "-",  "--function", "rrelu", "--layers",          "5", "--width", "64",
            "--batch",    "16", "--seed",     "99",    "--weight-variance", "2"};
        const Run a = runApp(args), b = runApp(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QString header;
        const auto rows = parseCsv(a.out, &header);
        QCOMPARE(header, QStringLiteral("layer,mean,variance,dead_fraction,gradient_norm"));
        QCOMPARE(rows.size(), 5);
        act::SimulationSettings s;
        s.network = {act::catalogueActivation(act::FunctionId::Rrelu), 2.0, 0.0, 1.0, 5};
        s.width = 64;
        s.batch = 16;
        s.seed = 99;
        const auto r = act::simulate(s);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows[i][2], r.layers[i].variance);
            QCOMPARE(rows[i][4], r.layers[i].gradientNorm);
        }
        QVERIFY(runApp(QStringList(args).replaceInStrings("99", "100")).out != a.out);
    }

    // --formula in place of --function: ReLU typed as max(x, a·x) with a = 0 has ReLU's closed
    // forms in every network mode, and simulates bit for bit like --function relu.
    void formulaInEveryMode()
    {
        const QStringList relu = {"--formula", "max(x, a*x)", "--param", "a=0"};
        Run r = runApp(QStringList{"--propagate", "-", "--weight-variance", "2", "--layers", "50"} +
                       relu);
        QCOMPARE(r.exitCode, 0);
        auto rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 50);
        for (const auto &row : rows) {
            QVERIFY(std::fabs(row[1] - 2.0) < 1e-12);
            QVERIFY(std::fabs(row[2] - 1 / std::sqrt(M_PI)) < 1e-12);
            QVERIFY(std::fabs(row[3] - 1.0) < 1e-12);
            QVERIFY(std::fabs(row[4] - 1.0) < 1e-12);
        }
        r = runApp(
            QStringList{"--fixed-point", "-", "--weight-variance", "1", "--bias-variance", "0.5"} +
            relu);
        QCOMPARE(r.exitCode, 0);
        rows = parseCsv(r.out);
        QVERIFY(std::fabs(rows[0][0] - 1.0) < 1e-12);
        QVERIFY(std::fabs(rows[0][1] - 0.5) < 1e-12);
        // The parameter is used: a = 1 is the identity, q* = σb²/(1 − σw²) = 1 at σw² = 0.5.
        r = runApp({"--fixed-point", "-", "--weight-variance", "0.5", "--bias-variance", "0.5",
                    "--formula", "max(x, a*x)", "--param", "a=1"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(std::fabs(parseCsv(r.out)[0][0] - 1.0) < 1e-12);
        const QStringList simulate = {"--simulate", "-", "--layers",          "4", "--width", "32",
                                      "--batch",    "8", "--weight-variance", "2"};
        const Run typed = runApp(simulate + relu);
        const Run catalogue = runApp(simulate + QStringList{"--function", "relu"});
        QCOMPARE(typed.exitCode, 0);
        QCOMPARE(typed.out, catalogue.out);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList p = {"--propagate", "-", "--function", "tanh"};
        QTest::newRow("negative weight variance")
            << (p + QStringList{"--weight-variance", "-1"}) << "cannot be negative";
        QTest::newRow("negative bias variance")
            << (p + QStringList{"--bias-variance", "-0.1"}) << "cannot be negative";
        QTest::newRow("negative input variance")
            << (p + QStringList{"--input-variance", "-2"}) << "cannot be negative";
        QTest::newRow("not a number")
            << (p + QStringList{"--weight-variance", "x"}) << "not a number";
        QTest::newRow("zero layers") << (p + QStringList{"--layers", "0"}) << "from 1 to 200";
        QTest::newRow("201 layers") << (p + QStringList{"--layers", "201"}) << "from 1 to 200";
        QTest::newRow("no function") << QStringList{"--propagate", "-"} << "needs --function";
        QTest::newRow("bad parameter")
            << (p + QStringList{"--param", "alpha=2"}) << "no parameter 'alpha'";
        const QStringList s = {"--simulate", "-", "--function", "relu"};
        QTest::newRow("width too large") << (s + QStringList{"--width", "5000"}) << "1 to 2048";
        QTest::newRow("batch zero") << (s + QStringList{"--batch", "0"}) << "1 to 4096";
        QTest::newRow("memory") << (s + QStringList{"--layers", "200", "--width", "2048"})
                                << "at most 33554432";
        QTest::newRow("bad seed") << (s + QStringList{"--seed", "-3"}) << "--seed";
        QTest::newRow("two modes") << (p + QStringList{"--simulate", "-"}) << "cannot be combined";
        const QStringList f = {"--fixed-point", "-"};
        QTest::newRow("misspelt formula")
            << (f + QStringList{"--formula", "sigmod(x)"})
            << QString::fromUtf8("unknown name 'sigmod' at column 1 \u2014 did you mean sigmoid?");
        QTest::newRow("formula and function")
            << (p + QStringList{"--formula", "x"}) << "--propagate takes --function or --formula";
        QTest::newRow("formula parameter unknown")
            << (f + QStringList{"--formula", "tanh(b*x)", "--param", "a=2"})
            << "the formula has no parameter 'a'; its parameters: b";
        QTest::newRow("formula parameter not a number")
            << (s.mid(0, 2) + QStringList{"--formula", "tanh(b*x)", "--param", "b=inf"})
            << "'inf' is not a finite number";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runApp(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("activation-explorer: error: ")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkCli)
#include "test_network_cli.moc"
