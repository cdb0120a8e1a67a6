// See AfterPaint.h.
#include "AfterPaint.h"

#include <QCoreApplication>
#include <QEvent>

#include <utility>

namespace {

const QEvent::Type kRun = static_cast<QEvent::Type>(QEvent::registerEventType());

} // namespace

void AfterPaint::post(std::function<void()> call)
{
    const bool first = m_calls.empty();
    m_calls.push_back(std::move(call));
    if (first) QCoreApplication::postEvent(this, new QEvent(kRun), Qt::LowEventPriority - 1);
}

bool AfterPaint::event(QEvent *event)
{
    if (event->type() != kRun) return QObject::event(event);
    // A call may post another: that one gets an event of its own.
    const std::vector<std::function<void()>> calls = std::exchange(m_calls, {});
    for (const std::function<void()> &call : calls)
        call();
    return true;
}
