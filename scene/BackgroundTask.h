// One job at a time in a worker thread of its own, for work the window must not wait for (the
// network simulation, the order-to-chaos line). Starting a job cancels the one running (through
// the act::SimulationControl cancel flag it checks) and only the newest job's result is
// delivered, in this object's thread. Starting and cancelling never wait for the worker: a
// cancelled job stops at its next check while the new one queues behind it. The worker runs at
// a low priority and on one thread (act::SimulationControl::threads), so the window keeps a
// core. Destroying the task cancels and waits for the worker.
#pragma once

#include "simulation.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // What to do in this object's thread with a finished job's result.
    using Deliver = std::function<void()>;
    // Runs in the worker; `control` carries the cancel flag and reports progress.
    using Work = std::function<Deliver(const act::SimulationControl &control)>;

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start(Work work);
    // The running job, if any, stops at its next check and delivers nothing.
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the worker is idle (for tests and shutdown; the window never calls it).
    void waitForIdle();

signals:
    void started();
    void progress(int done, int total);
    // A running job was stopped because another started or cancel() was called.
    void cancelled();
    // The newest job's Deliver has run.
    void finished();

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};
