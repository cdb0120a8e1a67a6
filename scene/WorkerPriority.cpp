// See WorkerPriority.h.
#include "WorkerPriority.h"

#include <QtGlobal>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

constexpr int kWorkerNiceness = 10;

} // namespace

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (std::exchange(lowered, true)) return;
    // PRIO_PROCESS with a thread id sets that thread's niceness alone (Linux keeps it per thread).
    setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNiceness);
#endif
}
