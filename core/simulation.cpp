// The finite-width simulation: forward, statistics and histograms per layer, backward.
#include "simulation.h"

#include "matrixproduct.h"
#include "random.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace act {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using Vector = Eigen::Matrix<double, Eigen::Dynamic, 1>;

// Which independent random stream (random.h, streamSeed) a quantity comes from.
enum Purpose : std::uint64_t {
    kInput = 1,
    kWeights = 2,
    kBiases = 3,
    kRreluSlopes = 4,
    kProjection = 5,
    kDirection = 6,
};

// Weights of up to this many numbers in all are kept for the backward pass; beyond it each
// layer's are drawn again from their stream (the same numbers, only slower).
constexpr long long kWeightCacheValues = 1LL << 23;

// Runs work(part) for part = 0 .. parts − 1, part 0 on this thread and the others on threads of
// their own (the machine has 2 cores; a product of 256 × 256 by 256 × 256 takes ~2 ms, so
// starting a thread, ~20 µs, is cheap against it). Every part writes only its own outputs, so
// the numbers do not depend on timing.
template <typename Work> void inParts(int parts, const Work &work)
{
    std::vector<std::thread> others;
    for (int part = 1; part < parts; ++part)
        others.emplace_back([&work, part] { work(part); });
    work(0);
    for (std::thread &t : others)
        t.join();
}

// How many parts to split `values` numbers of work into: 1 below ~16 000 (a thread would cost
// more than it saves), otherwise one per core, at most 2, and at most `threads` when that is
// not 0 (SimulationControl::threads).
int partsFor(long long values, int threads)
{
    static const int cores = int(std::clamp(std::thread::hardware_concurrency(), 1u, 2u));
    if (values < (1 << 14)) return 1;
    return threads > 0 ? std::min(threads, cores) : cores;
}

bool cancelled(const SimulationControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

// Column range [first, last) of part `part` of `parts` over `columns` columns.
// The parts start at multiples of kAlignment columns (or entries): the matrix product handles
// columns in groups of up to 8 and the rest one by one, and the vectorised activations take 8
// entries at a time with a scalar tail, each summing or rounding its own way; aligned, every
// column and entry is computed alike however many parts there are, so the numbers do not
// depend on the thread count.
constexpr long kAlignment = 64;

long partStart(int part, int parts, long columns)
{
    if (part >= parts) return columns;
    return std::min(columns, columns * part / parts / kAlignment * kAlignment);
}

std::pair<long, long> columnsOf(int part, int parts, long columns)
{
    return {partStart(part, parts, columns), partStart(part + 1, parts, columns)};
}

void fillNormal(double *out, std::size_t count, double scale, std::uint64_t seed)
{
    NormalGenerator normal(seed);
    std::size_t i = 0;
    for (; i + 1 < count; i += 2) {
        double a, b;
        normal.nextPair(a, b);
        out[i] = scale * a;
        out[i + 1] = scale * b;
    }
    if (i < count) out[i] = scale * normal.next();
}

class RandomNetwork
{
public:
    RandomNetwork(const SimulationSettings &s, int threads)
        : m_settings(s), m_width(s.width), m_threads(threads),
          m_cache(static_cast<long long>(s.network.layers) * s.width * s.width <=
                  kWeightCacheValues),
          m_kernel(bestMatrixKernel())
    {
        if (m_cache) m_weights.resize(std::size_t(s.network.layers));
        m_biases.resize(std::size_t(s.network.layers));
        const double biasScale = std::sqrt(s.network.biasVariance);
        for (int l = 1; l <= s.network.layers; ++l) {
            Vector &b = m_biases[std::size_t(l - 1)];
            b.resize(m_width);
            fillNormal(b.data(), std::size_t(m_width), biasScale,
                       streamSeed(s.seed, kBiases, std::uint64_t(l)));
        }
    }

    // W_l for l = 1..L, N(0, σw²/N) entries in column-major order from their own stream.
    const Matrix &weights(int layer)
    {
        Matrix &w = m_cache ? m_weights[std::size_t(layer - 1)] : m_scratch;
        if (m_cache && w.size() != 0) return w;
        w.resize(m_width, m_width);
        fillNormal(w.data(), std::size_t(w.size()),
                   std::sqrt(m_settings.network.weightVariance / m_width),
                   streamSeed(m_settings.seed, kWeights, std::uint64_t(layer)));
        return w;
    }

    // out = W_l·in + b_l.
    void forward(int layer, const Matrix &in, Matrix &out)
    {
        const Matrix &w = weights(layer);
        out.resize(m_width, in.cols());
        product(w, false, in, out);
        out.colwise() += m_biases[std::size_t(layer - 1)];
    }

    // out = W_lᵀ·in.
    void backward(int layer, const Matrix &in, Matrix &out)
    {
        const Matrix &w = weights(layer);
        out.resize(m_width, in.cols());
        product(w, true, in, out);
    }

    // Draws every layer's weights ahead, in parallel, when they are kept anyway; stops early
    // when cancelled (the layers not drawn yet are drawn when asked for).
    void drawAllWeights(const SimulationControl &control)
    {
        if (!m_cache) return;
        const int layers = m_settings.network.layers;
        const int parts = partsFor(static_cast<long long>(layers) * m_width * m_width, m_threads);
        inParts(parts, [&](int part) {
            for (int l = 1 + part; l <= layers && !cancelled(control); l += parts)
                (void)weights(l);
        });
    }

private:
    // out = op(w)·in, the columns split over the cores (at aligned columns: the same sums
    // whichever part computes a column).
    void product(const Matrix &w, bool transpose, const Matrix &in, Matrix &out) const
    {
        const long columns = long(in.cols());
        const int parts =
            std::min(partsFor(static_cast<long long>(m_width) * m_width * columns / 64, m_threads),
                     int(std::max(1L, columns / kAlignment)));
        inParts(parts, [&](int part) {
            const auto [first, last] = columnsOf(part, parts, columns);
            if (last > first)
                multiply(m_kernel, w.data(), transpose, in.data() + first * m_width,
                         out.data() + first * m_width, m_width, last - first);
        });
    }

    const SimulationSettings &m_settings;
    long m_width;
    int m_threads;
    bool m_cache;
    MatrixKernel m_kernel;
    std::vector<Matrix> m_weights;
    Matrix m_scratch;
    std::vector<Vector> m_biases;
};

std::span<const double> span(const Matrix &m)
{
    return {m.data(), std::size_t(m.size())};
}
std::span<double> span(Matrix &m)
{
    return {m.data(), std::size_t(m.size())};
}

// φ(h) and φ'(h); RReLU in training mode draws a slope per entry from the layer's stream.
void activate(const NetworkSettings &n, bool training, std::uint64_t rreluSeed, int threads,
              const Matrix &h, Matrix &f, Matrix &d1)
{
    f.resize(h.rows(), h.cols());
    d1.resize(h.rows(), h.cols());
    const CatalogueActivation *c = n.activation->catalogue();
    if (c && c->id() == FunctionId::Rrelu && training) {
        sampleRreluTraining(c->parameters(), span(h), span(f), rreluSeed);
        // The same stream applied to −1 everywhere gives −slope for every entry, exactly.
        const Matrix minusOne = Matrix::Constant(h.rows(), h.cols(), -1.0);
        sampleRreluTraining(c->parameters(), span(minusOne), span(d1), rreluSeed);
        for (Eigen::Index i = 0; i < h.size(); ++i)
            d1.data()[i] = h.data()[i] > 0 ? 1.0 : -d1.data()[i];
        return;
    }
    const std::size_t count = std::size_t(h.size());
    const int parts = std::min(partsFor(static_cast<long long>(count), threads),
                               int(std::max(1L, long(count) / kAlignment)));
    inParts(parts, [&](int part) {
        const auto [first, last] = columnsOf(part, parts, long(count));
        const std::size_t at = std::size_t(first), size = std::size_t(last - first);
        n.activation->evaluate(span(h).subspan(at, size), span(f).subspan(at, size),
                               span(d1).subspan(at, size), {});
    });
}

double rootMeanSquare(const Matrix &m)
{
    return std::sqrt(m.squaredNorm() / double(m.size()));
}

void record(const Matrix &h, const Matrix &f, int layer, LayerStatistics &stats,
            LayerHistograms &histograms, bool histogramOfActivations)
{
    const double count = double(h.size());
    stats.mean = h.sum() / count;
    stats.variance = (h.array() - stats.mean).square().sum() / count;
    stats.activationMean = f.sum() / count;
    stats.activationSecondMoment = f.squaredNorm() / count;
    std::vector<char> alive(std::size_t(f.rows()), 0);
    for (Eigen::Index b = 0; b < f.cols(); ++b)
        for (Eigen::Index i = 0; i < f.rows(); ++i)
            if (f(i, b) != 0.0) alive[std::size_t(i)] = 1;
    stats.deadFraction = double(std::count(alive.begin(), alive.end(), 0)) / double(f.rows());

    const double scale = histograms.bins / (histograms.max - histograms.min);
    std::uint64_t *row = histograms.counts.data() + std::size_t(layer) * histograms.bins;
    const Matrix &counted = histogramOfActivations ? f : h;
    for (Eigen::Index i = 0; i < counted.size(); ++i) {
        const double v = counted.data()[i];
        if (v < histograms.min) {
            ++histograms.below[std::size_t(layer)];
        } else if (!(v < histograms.max)) {
            ++histograms.above[std::size_t(layer)];
        } else {
            const int bin = std::min(int((v - histograms.min) * scale), histograms.bins - 1);
            ++row[bin];
        }
    }
}

} // namespace

std::optional<SettingsProblem> checkSettings(const SimulationSettings &s)
{
    using Kind = SettingsProblem::Kind;
    if (auto problem = checkSettings(s.network)) return problem;
    if (s.width < 1 || s.width > kMaxWidth) return SettingsProblem{Kind::Width, kMaxWidth};
    if (s.batch < 1 || s.batch > kMaxBatch) return SettingsProblem{Kind::Batch, kMaxBatch};
    if (static_cast<long long>(s.network.layers) * s.width * s.batch > kMaxStoredValues)
        return SettingsProblem{Kind::StoredValues, kMaxStoredValues};
    if (s.histogramBins < 1 || s.histogramBins > kMaxHistogramBins)
        return SettingsProblem{Kind::HistogramBins, kMaxHistogramBins};
    if (!(std::isfinite(s.histogramMin) && std::isfinite(s.histogramMax) &&
          s.histogramMin < s.histogramMax && std::isfinite(s.histogramMax - s.histogramMin)))
        return SettingsProblem{Kind::HistogramRange};
    return std::nullopt;
}

std::optional<std::string> validate(const SimulationSettings &s)
{
    if (auto problem = checkSettings(s)) return describe(*problem);
    return std::nullopt;
}

SimulationResult simulate(const SimulationSettings &s, const SimulationControl &control)
{
    const int layers = s.network.layers;
    const int steps = 2 * layers;
    SimulationResult result;
    LayerHistograms &hist = result.histograms;
    hist.layers = layers;
    hist.bins = s.histogramBins;
    hist.min = s.histogramMin;
    hist.max = s.histogramMax;
    hist.counts.assign(std::size_t(layers) * std::size_t(s.histogramBins), 0);
    hist.below.assign(std::size_t(layers), 0);
    hist.above.assign(std::size_t(layers), 0);

    RandomNetwork network(s, control.threads);
    network.drawAllWeights(control);
    Matrix a(s.width, s.batch), h, f;
    fillNormal(a.data(), std::size_t(a.size()), std::sqrt(s.network.inputVariance),
               streamSeed(s.seed, kInput, 0));
    std::vector<Matrix> derivatives(static_cast<std::size_t>(layers));
    for (int l = 1; l <= layers; ++l) {
        if (cancelled(control)) {
            result.cancelled = true;
            return result;
        }
        network.forward(l, a, h);
        activate(s.network, true, streamSeed(s.seed, kRreluSlopes, std::uint64_t(l)),
                 control.threads, h, f, derivatives[std::size_t(l - 1)]);
        LayerStatistics stats{};
        stats.gradientNorm = std::numeric_limits<double>::quiet_NaN();
        record(h, f, l - 1, stats, hist, s.histogramOfActivations);
        result.layers.push_back(stats);
        a.swap(f);
        if (control.progress) control.progress(l, steps);
    }
    // Backward: δ_L = r, δ_{l−1} = φ'(h_{l−1}) ⊙ W_lᵀ δ_l.
    Matrix delta(s.width, s.batch), back;
    fillNormal(delta.data(), std::size_t(delta.size()), 1.0, streamSeed(s.seed, kProjection, 0));
    result.layers.back().gradientNorm = rootMeanSquare(delta);
    if (control.progress) control.progress(layers + 1, steps);
    for (int l = layers; l >= 2; --l) {
        if (cancelled(control)) {
            result.cancelled = true;
            return result;
        }
        network.backward(l, delta, back);
        delta = back.cwiseProduct(derivatives[std::size_t(l - 2)]);
        derivatives[std::size_t(l - 2)] = Matrix(); // free as we go
        result.layers[std::size_t(l - 2)].gradientNorm = rootMeanSquare(delta);
        if (control.progress) control.progress(steps - l + 2, steps);
    }
    return result;
}

DirectionSweep outputAlongDirection(const SimulationSettings &s, double tMin, double tMax,
                                    int points, int coordinates, const SimulationControl &control)
{
    DirectionSweep sweep;
    points = std::max(points, 2);
    coordinates = std::clamp(coordinates, 1, s.width);
    Vector u(s.width);
    fillNormal(u.data(), std::size_t(s.width), 1.0, streamSeed(s.seed, kDirection, 0));
    u /= u.norm();
    Matrix a(s.width, points), h, f, d1;
    for (int i = 0; i < points; ++i) {
        const double t = i == points - 1 ? tMax : tMin + (tMax - tMin) * i / (points - 1);
        sweep.t.push_back(t);
        a.col(i) = t * u;
    }
    RandomNetwork network(s, control.threads);
    for (int l = 1; l <= s.network.layers; ++l) {
        if (cancelled(control)) return sweep;
        network.forward(l, a, h);
        if (l == s.network.layers) break;
        activate(s.network, false, 0, control.threads, h, f, d1);
        a.swap(f);
    }
    sweep.outputs.resize(std::size_t(coordinates));
    for (int k = 0; k < coordinates; ++k)
        for (int i = 0; i < points; ++i)
            sweep.outputs[std::size_t(k)].push_back(h(k, i));
    return sweep;
}

} // namespace act
