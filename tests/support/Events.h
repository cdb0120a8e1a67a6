// Letting queued work finish without sleeping: layout requests, deferred deletes and deferred
// shows are posted events, so delivering them all is deterministic where a wait of some
// milliseconds is a guess. Conditions that depend on more than that use QTRY_*.
#pragma once

#include <QCoreApplication>
#include <QEvent>

namespace testsupport {

inline void deliverPostedEvents()
{
    // Each pass may post more (a layout request after a deferred show): a few passes drain it.
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace testsupport
