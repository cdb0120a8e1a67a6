// The headless command line, run as a real process: output formats, defaults, both spellings
// of negative ranges, and bad input (one clear line on stderr, exit status 2, no partial file).
#include "activations.h"
#include "support/AppProcess.h"
#include "support/Csv.h"
#include "support/Files.h"
#include "support/FullDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <functional>

namespace {

using testsupport::appEnvironment;
using testsupport::AppRunOptions;
using testsupport::headlessEnvironment;
using testsupport::runApp;
using Run = testsupport::AppRun;

using testsupport::parseCsv;
using testsupport::readAll;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// One line on stderr, in the program's words, exit status 2.
void expectOneError(const Run &r, const QString &message)
{
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("activation-explorer: error: "), qPrintable(r.err));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void listNamesEveryFunctionWithDefaults()
    {
        const Run r = runApp({"--list"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), qsizetype(act::kFunctionCount));
        for (const auto &f : act::functions())
            QVERIFY(r.out.contains(QString::fromUtf8(f.name.data(), f.name.size()) + ' '));
        QVERIFY(r.out.contains("leaky_relu") && r.out.contains("alpha=0.01"));
        QVERIFY(r.out.contains("threshold=20"));
        QVERIFY(r.out.contains("lambda=1.0507009873554805"));
    }

    void csvDefaults()
    {
        const Run r = runApp({"--csv", "-", "--function", "gelu"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("x,y,dy,d2y"));
        QCOMPARE(rows.size(), 1001);
        QCOMPARE(rows.front()[0], -6.0);
        QCOMPARE(rows.back()[0], 6.0);
        QCOMPARE(rows[500][0], 0.0);
        QVERIFY(r.err.isEmpty());
    }

    void csvMatchesCoreAndRoundTrips()
    {
        const Run r = runApp({"--csv", "-", "--function", "elu", "--param", "alpha=0.5", "--range",
                              "-3:2", "--points", "7"});
        QCOMPARE(r.exitCode, 0);
        const auto rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 7);
        const act::Parameters p{{0.5, 0}};
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const double x = -3.0 + 5.0 * double(i) / 6.0;
            QCOMPARE(rows[i][0], i == 6 ? 2.0 : x);
            const auto d = act::evaluate(act::FunctionId::Elu, p, rows[i][0]);
            // 17 significant digits: bit-exact after parsing back.
            QCOMPARE(rows[i][1], d.f);
            QCOMPARE(rows[i][2], d.d1);
            QCOMPARE(rows[i][3], d.d2);
        }
    }

    // --formula: x·σ(βx) with β = 1.5 against its closed forms in long double (σ' = σ(1 − σ)),
    // written with 17 significant digits like --csv of a catalogue function.
    void csvOfAFormula()
    {
        const Run r = runApp({"--csv", "-", "--formula", "x*sigmoid(beta*x)", "--param", "beta=1.5",
                              "--range", "-30:4", "--points", "35"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("x,y,dy,d2y"));
        QCOMPARE(rows.size(), 35);
        for (const auto &row : rows) {
            const long double x = row[0], b = 1.5L;
            const long double s = 1 / (1 + std::exp(-b * x)), ds = b * s * (1 - s);
            const long double f = x * s, d1 = s + x * ds, d2 = 2 * ds + x * b * ds * (1 - 2 * s);
            QVERIFY2(std::fabs(row[1] - f) <= 1e-13L * std::fabs(f) &&
                         std::fabs(row[2] - d1) <= 1e-13L * std::fabs(d1) + 1e-300L &&
                         std::fabs(row[3] - d2) <= 1e-13L * std::fabs(d2) + 1e-300L,
                     qPrintable(QString::number(row[0])));
        }
        // 17 significant digits where the value needs them.
        QVERIFY(r.out.split('\n')[2].split(',')[1].size() >= 18);
    }

    // --compare: GELU minus its tanh approximation against both closed forms in long double
    // (Φ by erfc; the approximation 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))) and its derivative).
    void csvWithACompare()
    {
        const Run r = runApp({"--csv", "-", "--function", "gelu", "--compare", "gelu_tanh",
                              "--range", "-4:4", "--points", "81"});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("x,y,dy,d2y,difference,d_difference,d2_difference"));
        QCOMPARE(rows.size(), 81);
        double largest = 0, at = 0;
        for (const auto &row : rows) {
            const long double x = row[0], k = std::sqrt(2 / 3.14159265358979323846264338327950L);
            const long double phi = 0.5L * std::erfc(-x / std::sqrt(2.0L));
            const long double density =
                std::exp(-x * x / 2) / std::sqrt(2 * 3.14159265358979323846L);
            const long double u = k * (x + 0.044715L * x * x * x), t = std::tanh(u);
            const long double f = x * phi - 0.5L * x * (1 + t);
            const long double d1 =
                phi + x * density -
                (0.5L * (1 + t) + 0.5L * x * (1 - t * t) * k * (1 + 3 * 0.044715L * x * x));
            QVERIFY2(std::fabs(row[4] - f) <= 1e-15L && std::fabs(row[5] - d1) <= 1e-15L,
                     qPrintable(QString("x = %1: %2 %3").arg(row[0]).arg(row[4]).arg(row[5])));
            QCOMPARE(row[4], row[1] - act::evaluate(act::FunctionId::GeluTanh, {}, row[0]).f);
            QCOMPARE(row[6], row[3] - act::evaluate(act::FunctionId::GeluTanh, {}, row[0]).d2);
            if (std::fabs(row[4]) > largest) largest = std::fabs(row[4]), at = std::fabs(row[0]);
        }
        // "Within a few 1e-4": the largest on this grid, at |x| = 2.7.
        QVERIFY2(largest > 4.5e-4 && largest < 4.9e-4, qPrintable(QString::number(largest)));
        QCOMPARE(at, 2.7);
    }

    // The x column for ranges whose width·i, or the width itself, overflows a double: every x
    // finite, the ends exact, strictly increasing, and within a few ulps of the endpoints of
    // start + (end − start)·i/(n − 1) evaluated in __float128 (where nothing overflows).
    void csvGridOfHugeRanges_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::newRow("-1e306:1e306") << "--range=-1e306:1e306" << -1e306 << 1e306;
        QTest::newRow("-1.7e308:1.7e308") << "--range=-1.7e308:1.7e308" << -1.7e308 << 1.7e308;
        QTest::newRow("0:1.7976931348623157e308")
            << "--range=0:1.7976931348623157e308" << 0.0 << DBL_MAX;
    }
    void csvGridOfHugeRanges()
    {
        QFETCH(QString, range);
        QFETCH(double, start);
        QFETCH(double, end);
        const Run r = runApp({"--csv", "-", "--function", "relu", range});
        QCOMPARE(r.exitCode, 0);
        const auto rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 1001);
        QVERIFY(rows.front()[0] == start);
        QVERIFY(rows.back()[0] == end);
        using quad = __float128;
        const double tol = 4 * DBL_EPSILON * std::max(std::fabs(start), std::fabs(end));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const double x = rows[i][0];
            QVERIFY2(std::isfinite(x), qPrintable(QStringLiteral("x[%1] = %2").arg(i).arg(x)));
            if (i > 0) QVERIFY(x > rows[i - 1][0]);
            const quad expected = quad(start) + (quad(end) - quad(start)) * quad(i) / quad(1000);
            const quad err = quad(x) - expected;
            QVERIFY2((err < 0 ? -err : err) <= quad(tol),
                     qPrintable(QStringLiteral("x[%1] = %2, expected %3")
                                    .arg(i)
                                    .arg(x, 0, 'g', 17)
                                    .arg(double(expected), 0, 'g', 17)));
            QCOMPARE(rows[i][1], x > 0 ? x : 0.0);
        }
    }

    void negativeRangeBothSpellings_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--range=-5:5") << QStringList{"--range=-5:5"};
        QTest::newRow("--range -5:5") << QStringList{"--range", "-5:5"};
        QTest::newRow("--range -5:-1e-3") << QStringList{"--range", "-5:-1e-3"};
    }
    void negativeRangeBothSpellings()
    {
        QFETCH(QStringList, arguments);
        const Run r =
            runApp(QStringList{"--csv", "-", "--function", "relu", "--points", "3"} + arguments);
        QCOMPARE(r.exitCode, 0);
        const auto rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.front()[0], -5.0);
    }

    void prefixedParameterForTheFunction()
    {
        const Run r = runApp({"--csv", "-", "--function", "leaky_relu", "--param",
                              "leaky_relu.alpha=0.2", "--range", "-1:1", "--points", "2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parseCsv(r.out).front()[1], -0.2);
    }

    void csvToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("relu.csv");
        const Run r = runApp({"--csv", path, "--function", "relu", "--points", "10000"});
        QCOMPARE(r.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(QString::fromUtf8(file.readAll())).size(), 10000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"relu.csv"});
    }

    void softmaxSourceCases_data()
    {
        QTest::addColumn<QString>("logits");
        QTest::addColumn<QList<double>>("rounded");
        QTest::addColumn<int>("decimals");
        QTest::newRow("case 1") << "3,0.7,0.5" << QList<double>{0.846, 0.085, 0.069} << 3;
        QTest::newRow("case 2") << "1.2,1,1.5" << QList<double>{0.316, 0.258, 0.426} << 3;
        QTest::newRow("case 3") << "1.5,1.2,1.2,1.2,1.2,1.2,1.2,1.2,1.2,1.2"
                                << QList<double>{0.13,  0.097, 0.097, 0.097, 0.097,
                                                 0.097, 0.097, 0.097, 0.097, 0.097}
                                << 3;
        QTest::newRow("negative first") << "-1,1" << QList<double>{0.119, 0.881} << 3;
    }
    void softmaxSourceCases()
    {
        QFETCH(QString, logits);
        QFETCH(QList<double>, rounded);
        QFETCH(int, decimals);
        const Run r = runApp({"--softmax", logits});
        QCOMPARE(r.exitCode, 0);
        QString header;
        const auto rows = parseCsv(r.out, &header);
        QCOMPARE(header, QStringLiteral("logit,probability,log_probability"));
        QCOMPARE(rows.size(), rounded.size());
        const double scale = std::pow(10.0, decimals);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            // The source rounds 0.1295 to 0.13: compare at the source's own precision.
            const double tolerance = rounded[i] == 0.13 ? 0.005 : 0.5 / scale;
            QVERIFY2(std::abs(rows[i][1] - rounded[i]) <= tolerance,
                     qPrintable(QString::number(rows[i][1])));
            QCOMPARE(rows[i][2], std::log(rows[i][1]));
        }
    }

    void softmaxTemperature()
    {
        const Run hot = runApp({"--softmax", "0,1", "--temperature", "1e6"});
        QCOMPARE(hot.exitCode, 0);
        QVERIFY(std::abs(parseCsv(hot.out)[0][1] - 0.5) < 1e-6);
        const Run cold = runApp({"--softmax=-1,1", "--temperature=0.01"});
        QCOMPARE(cold.exitCode, 0);
        QCOMPARE(parseCsv(cold.out)[1][1], 1.0);
        QCOMPARE(parseCsv(cold.out)[0][2], -200.0); // log p stays finite where p underflows
    }

    // Logits of opposite sign near ±DBL_MAX with a huge temperature: z/T = ∓1.7, so the closed
    // form is p = σ(∓3.4) and log p = −log(1 + e^{±3.4}), although z_1 − z_0 overflows.
    void softmaxHugeLogitsAndTemperature()
    {
        const Run r = runApp({"--softmax=-1.7e308,1.7e308", "--temperature", "1e308"});
        QCOMPARE(r.exitCode, 0);
        const auto rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 2);
        const double expected[2][2] = {
            {1 / (1 + std::exp(3.4)), -(3.4 + std::log1p(std::exp(-3.4)))}, // 0.0323, -3.43
            {1 / (1 + std::exp(-3.4)), -std::log1p(std::exp(-3.4))},        // 0.9677, -0.0328
        };
        for (int i = 0; i < 2; ++i)
            for (int k = 0; k < 2; ++k)
                QVERIFY2(std::abs(rows[i][k + 1] - expected[i][k]) <=
                             1e-12 * std::abs(expected[i][k]),
                         qPrintable(QStringLiteral("row %1 column %2: %3, expected %4")
                                        .arg(i)
                                        .arg(k + 1)
                                        .arg(rows[i][k + 1], 0, 'g', 17)
                                        .arg(expected[i][k], 0, 'g', 17)));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList csv{"--csv", "-"};
        QTest::newRow("unknown function") << csv + QStringList{"--function", "gelus"}
                                          << "unknown function 'gelus'; did you mean 'gelu'?";
        QTest::newRow("unknown function lists names")
            << csv + QStringList{"--function", "x"} << "Valid names: linear, sigmoid";
        QTest::newRow("missing function") << csv << "--csv needs --function NAME or --formula EXPR";
        QTest::newRow("compare with itself")
            << csv + QStringList{"--function", "gelu", "--compare", "gelu"}
            << "--compare 'gelu': GELU cannot be compared with itself";
        QTest::newRow("compare with an unknown function")
            << csv + QStringList{"--function", "gelu", "--compare", "gelu_tanhh"}
            << "--compare: unknown function 'gelu_tanhh'";
        QTest::newRow("formula does not parse")
            << csv + QStringList{"--formula", "x*sigmod(x)"}
            << QString::fromUtf8("--formula 'x*sigmod(x)': unknown name 'sigmod' at column 3 "
                                 "\u2014 did you mean sigmoid?");
        QTest::newRow("formula and function")
            << csv + QStringList{"--formula", "x", "--function", "relu"} << "not both";
        QTest::newRow("two formulas")
            << csv + QStringList{"--formula", "x", "--formula", "x*x"} << "takes one --formula";
        QTest::newRow("formula parameter with a prefix")
            << csv + QStringList{"--formula", "a*x", "--param", "elu.a=1"}
            << "a formula's parameters take no FUNCTION. prefix";
        QTest::newRow("formula without parameters")
            << csv + QStringList{"--formula", "x", "--param", "a=1"} << "(it has no parameters)";
        QTest::newRow("export of a misspelt formula")
            << QStringList{"--export", "out.png", "--formula", "sigmod(x)"}
            << "unknown name 'sigmod' at column 1";
        QTest::newRow("two scene files for the window")
            << QStringList{"a.actscene", "b.actscene"} << "one scene file at a time";
        QTest::newRow("unknown parameter")
            << csv + QStringList{"--function", "elu", "--param", "beta=1"}
            << "elu has no parameter 'beta'; its parameters: alpha";
        QTest::newRow("parameter for another function")
            << csv + QStringList{"--function", "elu", "--param", "relu6.alpha=1"}
            << "relu6 is not the function being written";
        QTest::newRow("unknown function in prefix")
            << csv + QStringList{"--function", "elu", "--param", "elux.alpha=1"}
            << "unknown function 'elux'";
        QTest::newRow("not a number")
            << csv + QStringList{"--function", "elu", "--param", "alpha=abc"}
            << "'abc' is not a number";
        QTest::newRow("malformed param")
            << csv + QStringList{"--function", "elu", "--param", "alpha"}
            << "expected [FUNCTION.]NAME=VALUE";
        QTest::newRow("softplus beta=0")
            << csv + QStringList{"--function", "softplus", "--param", "beta=0"}
            << "softplus parameter beta must be > 0";
        QTest::newRow("celu alpha=0")
            << csv + QStringList{"--function", "celu", "--param", "alpha=0"} << "alpha must be > 0";
        QTest::newRow("param NaN") << csv + QStringList{"--function", "elu", "--param", "alpha=nan"}
                                   << "alpha must be a finite number";
        QTest::newRow("hardtanh min>=max")
            << csv + QStringList{"--function", "hardtanh", "--param", "min=1"}
            << "min must be less than max";
        QTest::newRow("rrelu lower>upper")
            << csv + QStringList{"--function", "rrelu", "--param", "lower=0.5"}
            << "lower must not exceed upper";
        QTest::newRow("shrink lambda<0")
            << csv + QStringList{"--function", "softshrink", "--param", "lambda=-1"}
            << "lambda must be >= 0";
        QTest::newRow("range reversed") << csv + QStringList{"--function", "relu", "--range=2:1"}
                                        << "the start must be less than the end";
        QTest::newRow("range empty") << csv + QStringList{"--function", "relu", "--range=1:1"}
                                     << "the start must be less than the end";
        QTest::newRow("range not a number")
            << csv + QStringList{"--function", "relu", "--range=a:1"} << "'a' is not a number";
        QTest::newRow("range inf") << csv + QStringList{"--function", "relu", "--range=-inf:1"}
                                   << "is not a finite number";
        QTest::newRow("range without colon")
            << csv + QStringList{"--function", "relu", "--range=5"} << "expected START:END";
        QTest::newRow("points 1") << csv + QStringList{"--function", "relu", "--points", "1"}
                                  << "from 2 to 10000000";
        QTest::newRow("points too many")
            << csv + QStringList{"--function", "relu", "--points", "10000001"}
            << "from 2 to 10000000";
        QTest::newRow("points not integer")
            << csv + QStringList{"--function", "relu", "--points", "2.5"} << "--points '2.5'";
        QTest::newRow("logit NaN")
            << QStringList{"--softmax", "1,nan,2"} << "logit 2: 'nan' is not a finite number";
        QTest::newRow("logit inf") << QStringList{"--softmax", "inf"} << "is not a finite number";
        QTest::newRow("logit empty entry")
            << QStringList{"--softmax", "1,,2"} << "logit 2: '' is not a number";
        QTest::newRow("no logits") << QStringList{"--softmax", ""} << "no logits given";
        QTest::newRow("temperature 0") << QStringList{"--softmax", "1,2", "--temperature", "0"}
                                       << "temperature must be a finite number above 0";
        QTest::newRow("temperature negative")
            << QStringList{"--softmax", "1,2", "--temperature=-1"} << "above 0";
        QTest::newRow("unwritable file")
            << QStringList{"--csv", "/nonexistent-dir/out.csv", "--function", "relu"}
            << "cannot write '/nonexistent-dir/out.csv'";
        QTest::newRow("unknown option")
            << QStringList{"--list", "--frobnicate"} << "Unknown option 'frobnicate'";
        QTest::newRow("two modes")
            << QStringList{"--list", "--softmax", "1"} << "cannot be combined";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runApp(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.err.startsWith("activation-explorer: error: "));
        QVERIFY(r.out.isEmpty());
    }

    void failedRunKeepsExistingFileAndLeavesNoPartial()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("curve.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("precious\n");
        }
        const Run r = runApp({"--csv", path, "--function", "relu", "--points", "0"});
        QCOMPARE(r.exitCode, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"curve.csv"});
    }

    // A full disk: the error is reported, and a device is written to, never replaced (a
    // rename over /dev/full as root would turn it into a regular file).
    void fullDiskIsAnError()
    {
        if (!QFileInfo("/dev/full").exists()) QSKIP("no /dev/full on this system");
        const Run r = runApp({"--csv", "/dev/full", "--function", "relu", "--points", "100000"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot write '/dev/full'"), qPrintable(r.err));
        QVERIFY(!QFileInfo("/dev/full").isFile());

        AppRunOptions toFull;
        toFull.standardOutputFile = QStringLiteral("/dev/full");
        const Run full = runApp({"--csv", "-", "--function", "relu"}, toFull);
        QCOMPARE(full.exitCode, 2);
        QVERIFY(full.err.contains("cannot write to standard output"));
    }

    // A disk that fills up part way through: the old file stays byte for byte, the error names
    // the reason, and no temporary file is left. Small files fail in the last flush (Qt 6.4's
    // QSaveFile then renamed a 0-byte file over the old one and exited 0), large ones part way.
    void fullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<qint64>("free");
        QTest::newRow("small, no space left") << "50" << qint64(0);
        QTest::newRow("small, 4 KiB left") << "200" << qint64(4096);
        QTest::newRow("large, 4 KiB left") << "100000" << qint64(4096);
    }
    void fullDiskKeepsTheOldFile()
    {
        QFETCH(QString, points);
        QFETCH(qint64, free);
        SmallTmpfs disk;
        if (!disk.skipReason().isEmpty()) QSKIP(qPrintable(disk.skipReason()));
        const QString path = disk.filePath("curve.csv");
        const QByteArray old = "x,y,dy,d2y\nan earlier curve\n";
        writeFile(path, old);
        QCOMPARE(disk.fill(free), QString());
        const QStringList before = QDir(disk.path()).entryList(QDir::Files | QDir::Hidden);

        const Run r = runApp({"--csv", path, "--function", "gelu", "--points", points});
        expectOneError(r, "cannot write '" + path + "': No space left on device");
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden), before);
    }

    // The same without root: past a file size limit writes fail as on a full disk (EFBIG).
    void cutShortKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("small, in the last flush") << "50" << qint64(1024);
        QTest::newRow("large, part way") << "100000" << qint64(64 * 1024);
    }
    void cutShortKeepsTheOldFile()
    {
        QFETCH(QString, points);
        QFETCH(qint64, limit);
        QTemporaryDir dir;
        const QString path = dir.filePath("curve.csv");
        const QByteArray old = "x,y,dy,d2y\nan earlier curve\n";
        writeFile(path, old);

        AppRunOptions limited;
        limited.inChild = [limit] { limitFileSize(limit); };
        const Run r = runApp({"--csv", path, "--function", "gelu", "--points", points}, limited);
        expectOneError(r, "cannot write '" + path + "': File too large");
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"curve.csv"});
    }

    void unwritableStandardOutputIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--list") << QStringList{"--list"};
        QTest::newRow("--softmax") << QStringList{"--softmax", "3,0.7,0.5"};
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("--version") << QStringList{"--version"};
        QTest::newRow("--export --help") << QStringList{"--export", "f.png", "--help"};
    }
    void unwritableStandardOutputIsAnError()
    {
        if (!QFileInfo("/dev/full").exists()) QSKIP("no /dev/full on this system");
        QFETCH(QStringList, arguments);
        AppRunOptions toFull;
        toFull.standardOutputFile = QStringLiteral("/dev/full");
        expectOneError(runApp(arguments, toFull),
                       "cannot write to standard output: No space left on device");
    }

    // Refused before any display is needed: the same status and line with or without one.
    void unknownOptionForTheWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("display"); // "": none; "offscreen": a platform; else DISPLAY
        QTest::addColumn<QString>("message");
        const QStringList unknown{"--frobnicate"};
        const QString named = "Unknown option 'frobnicate'";
        QTest::newRow("no display") << unknown << "" << named;
        QTest::newRow("offscreen") << unknown << "offscreen" << named;
        QTest::newRow("unreachable display") << unknown << ":99" << named;
        QTest::newRow("after Qt's own options")
            << QStringList{"-style", "fusion", "-reverse", "--frobnicate"} << "offscreen" << named;
        QTest::newRow("Qt's options are not scenes")
            << QStringList{"-platform", "offscreen", "-style=fusion", "a.actscene", "b.actscene"}
            << ""
            << "one scene file at a time";
        QTest::newRow("missing value") << QStringList{"--scene"} << ""
                                       << "Missing value after '--scene'";
    }
    void unknownOptionForTheWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, display);
        QFETCH(QString, message);
        AppRunOptions options;
        options.environment = headlessEnvironment();
        if (display == "offscreen")
            options.environment.insert("QT_QPA_PLATFORM", display);
        else if (!display.isEmpty())
            options.environment.insert("DISPLAY", display);
        const Run r = runApp(arguments, options);
        expectOneError(r, message);
        QVERIFY(r.out.isEmpty());
    }

    void successfulRunsPrintNothingOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--list") << QStringList{"--list"};
        QTest::newRow("--csv -") << QStringList{"--csv", "-", "--function", "elu"};
        QTest::newRow("--csv FILE") << QStringList{"--csv", "FILE", "--function", "elu"};
        QTest::newRow("--softmax") << QStringList{"--softmax", "3,0.7,0.5", "--temperature", "2"};
        QTest::newRow("--export") << QStringList{"--export", "FILE.png", "--function",
                                                 "elu",      "--size",   "300x200"};
    }
    void successfulRunsPrintNothingOnStderr()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        arguments.replaceInStrings("FILE", dir.filePath("out"));
        AppRunOptions options;
        options.environment = headlessEnvironment();
        const Run r = runApp(arguments, options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }

    void outputIntoADirectoryPathFails()
    {
        QTemporaryDir dir;
        const Run r = runApp({"--csv", dir.path(), "--function", "relu"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot write") && r.err.contains("it is a folder"),
                 qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void helpAndVersionNeedNoDisplay()
    {
        const Run help = runApp({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--csv") && help.out.contains("--softmax"));
        const Run version = runApp({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("activation-explorer "));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
