// Typed formulas' accurate values from a worker thread: the points in view first, then the
// rest of the sampled range (three view widths), each drawn as it arrives. A curve that
// changes while its job runs cancels it; the job stops at its next chunk and starts over
// with the new parameters, so the last slider step is refined without waiting for stale work.
#include "FunctionPlot.h"

#include "SceneModel.h"
#include "WorkerPriority.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Points per cancellation check: a few milliseconds of MPFR work, and enough for
// Formula::accurate to spread over the cores.
constexpr std::size_t kChunk = 256;

void refineInStages(QPromise<RefinedSamples> &promise, const act::Activation &fast,
                    const act::Activation &accurate, double lo, double hi, double viewLo,
                    double viewHi, int points)
{
    act::SampledCurves s;
    const std::vector<act::Discontinuity> jumps =
        act::CurveSampler::layOut(accurate, lo, hi, points, s);
    const std::size_t n = s.x.size();
    auto refine = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; i += kChunk) {
            if (promise.isCanceled()) return false;
            act::CurveSampler::evaluate(accurate, i, std::min(i + kChunk, end), s);
        }
        return !promise.isCanceled();
    };
    // The view's points and one beyond each edge, so the line reaches the axes.
    const auto lower = std::lower_bound(s.x.begin(), s.x.end(), viewLo) - s.x.begin();
    const auto upper = std::upper_bound(s.x.begin(), s.x.end(), viewHi) - s.x.begin();
    const std::size_t first = lower > 0 ? std::size_t(lower) - 1 : 0;
    const std::size_t last = std::min(n, std::size_t(upper) + 1);
    if (!refine(first, last)) return;
    if (first > 0 || last < n) {
        RefinedSamples preview{s, false};
        act::CurveSampler::evaluate(fast, 0, first, preview.samples);
        act::CurveSampler::evaluate(fast, last, n, preview.samples);
        act::CurveSampler::markJumps(accurate, jumps, preview.samples);
        promise.addResult(std::move(preview));
        if (!refine(0, first) || !refine(last, n)) return;
    }
    act::CurveSampler::markJumps(accurate, jumps, s);
    promise.addResult(RefinedSamples{std::move(s), true});
}

} // namespace

void FunctionPlot::refine(CurveId id)
{
    auto [entry, fresh] = m_refining.try_emplace(id);
    if (!fresh) {
        if (std::exchange(entry->second.viewDone, false)) emit refiningChanged();
        // Not started yet: it will start with the parameters the curve has then.
        if (!entry->second.watcher) return;
        // The fast pass has just redrawn the view: refined again from the start.
        entry->second.again = true;
        entry->second.watcher->cancel();
        return;
    }
    // The job starts once this frame has painted its fast pass: waking a worker thread takes a
    // system call, and a drag's frame need not wait for it.
    const int generation = entry->second.generation = ++m_refineGeneration;
    m_afterPaint.post([this, id, generation] { startRefinement(id, generation); });
    emit refiningChanged();
}

void FunctionPlot::startRefinement(CurveId id, int generation)
{
    const auto entry = m_refining.find(id);
    if (entry == m_refining.end() || entry->second.generation != generation ||
        entry->second.watcher)
        return; // dropped, or started already
    std::shared_ptr<const act::Activation> accurate = m_model->activation(id, Precision::Accurate);
    std::shared_ptr<const act::Activation> fast = m_model->activation(id, Precision::Double);
    if (!accurate || !fast) { // a formula the scene no longer has: nothing to refine
        m_refining.erase(entry);
        emit refiningChanged();
        return;
    }
    const double lo = m_sampleMin, hi = m_sampleMax;
    const QCPRange view = xAxis->range();
    auto *watcher = new QFutureWatcher<RefinedSamples>(this);
    entry->second.watcher = watcher;
    connect(watcher, &QFutureWatcher<RefinedSamples>::resultReadyAt, this,
            [this, watcher, id, generation](int index) {
                refined(id, generation, watcher->resultAt(index));
            });
    connect(watcher, &QFutureWatcher<RefinedSamples>::finished, this,
            [this, watcher, id, generation] {
                watcher->deleteLater();
                refineEnded(id, generation);
            });
    // The worker holds its own copies of the formula and parameters; if the plot goes away
    // first, its watcher does too and the results are dropped.
    watcher->setFuture(
        QtConcurrent::run([fast, accurate, lo, hi, view](QPromise<RefinedSamples> &promise) {
            // Below the window's thread: a drag's next frame goes first (Formula::accurate's
            // helper threads inherit this).
            lowerThisThreadsPriority();
            refineInStages(promise, *fast, *accurate, lo, hi, view.lower, view.upper, kSamples);
        }));
}

void FunctionPlot::refined(CurveId id, int generation, RefinedSamples result)
{
    const auto entry = m_refining.find(id);
    if (entry == m_refining.end() || entry->second.generation != generation || entry->second.again)
        return;
    if (m_model->isPlotted(id)) {
        Curves &c = curves(id);
        c.samples = std::move(result.samples);
        writeSamples(c);
        scheduleRedraw(id != m_model->current());
    }
    if (result.complete) {
        m_refining.erase(entry);
        emit refiningChanged();
    } else if (!std::exchange(entry->second.viewDone, true)) {
        emit refiningChanged();
    }
}

void FunctionPlot::refineEnded(CurveId id, int generation)
{
    const auto entry = m_refining.find(id);
    if (entry == m_refining.end() || entry->second.generation != generation) return;
    const bool again = entry->second.again;
    m_refining.erase(entry);
    if (again)
        refine(id); // computed for parameters or a range that have changed since: start over
    else
        emit refiningChanged();
}

void FunctionPlot::dropRefinement(CurveId id)
{
    const auto entry = m_refining.find(id);
    if (entry == m_refining.end()) return;
    if (entry->second.watcher) entry->second.watcher->cancel();
    m_refining.erase(entry);
    emit refiningChanged();
}

std::vector<CurveId> FunctionPlot::refiningCurves() const
{
    std::vector<CurveId> inView;
    for (const auto &[id, refinement] : m_refining)
        if (!refinement.viewDone) inView.push_back(id);
    return inView;
}
