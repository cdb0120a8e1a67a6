// --export FILE: renders a figure of the given functions (or a saved scene) without a window
// or a display. Bad input prints one clear line on stderr and returns exit status 2.
#pragma once

#include "FigureExporter.h"
#include "Scene.h"
#include "SceneFile.h"

#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace cli {

// True when argv asks for a figure export (then a QApplication is needed, but no display).
bool isExportRequest(int argc, char **argv);

// Runs the export; `arguments` includes the program name. Needs a QApplication.
int runExport(const QStringList &arguments);

// What --export is asked to draw, checked but not drawn.
struct ExportRequest
{
    QString path;
    FigureOptions options;
    Scene scene;
};
// How --scene FILE is read: loadScene, unless the caller must not touch files (the fuzzer).
using SceneLoader = std::function<SceneLoadResult(const QString &path)>;
// runExport's parse step after parseArguments: builds no widget and writes nothing (the loaded
// scene's notes go to stderr). Throws a UsageError that names the problem.
ExportRequest parseExportRequest(const QCommandLineParser &parser,
                                 const SceneLoader &load = loadScene);

} // namespace cli
