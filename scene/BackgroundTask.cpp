// See BackgroundTask.h. Results and progress come back as queued calls on this object; a
// generation number tells the newest job's from those of jobs cancelled since.
#include "BackgroundTask.h"

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

// The worker's niceness on Linux, where QThread's priorities do nothing for ordinary threads:
// a frame of the window that shares a core with it gets about ten times its share.
constexpr int kWorkerNiceness = 10;

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (std::exchange(lowered, true)) return;
    // PRIO_PROCESS with a thread id sets that thread's niceness alone (Linux keeps it per thread).
    setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNiceness);
#endif
}

} // namespace

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
