// Draws its document itself; a new text never changes the size hint.
#include "LiveLabel.h"

#include "Accessibility.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>

#include <utility>

LiveLabel::LiveLabel(int lines, QWidget *parent) : QWidget(parent), m_lines(lines)
{
    accessibility::install();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (QTextDocument &document : m_documents) {
        document.setDocumentMargin(0);
        document.setDefaultFont(font());
    }
}

void LiveLabel::setText(const QString &html)
{
    if (html == m_text) return;
    // The other document holds the text before: back to it as it was laid out, or it takes
    // the new one.
    std::swap(m_text, m_previousText);
    m_current = 1 - m_current;
    if (html != m_text) {
        m_text = html;
        document().setHtml(html);
    }
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
    QTextDocument &shown = document();
    if (shown.textWidth() != width()) shown.setTextWidth(width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = rect();
    shown.documentLayout()->draw(&painter, context);
}

void LiveLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        for (QTextDocument &document : m_documents)
            document.setDefaultFont(font());
        updateGeometry(); // the line height may differ
    }
    QWidget::changeEvent(event);
}
