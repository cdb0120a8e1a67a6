// Draws its document itself; a new text never changes the size hint.
#include "LiveLabel.h"

#include "Accessibility.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>

LiveLabel::LiveLabel(int lines, QWidget *parent) : QWidget(parent), m_lines(lines)
{
    accessibility::install();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(font());
}

void LiveLabel::setText(const QString &html)
{
    if (html == m_text) return;
    m_text = html;
    m_document.setHtml(html);
    update();
    accessibility::textChanged(this);
}

QSize LiveLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().lineSpacing() * m_lines + 2};
}

QSize LiveLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, sizeHint().height()};
}

void LiveLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // Only when it changed: setting a width lays the whole document out again.
    if (m_document.textWidth() != width()) m_document.setTextWidth(width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = rect();
    m_document.documentLayout()->draw(&painter, context);
}

void LiveLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        updateGeometry(); // the line height may differ
    }
    QWidget::changeEvent(event);
}
