// Background work at a low priority, so that a frame of the window that shares a core with it
// never waits for it. On Linux, where QThread's priorities do nothing for ordinary threads, the
// calling thread goes to the SCHED_IDLE policy (it runs only on a core nothing else wants, and
// gives way at once), and its niceness is raised by 10 as well, at most to 19, for where that
// policy is not available; threads it starts afterwards inherit both. Once per thread;
// elsewhere a no-op.
#pragma once

void lowerThisThreadsPriority();
