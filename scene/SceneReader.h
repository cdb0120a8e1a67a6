// Reads one parsed .actscene document into a Scene, checking every field against the format
// and the core's domains. Used by SceneFile; separate so the checks sit in one place.
#pragma once

#include "Scene.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

struct SceneReadResult
{
    std::optional<Scene> scene; // none when refused
    QString error;              // "functions.elu.alpha: expected a number, got a string"
    QStringList ignored;        // fields a newer version wrote that this one does not know
};

SceneReadResult readScene(const QJsonObject &root);
