// Headless modes of activation-explorer: the catalogue (--list), sampled curves as CSV (--csv)
// and softmax of given logits (--softmax).
#include "commandline.h"

#include "arguments.h"

#include "FileOutput.h"
#include "activations.h"
#include "csv.h"
#include "meanfield.h"
#include "networkcommand.h"
#include "parameterassignment.h"
#include "softmax.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace cli {
namespace {

constexpr qint64 kMinPoints = 2;
constexpr qint64 kMaxPoints = 10'000'000;

void printError(const QString &message)
{
    std::fprintf(stderr, "activation-explorer: error: %s\n", qUtf8Printable(message));
}

// For a failed write or flush of stdout, with errno as the failed call left it.
QString stdoutError()
{
    const int error = errno;
    return QStringLiteral("cannot write to standard output") +
           (error != 0 ? QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error))
                       : QString());
}

// Everything printed must reach stdout: `--list > /dev/full` fails instead of exiting 0.
int flushStdout(int status)
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        printError(stdoutError());
        return kUsageError;
    }
    return status;
}

// Where output goes: stdout for "-", otherwise a file written as FileOutput.h describes (only
// complete files replace old ones; devices are written directly). Streamed in blocks: the CSV
// can be ten million rows.
class Output
{
public:
    explicit Output(const QString &path) : m_toStdout(path == QLatin1String("-"))
    {
        if (m_toStdout) return;
        QString error;
        m_file = openOutputFile(path, error);
        if (!m_file) throw UsageError{"cannot write " + quoted(path) + ": " + error};
    }
    void write(const std::string &data)
    {
        if (m_toStdout) {
            errno = 0;
            if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size())
                throw UsageError{stdoutError()};
        } else if (auto reason = writeOutputFile(*m_file, {data.data(), qsizetype(data.size())})) {
            fail(*reason);
        }
    }
    void commit()
    {
        if (m_toStdout) {
            errno = 0;
            if (std::fflush(stdout) != 0 || std::ferror(stdout)) throw UsageError{stdoutError()};
            return;
        }
        if (auto reason = finishOutputFile(*m_file)) fail(*reason);
    }

private:
    [[noreturn]] void fail(const QString &reason)
    {
        throw UsageError{"cannot write " + quoted(m_file->fileName()) + ": " + reason};
    }
    bool m_toStdout;
    std::unique_ptr<QFileDevice> m_file; // a QSaveFile is discarded unless finished
};

qint64 parsePoints(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < kMinPoints || n > kMaxPoints)
        throw UsageError{"--points " + quoted(text) + ": must be a whole number from " +
                         QString::number(kMinPoints) + " to " + QString::number(kMaxPoints)};
    return n;
}

int listFunctions()
{
    std::string text;
    for (const auto &f : act::functions()) {
        text += f.name;
        text.append(f.name.size() < 12 ? 12 - f.name.size() : 1, ' ');
        text += "  ";
        text += f.displayName;
        text += " (";
        text += act::familyName(f.family);
        text += ")";
        if (f.parameters.empty()) text += ", no parameters";
        for (const auto &p : f.parameters) {
            std::string value;
            const double v[] = {p.defaultValue};
            act::appendCsvRow(value, v);
            value.pop_back(); // the row's newline
            text += "  " + std::string(p.key) + "=" + value;
        }
        text += '\n';
    }
    std::fputs(text.c_str(), stdout);
    return 0;
}

CsvRequest parseCsvRequest(const QCommandLineParser &parser)
{
    ActivationChoice activation = parseActivationChoice(parser, QStringLiteral("--csv"));
    const Range range = parser.isSet(QStringLiteral("range"))
                            ? parseRange(parser.value(QStringLiteral("range")))
                            : Range{-6.0, 6.0};
    const qint64 n = parser.isSet(QStringLiteral("points"))
                         ? parsePoints(parser.value(QStringLiteral("points")))
                         : 1001;
    std::shared_ptr<const act::Activation> compared;
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString name = parser.value(QStringLiteral("compare"));
        act::FunctionId id{};
        try {
            id = functionByName(name);
        } catch (const UsageError &error) {
            throw UsageError{"--compare: " + error.message};
        }
        if (activation.formulaText.isEmpty() && id == activation.function)
            throw UsageError{"--compare " + quoted(name) + ": " +
                             QString::fromUtf8(act::spec(id).displayName) +
                             " cannot be compared with itself"};
        compared = act::catalogueActivation(id);
    }
    return {parser.value(QStringLiteral("csv")), std::move(activation), range, n,
            std::move(compared)};
}

int writeCsv(const CsvRequest &request)
{
    const auto &[path, activation, range, n, compared] = request;
    Output output(path);
    constexpr std::size_t kBlock = 4096;
    std::vector<double> x(kBlock), f(kBlock), d1(kBlock), d2(kBlock);
    std::vector<double> c(kBlock), c1(kBlock), c2(kBlock); // the compared function's, or 0
    std::string text =
        compared ? "x,y,dy,d2y,difference,d_difference,d2_difference\n" : "x,y,dy,d2y\n";
    text.reserve(kBlock * 100);
    for (qint64 first = 0; first < n; first += qint64(kBlock)) {
        const std::size_t count = std::size_t(std::min<qint64>(qint64(kBlock), n - first));
        for (std::size_t j = 0; j < count; ++j) {
            const qint64 i = first + qint64(j);
            x[j] = act::gridPoint(range.start, range.end, n, i);
        }
        const std::span<const double> xs(x.data(), count);
        activation.activation->evaluate(xs, {f.data(), count}, {d1.data(), count},
                                        {d2.data(), count});
        if (compared)
            compared->evaluate(xs, {c.data(), count}, {c1.data(), count}, {c2.data(), count});
        for (std::size_t j = 0; j < count; ++j) {
            const double row[] = {x[j],        f[j],          d1[j],        d2[j],
                                  f[j] - c[j], d1[j] - c1[j], d2[j] - c2[j]};
            act::appendCsvRow(text, std::span(row, compared ? 7 : 4));
        }
        output.write(text);
        text.clear();
    }
    output.commit();
    return 0;
}

SoftmaxRequest parseSoftmaxRequest(const QCommandLineParser &parser)
{
    std::vector<double> logits = parseLogits(parser.value(QStringLiteral("softmax")));
    const double temperature = parser.isSet(QStringLiteral("temperature"))
                                   ? parseFinite(parser.value(QStringLiteral("temperature")),
                                                 QStringLiteral("--temperature"))
                                   : 1.0;
    return {std::move(logits), temperature};
}

int writeSoftmax(const SoftmaxRequest &request)
{
    const auto &[logits, temperature] = request;
    std::vector<double> p(logits.size()), logp(logits.size());
    if (auto e = act::softmax(logits, temperature, p); e != act::SoftmaxError::None)
        throw UsageError{"--softmax: " + QString::fromUtf8(act::describe(e).data())};
    act::logSoftmax(logits, temperature, logp);
    std::string text = "logit,probability,log_probability\n";
    for (std::size_t i = 0; i < logits.size(); ++i) {
        const double row[] = {logits[i], p[i], logp[i]};
        act::appendCsvRow(text, row);
    }
    std::fputs(text.c_str(), stdout);
    return 0;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("See how neural-network activation functions and their gradients behave.\n"
                       "Without options, opens the window: on SCENE if given, otherwise on what it "
                       "showed when last closed."));
    parser.addPositionalArgument(QStringLiteral("scene"),
                                 QStringLiteral("A .actscene file to open in the window."),
                                 QStringLiteral("[SCENE]"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("list"),
         QStringLiteral("List every function with its parameters and defaults.")},
        {QStringLiteral("csv"),
         QStringLiteral("Write x,y,dy,d2y of --function to FILE ('-' for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("function"), QStringLiteral("The function to write, by name (see --list)."),
         QStringLiteral("NAME")},
        {QStringLiteral("formula"),
         QStringLiteral("Instead of --function (with --csv, --propagate, --fixed-point, "
                        "--simulate): a typed formula in x, e.g. \"x*sigmoid(beta*x)\"; its "
                        "other names are parameters (1 unless set by --param NAME=V)."),
         QStringLiteral("EXPR")},
        {QStringLiteral("param"),
         QStringLiteral("Set a parameter, e.g. alpha=0.2 or leaky_relu.alpha=0.2, or a "
                        "--formula's beta=1.5 (repeatable)."),
         QStringLiteral("[FUNCTION.]K=V")},
        {QStringLiteral("range"), QStringLiteral("The x range, default -6:6."),
         QStringLiteral("A:B")},
        {QStringLiteral("points"),
         QStringLiteral("Number of points from A to B inclusive, 2 to 10000000 (default 1001)."),
         QStringLiteral("N")},
        {QStringLiteral("softmax"),
         QStringLiteral("Print softmax probabilities of comma-separated logits, e.g. 3,0.7,0.5."),
         QStringLiteral("LOGITS")},
        {QStringLiteral("temperature"), QStringLiteral("Softmax temperature T > 0 (default 1)."),
         QStringLiteral("T")},
        {QStringLiteral("benchmark"),
         QStringLiteral("Measure redraw times of the heaviest scene offscreen and print them.")},
        {QStringLiteral("export"),
         QStringLiteral("Write a figure of the --function(s) to FILE (.png, .svg or .pdf) without "
                        "opening a window; repeat --function to overlay several."),
         QStringLiteral("FILE")},
        {QStringLiteral("scene"),
         QStringLiteral(
             "With --export: render a saved .actscene file (other options override it)."),
         QStringLiteral("FILE")},
        {QStringLiteral("derivative"), QStringLiteral("With --export: also draw f'(x).")},
        {QStringLiteral("second-derivative"), QStringLiteral("With --export: also draw f''(x).")},
        {QStringLiteral("size"),
         QStringLiteral("With --export: figure size, e.g. 1600x1000 (pixels, the default), "
                        "160x100mm or 6.5x4in. Texts and lines have sizes in points at the "
                        "physical size (8 pt tick labels)."),
         QStringLiteral("WxH")},
        {QStringLiteral("preset"),
         QStringLiteral("With --export: a size for a purpose: column (85x60mm), double "
                        "(170x105mm) or slide (1920x1080 px at 192 dpi, texts and lines twice "
                        "as large); --size, --dpi and --scale override its parts."),
         QStringLiteral("NAME")},
        {QStringLiteral("scale"),
         QStringLiteral("With --export: draw texts and lines S times their print size (default "
                        "1)."),
         QStringLiteral("S")},
        {QStringLiteral("dpi"),
         QStringLiteral("With --export: pixels per inch, for a PNG given in mm or in (default "
                        "300), and the physical size of a figure given in pixels (default: as "
                        "many as make it 170 mm wide, at least 96)."),
         QStringLiteral("N")},
        {QStringLiteral("figure"),
         QStringLiteral("With --export: what to draw: plot (default), softmax (the chart of "
                        "--softmax LOGITS at --temperature T), both (FILE and FILE-softmax) or "
                        "beside (side by side)."),
         QStringLiteral("WHAT")},
        {QStringLiteral("compare"),
         QStringLiteral("With --export: draw the current function minus the catalogue function "
                        "NAME beneath the plot, with its largest |difference| in view. With "
                        "--csv: three more columns, difference, d_difference and d2_difference "
                        "(the current function's f, f' and f'' minus NAME's)."),
         QStringLiteral("NAME")},
        {QStringLiteral("dark"), QStringLiteral("With --export: dark background, light text.")},
        {QStringLiteral("transparent"), QStringLiteral("With --export: no background fill.")},
    });
    addNetworkOptions(parser);
}

bool isHeadlessRequest(int argc, char **argv)
{
    static const char *const kHeadless[] = {"--list", "--csv",       "--softmax",     "--help",
                                            "-h",     "--help-all",  "--version",     "-v",
                                            "-?",     "--propagate", "--fixed-point", "--simulate"};
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *option : kHeadless) {
            const std::size_t n = std::strlen(option);
            if (std::strncmp(arg, option, n) == 0 && (arg[n] == '\0' || arg[n] == '=')) return true;
        }
    }
    return false;
}

ParsedArguments parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help"))) return ParsedArguments::Help;
    if (parser.isSet(QStringLiteral("version"))) return ParsedArguments::Version;
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{"unexpected argument " + quoted(parser.positionalArguments().front())};
    return ParsedArguments::Mode;
}

int runMode(const QStringList &arguments,
            const std::function<int(const QCommandLineParser &)> &mode)
{
    QCommandLineParser parser;
    addOptions(parser);
    try {
        switch (parseArguments(parser, arguments)) {
        case ParsedArguments::Help:
            // Longer than stdio's buffer: the write itself can fail, and errno says why then.
            errno = 0;
            if (std::fputs(qUtf8Printable(parser.helpText()), stdout) == EOF) {
                printError(stdoutError());
                return kUsageError;
            }
            return flushStdout(0);
        case ParsedArguments::Version:
            std::printf("%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                        qUtf8Printable(QCoreApplication::applicationVersion()));
            return flushStdout(0);
        case ParsedArguments::Mode:
            break;
        }
        const int status = mode(parser);
        return status == 0 ? flushStdout(status) : status;
    } catch (const UsageError &error) {
        printError(error.message);
        return kUsageError;
    } catch (const std::bad_alloc &) {
        printError(QStringLiteral("out of memory"));
        return kUsageError;
    }
}

HeadlessRequest parseHeadlessRequest(const QCommandLineParser &parser)
{
    const int modes = int(parser.isSet(QStringLiteral("list"))) +
                      int(parser.isSet(QStringLiteral("csv"))) +
                      int(parser.isSet(QStringLiteral("softmax"))) + int(isNetworkMode(parser));
    if (modes > 1)
        throw UsageError{
            QStringLiteral("--list, --csv, --softmax and the network modes cannot be combined")};
    if (isNetworkMode(parser))
        return NetworkRequest{parseActivationChoice(parser, networkMode(parser))};
    if (parser.isSet(QStringLiteral("list"))) return ListRequest{};
    if (parser.isSet(QStringLiteral("csv"))) return parseCsvRequest(parser);
    if (parser.isSet(QStringLiteral("softmax"))) return parseSoftmaxRequest(parser);
    throw UsageError{QStringLiteral("nothing to do; see --help")};
}

int run(const QStringList &arguments)
{
    return runMode(arguments, [](const QCommandLineParser &parser) {
        const HeadlessRequest request = parseHeadlessRequest(parser);
        if (const auto *network = std::get_if<NetworkRequest>(&request))
            return runNetworkMode(parser, network->activation);
        if (const auto *csv = std::get_if<CsvRequest>(&request)) return writeCsv(*csv);
        if (const auto *softmax = std::get_if<SoftmaxRequest>(&request))
            return writeSoftmax(*softmax);
        return listFunctions();
    });
}

} // namespace cli
