// See WorkerPriority.h.
#include "WorkerPriority.h"

#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <utility>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

constexpr int kNicenessBelow = 10; // steps below the thread that started the worker
constexpr int kLowestNiceness = 19;

} // namespace

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (std::exchange(lowered, true)) return;
    // PRIO_PROCESS with a thread id reads and sets that thread's niceness alone (Linux keeps it
    // per thread, and a new thread starts with its creator's). Relative, so a window started
    // with `nice -n 15` keeps its workers below it: an absolute 10 would raise them above it
    // (as root it may).
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, id_t(gettid()));
    if (errno == 0)
        setpriority(PRIO_PROCESS, id_t(gettid()),
                    std::min(kLowestNiceness, current + kNicenessBelow));
    // SCHED_IDLE (per thread, as pid 0 means here): the worker runs only where a core has
    // nothing else to do, and a window thread that wakes on its core takes it at once. With a
    // niceness alone it still got slices of a millisecond or so in the middle of a frame.
    // Always allowed (it only lowers); the niceness stays for where it is not.
    const sched_param param{};
    sched_setscheduler(0, SCHED_IDLE, &param);
#endif
}
