// The figure sizes authors ask for most, for the export dialog and --preset: a journal's single
// column (85 mm wide) and double column (170 mm), and a 16:9 slide (1920 x 1080 px, which at
// 192 dpi is a 254 x 142.9 mm page, PowerPoint's 10-inch 16:9 size, with texts and lines twice
// their print size so they read from the back of a room).
#pragma once

#include "FigureExporter.h"

#include <QString>

#include <optional>
#include <vector>

struct FigurePreset
{
    QString key;             // on the command line: column, double, slide
    const char *labelSource; // in the dialog, translated by label()
    QSizeF size;
    SizeUnit unit;
    double dpi;
    double scale;

    // The label in the language of the translators installed now.
    QString label() const;

    static const std::vector<FigurePreset> &all();
    static const FigurePreset *find(const QString &key);
    // The preset these options are, when their size, unit, resolution and scale are one's.
    static const FigurePreset *matching(const FigureOptions &options);
    // `options` with this preset's size, unit, resolution and scale.
    FigureOptions applyTo(FigureOptions options) const;
};
