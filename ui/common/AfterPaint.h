// Calls made once the window has painted what is pending. Qt's repaint manager posts its
// QEvent::UpdateRequest at Qt::LowEventPriority; these go below it, so in the same pass of the
// event loop they come after the paint. For work a frame starts but need not wait for (waking a
// worker thread), which would otherwise delay what the frame shows.
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class AfterPaint : public QObject
{
public:
    explicit AfterPaint(QObject *parent = nullptr) : QObject(parent) {}
    // Runs `call` after the pending paint (at once, in order, with any others posted before
    // it). Dropped if this object is destroyed first.
    void post(std::function<void()> call);
    bool pending() const { return !m_calls.empty(); }

protected:
    bool event(QEvent *event) override;

private:
    std::vector<std::function<void()>> m_calls;
};
