// PNG encoding made for figures: libpng with the "up" filter and run-length deflate. Qt's own
// writer has libpng try every filter on every row, which costs most of a cold --export (about
// 45 of 70 ms for a 1600x1000 figure here); plots are flat colours and thin lines, for which
// one fixed filter and RLE give files about as small at a third of the time.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <variant>

// The PNG bytes of `image` (opaque as RGB, with an alpha channel as RGBA), with its dots per
// metre as the pHYs resolution; or why it could not be encoded.
std::variant<QByteArray, QString> encodePng(const QImage &image);
