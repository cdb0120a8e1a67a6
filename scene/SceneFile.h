// The .actscene file: a Scene as versioned JSON ("format": "activation-explorer-scene",
// "version": 2; version 2 added typed formulas: a "formulas" list, and {"formula": key} besides
// function names in "current" and "overlays"; every version 1 file reads as it did). Loading checks
// every field before returning a scene, so a bad file is refused as a whole with a message naming
// the file and the field, and nothing already shown changes.
// Fields added within a version are optional ("network": files written before the network
// panel open with its defaults; "compare": the curve the current one is compared with, a
// function name or {"formula": key}, absent when not comparing).
#pragma once

#include "Scene.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

inline constexpr char kSceneFormatName[] = "activation-explorer-scene";
inline constexpr int kSceneFormatVersion = 2;
// The keys of "curves": whether f, f' and f'' are drawn.
inline constexpr std::array<const char *, 3> kSceneCurveKeys{"f", "first_derivative",
                                                             "second_derivative"};
// Far above any real scene (a few kB); refused before parsing so a wrong file cannot eat memory.
inline constexpr qint64 kMaxSceneFileBytes = 1024 * 1024;

struct SceneLoadResult
{
    std::optional<Scene> scene; // none when the file was refused
    QString error;     // "scene.actscene: functions.elu.alpha: expected a number, got a string"
    QStringList notes; // loaded, but worth telling (fields of a newer version ignored)
};

QByteArray sceneToJson(const Scene &scene);
// `sourceName` starts every message (usually the file name).
SceneLoadResult sceneFromJson(const QByteArray &json, const QString &sourceName);

// Empty on success; otherwise what went wrong. The file is replaced only when complete.
std::optional<QString> saveScene(const Scene &scene, const QString &path);
SceneLoadResult loadScene(const QString &path);
