// See FigurePreset.h.
#include "FigurePreset.h"

#include <QCoreApplication>

const std::vector<FigurePreset> &FigurePreset::all()
{
    static const std::vector<FigurePreset> presets{
        {QStringLiteral("column"), QT_TRANSLATE_NOOP("FigurePreset", "Single column (85 × 60 mm)"),
         QSizeF(85, 60), SizeUnit::Millimetres, kAutoDpi, 1.0},
        {QStringLiteral("double"),
         QT_TRANSLATE_NOOP("FigurePreset", "Double column (170 × 105 mm)"), QSizeF(170, 105),
         SizeUnit::Millimetres, kAutoDpi, 1.0},
        {QStringLiteral("slide"), QT_TRANSLATE_NOOP("FigurePreset", "Slide 16:9 (1920 × 1080 px)"),
         QSizeF(1920, 1080), SizeUnit::Pixels, 192.0, 2.0},
    };
    return presets;
}

QString FigurePreset::label() const
{
    return QCoreApplication::translate("FigurePreset", labelSource);
}

const FigurePreset *FigurePreset::find(const QString &key)
{
    for (const FigurePreset &preset : all())
        if (preset.key == key) return &preset;
    return nullptr;
}

const FigurePreset *FigurePreset::matching(const FigureOptions &o)
{
    for (const FigurePreset &preset : all())
        if (o.size == preset.size && o.unit == preset.unit && o.dpi == preset.dpi &&
            o.scale == preset.scale)
            return &preset;
    return nullptr;
}

FigureOptions FigurePreset::applyTo(FigureOptions options) const
{
    options.size = size;
    options.unit = unit;
    options.dpi = dpi;
    options.scale = scale;
    return options;
}
