// See BackgroundTask.h. Results and progress come back as queued calls on this object; a
// generation number tells the newest job's from those of jobs cancelled since.
#include "BackgroundTask.h"

#include "WorkerPriority.h"

#include <utility>

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent)
{
    // One thread, and one thread only in the job too (SimulationControl::threads): a cancelled
    // job finishes its current layer while the next one waits, and the other core stays with
    // the window. At a low priority, so a frame never waits for it.
    m_pool.setMaxThreadCount(1);
    m_pool.setThreadPriority(QThread::LowPriority);
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    m_pool.waitForDone();
}

void BackgroundTask::start(Work work)
{
    cancel();
    const quint64 generation = ++m_generation;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_running = true;
    emit started();
    m_pool.start([this, work = std::move(work), flag, generation] {
        lowerThisThreadsPriority();
        // Cancelled while it waited behind the job before it: nothing to do or deliver.
        if (flag->load(std::memory_order_relaxed)) return;
        act::SimulationControl control;
        control.cancel = flag.get();
        control.threads = 1;
        int reported = -1;
        control.progress = [this, generation, &reported](int done, int total) {
            if (done == reported) return;
            reported = done;
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (generation == m_generation) emit progress(done, total);
                },
                Qt::QueuedConnection);
        };
        Deliver deliver = work(control);
        QMetaObject::invokeMethod(
            this,
            [this, generation, deliver = std::move(deliver)] {
                if (generation != m_generation) return;
                m_running = false;
                if (deliver) deliver();
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

void BackgroundTask::cancel()
{
    if (!m_running) return;
    m_cancel->store(true, std::memory_order_relaxed);
    ++m_generation;
    m_running = false;
    emit cancelled();
}

void BackgroundTask::waitForIdle()
{
    m_pool.waitForDone();
}
