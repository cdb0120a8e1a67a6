// The network modes: options -> act::NetworkSettings / SimulationSettings -> one CSV row per
// layer (17 significant digits, core/csv.h), or one row for the fixed point.
#include "networkcommand.h"

#include "FileOutput.h"
#include "activationoption.h"
#include "arguments.h"
#include "commandline.h"
#include "csv.h"
#include "meanfield.h"
#include "simulation.h"

#include <QCommandLineParser>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace cli {
namespace {

const QString kPropagate = QStringLiteral("propagate");
const QString kFixedPoint = QStringLiteral("fixed-point");
const QString kSimulate = QStringLiteral("simulate");

long long parseWhole(const QCommandLineParser &parser, const QString &name, long long fallback,
                     long long min, long long max)
{
    if (!parser.isSet(name)) return fallback;
    const QString text = parser.value(name);
    bool ok = false;
    const long long n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        throw UsageError{"--" + name + " " + quoted(text) + ": must be a whole number from " +
                         QString::number(min) + " to " + QString::number(max)};
    return n;
}

double parseVariance(const QCommandLineParser &parser, const QString &name, double fallback)
{
    if (!parser.isSet(name)) return fallback;
    const double v = parseFinite(parser.value(name), "--" + name);
    if (v < 0)
        throw UsageError{"--" + name + " " + quoted(parser.value(name)) +
                         ": a variance cannot be negative"};
    return v;
}

act::NetworkSettings networkSettings(const QCommandLineParser &parser,
                                     const ActivationChoice &activation)
{
    act::NetworkSettings s;
    s.activation = activation.activation;
    s.weightVariance = parseVariance(parser, QStringLiteral("weight-variance"), 1.0);
    s.biasVariance = parseVariance(parser, QStringLiteral("bias-variance"), 0.0);
    s.inputVariance = parseVariance(parser, QStringLiteral("input-variance"), 1.0);
    s.layers = int(parseWhole(parser, QStringLiteral("layers"), 10, 1, act::kMaxLayers));
    return s;
}

// Writes the whole text to "-" (standard output) or to a file that only a complete write
// replaces (FileOutput.h).
void writeAll(const QString &path, const std::string &text)
{
    if (path == QLatin1String("-")) {
        errno = 0;
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() ||
            std::fflush(stdout) != 0)
            throw UsageError{
                QStringLiteral("cannot write to standard output") +
                (errno != 0 ? QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))
                            : QString())};
        return;
    }
    // Through the same safe output as --csv: an old file stays whole when the disk is full.
    if (auto error = writeWholeFile(path, QByteArrayView(text.data(), qsizetype(text.size()))))
        throw UsageError{*error};
}

int propagate(const QCommandLineParser &parser, const ActivationChoice &activation)
{
    const act::NetworkSettings s = networkSettings(parser, activation);
    std::string text = "layer,q,mean,second_moment,chi1\n";
    const auto layers = act::propagate(s);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const double row[] = {double(i + 1), layers[i].q, layers[i].mean, layers[i].secondMoment,
                              layers[i].chi1};
        act::appendCsvRow(text, row);
    }
    writeAll(parser.value(kPropagate), text);
    return 0;
}

int fixedPoint(const QCommandLineParser &parser, const ActivationChoice &activation)
{
    const act::FixedPoint p = act::fixedPoint(networkSettings(parser, activation));
    if (p.status != act::FixedPointStatus::Converged)
        throw UsageError{QString::fromStdString(act::describe(p))};
    std::string text = "q_star,chi1,depth_scale\n";
    const double row[] = {p.qStar, p.chi1, p.depthScale}; // depth_scale "inf" at χ1 = 1
    act::appendCsvRow(text, row);
    writeAll(parser.value(kFixedPoint), text);
    return 0;
}

int simulate(const QCommandLineParser &parser, const ActivationChoice &activation)
{
    act::SimulationSettings s;
    s.network = networkSettings(parser, activation);
    s.width = int(parseWhole(parser, QStringLiteral("width"), 256, 1, act::kMaxWidth));
    s.batch = int(parseWhole(parser, QStringLiteral("batch"), 256, 1, act::kMaxBatch));
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        s.seed = parser.value(QStringLiteral("seed")).trimmed().toULongLong(&ok);
        if (!ok)
            throw UsageError{"--seed " + quoted(parser.value(QStringLiteral("seed"))) +
                             ": must be a whole number from 0 to 18446744073709551615"};
    }
    if (auto error = act::validate(s)) throw UsageError{QString::fromStdString(*error)};
    const act::SimulationResult r = act::simulate(s);
    std::string text = "layer,mean,variance,dead_fraction,gradient_norm\n";
    for (std::size_t i = 0; i < r.layers.size(); ++i) {
        const auto &l = r.layers[i];
        const double row[] = {double(i + 1), l.mean, l.variance, l.deadFraction, l.gradientNorm};
        act::appendCsvRow(text, row);
    }
    writeAll(parser.value(kSimulate), text);
    return 0;
}

} // namespace

void addNetworkOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kPropagate,
         QStringLiteral(
             "Write the mean-field theory of a deep random network of --function (or "
             "--formula) to FILE ('-' for standard output): layer,q,mean,second_moment,chi1."),
         QStringLiteral("FILE")},
        {kFixedPoint,
         QStringLiteral("Write the fixed point of that theory, q_star,chi1,depth_scale, to FILE "
                        "(exit status 2, with the reason, when none is reached)."),
         QStringLiteral("FILE")},
        {kSimulate,
         QStringLiteral("Simulate the network with random matrices and write "
                        "layer,mean,variance,dead_fraction,gradient_norm to FILE: mean and "
                        "variance of the pre-activations, RMS gradient of a random projection of "
                        "the output."),
         QStringLiteral("FILE")},
        {QStringLiteral("weight-variance"),
         QStringLiteral("Network: weight variance σw² >= 0, weights N(0, σw²/width) (default 1)."),
         QStringLiteral("W")},
        {QStringLiteral("bias-variance"),
         QStringLiteral("Network: bias variance σb² >= 0 (default 0)."), QStringLiteral("B")},
        {QStringLiteral("input-variance"),
         QStringLiteral("Network: input variance q0 >= 0 per coordinate (default 1)."),
         QStringLiteral("Q")},
        {QStringLiteral("layers"), QStringLiteral("Network: layers, 1 to 200 (default 10)."),
         QStringLiteral("L")},
        {QStringLiteral("width"),
         QStringLiteral("With --simulate: units per layer, 1 to 2048 (default 256); layers × "
                        "width × batch at most 33554432."),
         QStringLiteral("N")},
        {QStringLiteral("batch"),
         QStringLiteral("With --simulate: inputs, 1 to 4096 (default 256)."), QStringLiteral("B")},
        {QStringLiteral("seed"),
         QStringLiteral("With --simulate: random seed, a whole number (default 0)."),
         QStringLiteral("S")},
    });
}

bool isNetworkMode(const QCommandLineParser &parser)
{
    return parser.isSet(kPropagate) || parser.isSet(kFixedPoint) || parser.isSet(kSimulate);
}

QString networkMode(const QCommandLineParser &parser)
{
    const int modes = int(parser.isSet(kPropagate)) + int(parser.isSet(kFixedPoint)) +
                      int(parser.isSet(kSimulate));
    if (modes > 1)
        throw UsageError{QStringLiteral("--propagate, --fixed-point and --simulate cannot be "
                                        "combined")};
    if (parser.isSet(kPropagate)) return "--" + kPropagate;
    if (parser.isSet(kFixedPoint)) return "--" + kFixedPoint;
    return "--" + kSimulate;
}

int runNetworkMode(const QCommandLineParser &parser, const ActivationChoice &activation)
{
    (void)networkMode(parser); // refuses combined modes
    if (parser.isSet(kPropagate)) return propagate(parser, activation);
    if (parser.isSet(kFixedPoint)) return fixedPoint(parser, activation);
    return simulate(parser, activation);
}

} // namespace cli
