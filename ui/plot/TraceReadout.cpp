// See TraceReadout.h.
#include "TraceReadout.h"

#include "Accessibility.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace {
constexpr int kPadding = 5;
}

TraceReadout::TraceReadout(QWidget *parent) : QWidget(parent)
{
    setObjectName("traceReadout");
    setAttribute(Qt::WA_TransparentForMouseEvents); // the pointer keeps hovering the plot
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(font());
    setColours(Qt::white, Qt::black, Qt::gray);
    hide();
}

QString TraceReadout::number(double value)
{
    if (std::isnan(value)) return tr("undefined");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0) return QStringLiteral("0");
    QString text = QLocale::c().toString(value, 'g', 6);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

void TraceReadout::setText(const QString &html)
{
    if (html == m_text) return;
    m_text = html;
    m_document.setHtml(html);
    const QSize size = sizeHint();
    if (size != this->size()) resize(size);
    update();
    accessibility::textChanged(this);
}

void TraceReadout::setColours(const QColor &background, const QColor &text, const QColor &border)
{
    m_background = background;
    m_background.setAlpha(235); // the curves show faintly through, the text stays sharp
    m_textColour = text;
    m_border = border;
    update();
}

QSize TraceReadout::sizeHint() const
{
    const QSizeF inner = m_document.size();
    return QSize(int(std::ceil(inner.width())) + 2 * kPadding,
                 int(std::ceil(inner.height())) + 2 * kPadding);
}

void TraceReadout::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.translate(kPadding, kPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, m_textColour);
    m_document.documentLayout()->draw(&painter, context);
}

void TraceReadout::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        resize(sizeHint());
    }
    QWidget::changeEvent(event);
}
