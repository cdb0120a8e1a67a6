// The trace cursor's readout inside the plot: the traced curve's name and x, f, f′, f″ in a
// small box that the plot places next to the cursor or the pointer. It only draws; the plot
// gives it the text and its theme's colours, and mouse events pass through it to the plot.
#pragma once

#include <QTextDocument>
#include <QWidget>

class TraceReadout : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text) // what screen readers get (common/Accessibility.h)

public:
    explicit TraceReadout(QWidget *parent = nullptr);

    // Six significant digits and the true minus sign; "undefined" rather than "nan", ∞ for
    // infinities, and 0 for −0.
    static QString number(double value);

    QString text() const { return m_text; }
    void setText(const QString &html);
    void setColours(const QColor &background, const QColor &text, const QColor &border);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QTextDocument m_document;
    QColor m_background;
    QColor m_textColour;
    QColor m_border;
};
