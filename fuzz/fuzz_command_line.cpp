// libFuzzer harness for the command line: the input is an argument vector (split on NUL or
// newline; the program name comes first by itself), dispatched and parsed as main() does, up to
// the point where the mode would write or draw. Nothing is written: --scene's value is read as
// the scene file's text instead of a path, so no file is opened either.
#include "Scene.h"
#include "SceneFile.h"
#include "activations.h"
#include "arguments.h"
#include "commandline.h"
#include "csv.h"
#include "exportcommand.h"
#include "softmax.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

namespace {

void require(bool condition, const char *what)
{
    if (condition) return;
    std::fprintf(stderr, "fuzz_command_line: broken promise: %s\n", what);
    std::abort();
}

std::vector<std::string> splitArguments(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> arguments{"activation-explorer"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = char(data[i]);
        if (c == '\0' || c == '\n') {
            arguments.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (size > 0 && data[size - 1] != '\0' && data[size - 1] != '\n') arguments.push_back(current);
    return arguments;
}

SceneLoadResult sceneFromText(const QString &text)
{
    SceneLoadResult loaded = sceneFromJson(text.toUtf8(), QStringLiteral("fuzz.actscene"));
    loaded.notes.clear(); // the real loader prints them on stderr; the fuzzer stays quiet
    return loaded;
}

// The mode's computation without its output, on a few points: what parsed must also run.
void compute(const cli::HeadlessRequest &request)
{
    if (const auto *csv = std::get_if<cli::CsvRequest>(&request)) {
        const cli::ActivationChoice &choice = csv->activation;
        require(choice.activation != nullptr, "--csv has an activation");
        require(choice.formulaText.isEmpty() ? !act::validate(choice.function, choice.parameters)
                                             : choice.activation->catalogue() == nullptr,
                "--csv's parameters are valid");
        require(csv->range.start < csv->range.end && csv->points >= 2, "--csv's grid is sane");
        for (qint64 i : {qint64(0), csv->points / 2, csv->points - 1}) {
            const double x = act::gridPoint(csv->range.start, csv->range.end, csv->points, i);
            (void)choice.activation->evaluate(x);
        }
    } else if (const auto *network = std::get_if<cli::NetworkRequest>(&request)) {
        require(network->activation.activation != nullptr, "a network mode has an activation");
        (void)network->activation.activation->evaluate(0.5);
    } else if (const auto *softmax = std::get_if<cli::SoftmaxRequest>(&request)) {
        std::vector<double> p(softmax->logits.size()), logp(softmax->logits.size());
        if (act::softmax(softmax->logits, softmax->temperature, p) == act::SoftmaxError::None)
            require(act::logSoftmax(softmax->logits, softmax->temperature, logp) ==
                        act::SoftmaxError::None,
                    "log-softmax takes what softmax takes");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::string> arguments = splitArguments(data, size);
    std::vector<char *> argv;
    QStringList list;
    for (std::string &argument : arguments) {
        argv.push_back(argument.data());
        list << QString::fromLocal8Bit(argument.c_str()); // as QCoreApplication::arguments()
    }
    argv.push_back(nullptr);
    const int argc = int(arguments.size());

    QCommandLineParser parser;
    cli::addOptions(parser);
    try {
        if (cli::isExportRequest(argc, argv.data())) {
            if (cli::parseArguments(parser, list) != cli::ParsedArguments::Mode) return 0;
            const cli::ExportRequest request = cli::parseExportRequest(parser, sceneFromText);
            require(!validateScene(request.scene), "--export's scene is one the model accepts");
        } else if (cli::isHeadlessRequest(argc, argv.data())) {
            if (cli::parseArguments(parser, list) != cli::ParsedArguments::Mode) return 0;
            compute(cli::parseHeadlessRequest(parser));
        } else {
            (void)parser.parse(list); // the window's check, made before a display is opened
        }
    } catch (const cli::UsageError &error) {
        require(!error.message.isEmpty(), "a usage error says what is wrong");
    }
    return 0;
}
