// PNG encoding made for figures: the "up" filter and run-length deflate, the rows split into
// parts deflated on every core at once. Qt's own writer has libpng try every filter on every row,
// which cost most of a cold --export (about 45 of 70 ms for a 1600x1000 figure here); plots are
// flat colours and thin lines, for which one fixed filter and RLE give files about as small at a
// third of the time. libpng writes a PNG from one thread only, so the few bytes of the chunks
// around zlib's output are written here (ui/README.md).
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <variant>

// The PNG bytes of `image` (opaque as RGB, with an alpha channel as RGBA), with its dots per
// metre as the pHYs resolution; or why it could not be encoded. `parts` is how many runs of rows
// are deflated at once: 0 for one per core (and per 128 rows), any other number for tests.
std::variant<QByteArray, QString> encodePng(const QImage &image, int parts = 0);
