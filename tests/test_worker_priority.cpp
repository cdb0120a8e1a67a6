// scene/WorkerPriority: a worker thread goes to the SCHED_IDLE policy, and ten steps of niceness
// below the thread that started it (at most to 19), once, whatever niceness the process runs
// at; threads it starts inherit the policy.
#include "WorkerPriority.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <thread>

class TestWorkerPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersRelativeToTheStartingThread_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("expected");
        QTest::newRow("a normal window") << 0 << 1 << 10;
        QTest::newRow("once per thread") << 0 << 3 << 10;
        QTest::newRow("started with nice 5") << 5 << 1 << 15;
        QTest::newRow("started with nice 12: at most 19") << 12 << 1 << 19;
        QTest::newRow("already lowest") << 19 << 2 << 19;
    }
    void lowersRelativeToTheStartingThread()
    {
#ifdef Q_OS_LINUX
        QFETCH(int, start);
        QFETCH(int, calls);
        QFETCH(int, expected);
        int before = -100, after = -100, policy = -1, helperPolicy = -1;
        bool started = true;
        std::thread worker([&] {
            // A fresh thread each row: the niceness is per thread, and set once per thread.
            if (setpriority(PRIO_PROCESS, id_t(gettid()), start) != 0 ||
                getpriority(PRIO_PROCESS, id_t(gettid())) != start) {
                started = false; // below the test's own niceness, without the right to
                return;
            }
            before = getpriority(PRIO_PROCESS, id_t(gettid()));
            for (int i = 0; i < calls; ++i)
                lowerThisThreadsPriority();
            errno = 0;
            after = getpriority(PRIO_PROCESS, id_t(gettid()));
            policy = sched_getscheduler(0);
            // A thread the worker starts (Formula::accurate's helpers) inherits the policy.
            std::thread([&] { helperPolicy = sched_getscheduler(0); }).join();
        });
        worker.join();
        if (!started) QSKIP("this process cannot start a thread at that niceness");
        QCOMPARE(before, start);
        QCOMPARE(after, expected);
        QCOMPARE(policy, SCHED_IDLE);
        QCOMPARE(helperPolicy, SCHED_IDLE);
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER); // the test's own thread is untouched
#else
        QSKIP("niceness per thread is Linux's");
#endif
    }
};

QTEST_GUILESS_MAIN(TestWorkerPriority)
#include "test_worker_priority.moc"
