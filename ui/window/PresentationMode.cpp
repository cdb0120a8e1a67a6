// See PresentationMode.h.
#include "PresentationMode.h"

#include "ScaledFont.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QWidget>

#include <qcustomplot.h>

PresentationMode::PresentationMode(QWidget *window) : QObject(window), m_window(window) {}

void PresentationMode::addActions(QMenu *menu)
{
    auto add = [menu](const char *name, const QString &text, Qt::Key key) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(key));
        return action;
    };
    m_toggle = add("presentation", tr("&Presentation Mode"), Qt::Key_F11);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(m_active);
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);
    QAction *leave = add("leavePresentation", tr("&Leave Presentation Mode"), Qt::Key_Escape);
    connect(leave, &QAction::triggered, this, [this] { setActive(false); });
    QAction *previous =
        add("previousFunction", tr("Pre&vious Function (presenting)"), Qt::Key_Left);
    connect(previous, &QAction::triggered, this, [this] { emit stepRequested(-1); });
    QAction *next = add("nextFunction", tr("Ne&xt Function (presenting)"), Qt::Key_Right);
    connect(next, &QAction::triggered, this, [this] { emit stepRequested(+1); });
    m_presentingOnly = {leave, previous, next};
    for (QAction *action : m_presentingOnly)
        action->setEnabled(m_active);
}

void PresentationMode::setRestoredWidgets(const QList<QWidget *> &widgets)
{
    m_widgets.clear();
    for (QWidget *w : widgets)
        m_widgets << w;
}

void PresentationMode::setScaledPlots(const QList<QCustomPlot *> &plots)
{
    m_plots.clear();
    for (QCustomPlot *p : plots)
        m_plots << p;
}

void PresentationMode::scalePlots()
{
    m_savedFonts.clear();
    for (const QPointer<QCustomPlot> &plot : m_plots) {
        if (!plot) continue;
        m_savedFonts.push_back({plot, nullptr, plot->legend->font(), {}});
        plot->legend->setFont(scaledFont(plot->legend->font(), kFontFactor));
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes()) {
                m_savedFonts.push_back({plot, axis, axis->labelFont(), axis->tickLabelFont()});
                axis->setLabelFont(scaledFont(axis->labelFont(), kFontFactor));
                axis->setTickLabelFont(scaledFont(axis->tickLabelFont(), kFontFactor));
            }
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void PresentationMode::restorePlots()
{
    for (const SavedFont &saved : m_savedFonts) {
        if (!saved.plot) continue;
        if (saved.axis) {
            saved.axis->setLabelFont(saved.label);
            saved.axis->setTickLabelFont(saved.tickLabel);
        } else {
            saved.plot->legend->setFont(saved.label);
        }
        saved.plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_savedFonts.clear();
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active) return;
    m_active = active;
    if (active) {
        m_savedState = m_window->windowState();
        m_savedFont = QApplication::font();
        m_savedVisible.clear();
        for (const QPointer<QWidget> &w : m_widgets)
            m_savedVisible << (w && !w->isHidden());
        QApplication::setFont(scaledFont(m_savedFont, kFontFactor));
        scalePlots();
        m_window->setWindowState(m_savedState | Qt::WindowFullScreen);
    } else {
        QApplication::setFont(m_savedFont);
        restorePlots();
        m_window->setWindowState(m_savedState);
        for (int i = 0; i < m_widgets.size(); ++i)
            if (m_widgets[i]) m_widgets[i]->setVisible(m_savedVisible.value(i, true));
    }
    if (m_toggle) m_toggle->setChecked(active);
    for (QAction *action : m_presentingOnly)
        action->setEnabled(active);
    emit activeChanged(active);
}
