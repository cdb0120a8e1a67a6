// Scenes to and from JSON files: size limits and parse errors here, field checks in
// SceneReader, writing through FileOutput so a failed save leaves the old file.
#include "SceneFile.h"

#include "FileOutput.h"
#include "SceneReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString position(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("SceneFile", "line %1, column %2")
        .arg(QString::number(line), QString::number(column));
}

QJsonValue curveToJson(CurveId curve)
{
    if (curve.isCatalogue()) return functionName(curve.function());
    return QJsonObject{{QStringLiteral("formula"), curve.formulaKey()}};
}

QJsonArray formulasToJson(const std::vector<FormulaCurve> &formulas)
{
    QJsonArray all;
    for (const FormulaCurve &formula : formulas) {
        QJsonObject parameters;
        for (const FormulaParameter &p : formula.parameters)
            parameters.insert(p.name, QJsonObject{{QStringLiteral("value"), p.value},
                                                  {QStringLiteral("min"), p.min},
                                                  {QStringLiteral("max"), p.max}});
        all.append(QJsonObject{{QStringLiteral("key"), formula.key},
                               {QStringLiteral("name"), formula.name},
                               {QStringLiteral("expression"), formula.expression},
                               {QStringLiteral("parameters"), parameters}});
    }
    return all;
}

} // namespace

QByteArray sceneToJson(const Scene &scene)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kSceneFormatName));
    root.insert(QStringLiteral("version"), kSceneFormatVersion);
    root.insert(QStringLiteral("current"), curveToJson(scene.current));
    QJsonArray overlays;
    for (CurveId curve : scene.overlays)
        overlays.append(curveToJson(curve));
    root.insert(QStringLiteral("overlays"), overlays);
    if (scene.compare) root.insert(QStringLiteral("compare"), curveToJson(*scene.compare));
    if (!scene.formulas.empty())
        root.insert(QStringLiteral("formulas"), formulasToJson(scene.formulas));
    QJsonObject functions;
    for (const auto &f : act::functions()) {
        if (f.parameters.empty()) continue;
        QJsonObject values;
        for (std::size_t i = 0; i < f.parameters.size(); ++i)
            values.insert(QString::fromUtf8(f.parameters[i].key.data(),
                                            qsizetype(f.parameters[i].key.size())),
                          scene.parametersOf(f.id).values[i]);
        functions.insert(functionName(f.id), values);
    }
    root.insert(QStringLiteral("functions"), functions);
    QJsonObject curves;
    for (std::size_t order = 0; order < 3; ++order)
        curves.insert(QLatin1String(kSceneCurveKeys[order]), scene.ordersShown[order]);
    root.insert(QStringLiteral("curves"), curves);
    if (scene.view)
        root.insert(
            QStringLiteral("view"),
            QJsonObject{{QStringLiteral("x"), QJsonArray{scene.view->xMin, scene.view->xMax}},
                        {QStringLiteral("y"), QJsonArray{scene.view->yMin, scene.view->yMax}}});
    QJsonArray logits;
    for (double logit : scene.logits)
        logits.append(logit);
    root.insert(QStringLiteral("softmax"),
                QJsonObject{{QStringLiteral("logits"), logits},
                            {QStringLiteral("temperature"), scene.temperature},
                            {QStringLiteral("apply_activation"), scene.applyActivation}});
    root.insert(QStringLiteral("theme"), themeName(scene.theme));
    const NetworkSetup &n = scene.network;
    root.insert(QStringLiteral("network"),
                QJsonObject{{QStringLiteral("layers"), n.layers},
                            {QStringLiteral("width"), n.width},
                            {QStringLiteral("weight_variance"), n.weightVariance},
                            {QStringLiteral("bias_variance"), n.biasVariance},
                            {QStringLiteral("input_variance"), n.inputVariance},
                            {QStringLiteral("batch"), n.batch},
                            {QStringLiteral("seed"), double(n.seed)},
                            {QStringLiteral("plot"), networkPlotName(n.plot)},
                            {QStringLiteral("quantity"), quantityName(n.quantity)}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SceneLoadResult sceneFromJson(const QByteArray &json, const QString &sourceName)
{
    SceneLoadResult result;
    const QString prefix = sourceName + QStringLiteral(": ");
    if (json.size() > kMaxSceneFileBytes) {
        result.error = prefix + QCoreApplication::translate(
                                    "SceneFile", "too large for a scene file (over 1 MiB)");
        return result;
    }
    if (json.trimmed().isEmpty()) {
        result.error = prefix + QCoreApplication::translate("SceneFile", "the file is empty");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            prefix + QCoreApplication::translate("SceneFile", "not valid JSON at %1: %2")
                         .arg(position(json, parseError.offset), parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = prefix + QCoreApplication::translate(
                                    "SceneFile", "expected a JSON object at the top level");
        return result;
    }
    SceneReadResult read = readScene(document.object());
    if (!read.scene) {
        result.error = prefix + read.error;
        return result;
    }
    result.scene = std::move(read.scene);
    if (!read.ignored.isEmpty())
        result.notes << prefix + QCoreApplication::translate(
                                     "SceneFile", "written by a newer version; ignored: %1")
                                     .arg(read.ignored.join(QStringLiteral(", ")));
    return result;
}

std::optional<QString> saveScene(const Scene &scene, const QString &path)
{
    if (auto error = validateScene(scene))
        return QCoreApplication::translate("SceneFile", "cannot save the scene: %1").arg(*error);
    return writeWholeFile(path, sceneToJson(scene));
}

SceneLoadResult loadScene(const QString &path)
{
    SceneLoadResult result;
    const QFileInfo info(path);
    const QString prefix =
        (info.fileName().isEmpty() ? path : info.fileName()) + QStringLiteral(": ");
    if (!info.exists()) {
        result.error = prefix + QCoreApplication::translate("SceneFile", "no such file");
        return result;
    }
    if (info.isDir()) {
        result.error =
            prefix + QCoreApplication::translate("SceneFile", "is a folder, not a scene file");
        return result;
    }
    if (info.isFile() && info.size() > kMaxSceneFileBytes) {
        result.error = prefix + QCoreApplication::translate(
                                    "SceneFile", "too large for a scene file (over 1 MiB)");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            prefix +
            QCoreApplication::translate("SceneFile", "cannot read: %1").arg(file.errorString());
        return result;
    }
    // One byte more than allowed tells an oversized pipe or device from a full-sized file.
    const QByteArray json = file.read(kMaxSceneFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error =
            prefix +
            QCoreApplication::translate("SceneFile", "cannot read: %1").arg(file.errorString());
        return result;
    }
    return sceneFromJson(json, prefix.chopped(2));
}
