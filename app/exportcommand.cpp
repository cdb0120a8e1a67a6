// The headless figure export: options -> Scene -> SceneModel -> FunctionPlot and, only when
// the figure has it, ProbabilityChart (neither ever shown) -> FigureExporter. Nothing else of
// the window is built, so a cold start stays fast.
#include "exportcommand.h"

#include "FigureExporter.h"
#include "FigurePreset.h"
#include "FunctionPlot.h"
#include "ProbabilityChart.h"
#include "Scene.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "ThemeSwitcher.h"
#include "arguments.h"
#include "commandline.h"
#include "parameterassignment.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace cli {
namespace {

// The shared "A:B" parsing, plus the limits of what a plot can show.
std::pair<double, double> parseRange(const QString &text)
{
    const Range r = cli::parseRange(text);
    if (scenerules::checkViewAxis(r.start, r.end))
        throw UsageError{"--range " + text + ": the range is too wide"};
    return {r.start, r.end};
}

// "1600x1000", "160x100mm", "6.5x4in".
void parseSize(const QString &text, FigureOptions &options)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([0-9.eE+-]+)\s*[xX×]\s*([0-9.eE+-]+)\s*(px|mm|in)?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        throw UsageError{
            "--size " + quoted(text) +
            ": expected WIDTHxHEIGHT in pixels, mm or in, e.g. 1600x1000 or 160x100mm"};
    const QString what = QStringLiteral("--size ") + text;
    options.size =
        QSizeF(parseFinite(match.captured(1), what), parseFinite(match.captured(2), what));
    const QString unit = match.captured(3);
    options.unit = unit == QLatin1String("mm")   ? SizeUnit::Millimetres
                   : unit == QLatin1String("in") ? SizeUnit::Inches
                                                 : SizeUnit::Pixels;
}

void applyParameters(const QStringList &assignments, Scene &scene)
{
    // Typed formulas' parameters are set where the formula is given; these are the
    // catalogue's.
    std::vector<act::FunctionId> plotted;
    for (CurveId curve : scene.plotted())
        if (curve.isCatalogue()) plotted.push_back(curve.function());
    QStringList plottedNames;
    for (act::FunctionId id : plotted)
        plottedNames << functionName(id);
    for (const QString &text : assignments) {
        const ParameterAssignment a = parseParameterAssignment(text);
        const QString what = QStringLiteral("--param ") + text;
        if (a.key.isEmpty())
            throw UsageError{what + ": expected [FUNCTION.]NAME=VALUE, e.g. alpha=0.2"};
        // A typed formula's own parameter (b in x*sigmoid(b*x)).
        bool typed = false;
        if (a.function.isEmpty())
            for (CurveId curve : scene.plotted())
                if (FormulaCurve *formula =
                        curve.isFormula() ? scene.formula(curve.formulaKey()) : nullptr)
                    for (FormulaParameter &p : formula->parameters)
                        if (p.name == a.key) {
                            p.value = parseFinite(a.valueText, what);
                            typed = true;
                        }
        if (typed) continue;
        std::vector<act::FunctionId> targets;
        if (!a.function.isEmpty()) {
            const act::FunctionId id = functionByName(a.function);
            if (std::find(plotted.begin(), plotted.end(), id) == plotted.end())
                throw UsageError{what + ": " + a.function + " is not plotted (plotted: " +
                                 plottedNames.join(QStringLiteral(", ")) + ")"};
            targets.push_back(id);
        } else {
            for (act::FunctionId id : plotted)
                if (act::findParameter(id, a.key.toStdString())) targets.push_back(id);
            if (targets.empty())
                throw UsageError{what + ": none of the plotted functions (" +
                                 plottedNames.join(QStringLiteral(", ")) + ") has a parameter " +
                                 quoted(a.key)};
        }
        for (act::FunctionId id : targets)
            if (auto error = applyParameterAssignment(a, id, scene.parametersOf(id)))
                throw UsageError{what + ": " + *error};
    }
    for (act::FunctionId id : plotted)
        if (auto error = act::validate(id, scene.parametersOf(id)))
            throw UsageError{QString::fromStdString(*error)};
}

Scene sceneFromOptions(const QCommandLineParser &parser, bool needsFunction,
                       const SceneLoader &load)
{
    Scene scene;
    const bool fromScene = parser.isSet(QStringLiteral("scene"));
    if (fromScene) {
        const SceneLoadResult loaded = load(parser.value(QStringLiteral("scene")));
        if (!loaded.scene) throw UsageError{"--scene: " + loaded.error};
        for (const QString &note : loaded.notes)
            std::fprintf(stderr, "activation-explorer: note: %s\n", qUtf8Printable(note));
        scene = *loaded.scene;
    }
    const QStringList names = parser.values(QStringLiteral("function"));
    const QStringList formulas = parser.values(QStringLiteral("formula"));
    if (names.isEmpty() && formulas.isEmpty() && !fromScene && needsFunction)
        throw UsageError{
            QStringLiteral("--export needs --function NAME or --formula EXPR (or --scene FILE)")};
    if (formulas.size() > 1)
        throw UsageError{QStringLiteral("--formula is given twice; a figure takes one")};
    if (!names.isEmpty()) {
        scene.current = functionByName(names.front());
        scene.overlays.clear();
        for (qsizetype i = 1; i < names.size(); ++i) {
            const act::FunctionId id = functionByName(names[i]);
            if (id == scene.current ||
                std::find(scene.overlays.begin(), scene.overlays.end(), id) != scene.overlays.end())
                throw UsageError{"--function " + names[i] + " is listed twice"};
            scene.overlays.push_back(id);
        }
        if (!fromScene) scene.ordersShown = {true, false, false};
        scene.view.reset(); // another set of functions wants its own view
    }
    if (!formulas.isEmpty()) {
        // The typed formula is the current curve, any --function an overlay beside it.
        auto made = makeFormulaCurve(QString(), formulas.front());
        if (const auto *error = std::get_if<QString>(&made))
            throw UsageError{"--formula '" + formulas.front() + "': " + *error};
        FormulaCurve formula = std::get<FormulaCurve>(std::move(made));
        formula.key = scene.nextFormulaKey();
        const CurveId curve = CurveId::formula(formula.key);
        scene.formulas.push_back(std::move(formula));
        if (!names.isEmpty() || fromScene)
            scene.overlays.insert(scene.overlays.begin(), scene.current);
        scene.current = curve;
        if (!fromScene && names.isEmpty()) scene.ordersShown = {true, false, false};
        scene.view.reset();
    }
    if (parser.isSet(QStringLiteral("derivative"))) scene.ordersShown[1] = true;
    if (parser.isSet(QStringLiteral("second-derivative"))) scene.ordersShown[2] = true;
    applyParameters(parser.values(QStringLiteral("param")), scene);
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString name = parser.value(QStringLiteral("compare"));
        try {
            scene.compare = functionByName(name);
        } catch (const UsageError &error) {
            throw UsageError{"--compare: " + error.message};
        }
        if (auto error = scenerules::checkComparison(scene, scene.compare))
            throw UsageError{"--compare " + quoted(name) + ": " + *error};
    }
    // y from what every shown curve does over the x range (the window fits the current
    // function only; a scripted figure shows everything it lists).
    if (parser.isSet(QStringLiteral("range"))) {
        const auto [start, end] = parseRange(parser.value(QStringLiteral("range")));
        scene.view = fittedView(scene, start, end, true);
    } else if (!scene.view) {
        scene.view = initialView(scene, true);
    }
    if (parser.isSet(QStringLiteral("softmax")))
        scene.logits = parseLogits(parser.value(QStringLiteral("softmax")));
    if (parser.isSet(QStringLiteral("temperature")))
        scene.temperature = parseFinite(parser.value(QStringLiteral("temperature")),
                                        QStringLiteral("--temperature"));
    if (parser.isSet(QStringLiteral("dark"))) scene.theme = SceneTheme::Dark;
    if (auto error = validateScene(scene)) throw UsageError{*error};
    return scene;
}

FigureContent figureContent(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("figure"))) return FigureContent::Plot;
    const QString what = parser.value(QStringLiteral("figure"));
    if (what == QLatin1String("plot")) return FigureContent::Plot;
    if (what == QLatin1String("softmax")) return FigureContent::Softmax;
    if (what == QLatin1String("both")) return FigureContent::PlotAndSoftmaxFiles;
    if (what == QLatin1String("beside")) return FigureContent::PlotBesideSoftmax;
    throw UsageError{"--figure " + quoted(what) + ": expected plot, softmax, both or beside"};
}

FigureOptions figureOptions(const QCommandLineParser &parser)
{
    FigureOptions options;
    if (parser.isSet(QStringLiteral("preset"))) {
        const QString name = parser.value(QStringLiteral("preset"));
        const FigurePreset *preset = FigurePreset::find(name);
        if (!preset) {
            QStringList names;
            for (const FigurePreset &p : FigurePreset::all())
                names << p.key;
            throw UsageError{"--preset " + quoted(name) + ": expected " +
                             names.join(QStringLiteral(", "))};
        }
        options = preset->applyTo(options);
    }
    if (parser.isSet(QStringLiteral("size")))
        parseSize(parser.value(QStringLiteral("size")), options);
    if (parser.isSet(QStringLiteral("scale")))
        options.scale =
            parseFinite(parser.value(QStringLiteral("scale")), QStringLiteral("--scale"));
    if (parser.isSet(QStringLiteral("dpi")))
        options.dpi = parseFinite(parser.value(QStringLiteral("dpi")), QStringLiteral("--dpi"));
    if (parser.isSet(QStringLiteral("transparent"))) options.transparent = true;
    if (auto error = FigureExporter::checkOptions(options)) throw UsageError{*error};
    return options;
}

int exportFigure(const QCommandLineParser &parser)
{
    const auto [path, options, scene] = parseExportRequest(parser);

    SceneModel model;
    if (auto error = model.setScene(scene)) throw UsageError{*error};
    FunctionPlot plot(&model);
    // The softmax chart only when it is drawn: it is most of the start-up cost.
    std::unique_ptr<ProbabilityChart> chart;
    if (options.content != FigureContent::Plot) chart = std::make_unique<ProbabilityChart>(&model);
    ThemeSwitcher themes(&model, &plot, chart.get()); // as the window would show it
    if (auto error = FigureExporter(&plot, chart.get()).exportTo(path, options))
        throw UsageError{*error};
    return 0;
}

} // namespace

ExportRequest parseExportRequest(const QCommandLineParser &parser, const SceneLoader &load)
{
    for (const char *other : {"list", "csv", "benchmark", "points"})
        if (parser.isSet(QLatin1String(other)))
            throw UsageError{QStringLiteral("--export cannot be combined with --") +
                             QLatin1String(other)};
    const QString path = parser.value(QStringLiteral("export"));
    if (!FigureExporter::formatForPath(path))
        throw UsageError{"--export " + quoted(path) +
                         ": unknown figure format; name the file .png, .svg or .pdf"};
    FigureOptions options = figureOptions(parser);
    options.content = figureContent(parser);
    Scene scene = sceneFromOptions(parser, options.content != FigureContent::Softmax, load);
    return {path, options, std::move(scene)};
}

bool isExportRequest(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0)
            return true;
    return false;
}

int runExport(const QStringList &arguments)
{
    return runMode(arguments, exportFigure);
}

} // namespace cli
