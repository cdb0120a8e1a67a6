// Background work at a low priority, so that a frame of the window that shares a core with it
// never waits for it. On Linux, where QThread's priorities do nothing for ordinary threads, the
// calling thread's niceness is raised by 10, to 10 for a window started normally (a frame then
// gets about ten times the worker's share of a core), at most to 19; threads it starts
// afterwards inherit that. Once per thread; elsewhere a no-op.
#pragma once

void lowerThisThreadsPriority();
