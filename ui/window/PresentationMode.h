// Presentation mode for a window: full screen, a larger application font and larger texts on
// the plots, and on leaving everything put back as it was (window state, fonts, the widgets'
// visibility at entry).
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QCPAxis;
class QCustomPlot;
class QMenu;
class QWidget;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kFontFactor = 1.6;

    explicit PresentationMode(QWidget *window);

    // Presentation Mode (F11) and, enabled only while presenting (otherwise the keys belong to
    // the sliders and text fields), Esc to leave and Left/Right to step like slides.
    void addActions(QMenu *menu);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    // Widgets whose visibility the mode may change (side panels) and restores on leaving.
    void setRestoredWidgets(const QList<QWidget *> &widgets);
    // Plots whose axis and legend texts grow with the font (they keep their own fonts).
    void setScaledPlots(const QList<QCustomPlot *> &plots);

signals:
    void activeChanged(bool active);
    // Left (-1) or Right (+1) while presenting.
    void stepRequested(int delta);

private:
    struct SavedFont
    {
        QPointer<QCustomPlot> plot;
        QCPAxis *axis; // null: the legend's font
        QFont label;
        QFont tickLabel;
    };

    void scalePlots();
    void restorePlots();

    QWidget *m_window;
    QAction *m_toggle = nullptr;
    QList<QAction *> m_presentingOnly;
    bool m_active = false;
    Qt::WindowStates m_savedState;
    QFont m_savedFont;
    QList<QPointer<QWidget>> m_widgets;
    QList<bool> m_savedVisible;
    QList<QPointer<QCustomPlot>> m_plots;
    QList<SavedFont> m_savedFonts;
};
