// `activation-explorer --benchmark`: times redraws of the heaviest scene while sliders sweep.
#pragma once

class QTextStream;

// Builds its own window at 1920x1080 (a QApplication must exist), overlays every function with
// f' and f'', sets 20 softmax classes, then sweeps parameter sliders and the temperature
// through the real widgets, forcing every frame to finish. Prints one line per scale:
//   redraw: scale=1 frames=N median_ms=... p95_ms=... max_ms=...
// and, for the same frames at scale 1 each drawn as a full replot, a baseline and the ratio:
//   redraw: baseline=full-replot scale=1 frames=N median_ms=... p95_ms=... max_ms=...
// Returns 0.
int runRedrawBenchmark(QTextStream &out);
