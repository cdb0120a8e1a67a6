// The plotted curves as CSV: x, then one column per plotted function and shown derivative
// ("gelu", "gelu'", "gelu''"; a typed formula by its name), evaluated by the core on a uniform
// grid, with 17 significant digits so every number reads back as the double that was computed.
#pragma once

#include "Scene.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <variant>

class CurveCsvExporter
{
public:
    static constexpr int kMinPoints = 2;
    static constexpr int kMaxPoints = 1'000'000;
    static constexpr int kDefaultPoints = 1001;

    explicit CurveCsvExporter(const Scene &scene) : m_scene(scene) {}

    // The header's column names, in order.
    QStringList columns() const;
    // The whole text, or why it cannot be made (bad range or point count).
    std::variant<std::string, QString> csv(double xMin, double xMax,
                                           int points = kDefaultPoints) const;
    // Writes csv() to `path`, replacing a file only when the new one is complete.
    std::optional<QString> exportTo(const QString &path, double xMin, double xMax,
                                    int points = kDefaultPoints) const;

private:
    Scene m_scene;
};
