// Draws its document itself; a new text never changes the size hint.
#include "LiveLabel.h"

#include "Accessibility.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <utility>

namespace {

constexpr QChar kNumber(0x1f); // stands for a number in a text's shape

bool numberChar(QChar c)
{
    return c.isDigit() || c == u'.' || c == u'+' || c == u'-' || c == u'e' || c == u'E';
}

// Calls found(begin, end) for each number in `text`, and returns the text with each replaced
// by kNumber. With `markup`, tags (<…>) and entities (&…;) are text that holds no numbers.
template <typename Found> QString scanNumbers(QStringView text, bool markup, Found found)
{
    QString shape;
    shape.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (markup && (c == u'<' || c == u'&')) {
            const QChar close = c == u'<' ? u'>' : u';';
            qsizetype end = text.indexOf(close, i);
            end = end < 0 ? n : end + 1;
            shape += text.mid(i, end - i);
            i = end;
            continue;
        }
        if (!numberChar(c)) {
            shape += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        bool digit = false;
        for (; end < n && numberChar(text[end]); ++end)
            digit = digit || text[end].isDigit();
        if (digit) {
            found(i, end);
            shape += kNumber;
        } else {
            shape += text.mid(i, end - i);
        }
        i = end;
    }
    return shape;
}

} // namespace

LiveLabel::LiveLabel(int lines, QWidget *parent) : QWidget(parent), m_lines(lines)
{
    accessibility::install();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (Shown &shown : m_documents) {
        shown.document.setDocumentMargin(0);
        shown.document.setDefaultFont(font());
    }
}

LiveLabel::Numbers LiveLabel::numbersOf(const QString &html)
{
    Numbers numbers;
    numbers.shape = scanNumbers(html, true, [&](qsizetype begin, qsizetype end) {
        numbers.runs.push_back(html.mid(begin, end - begin));
    });
    return numbers;
}

void LiveLabel::parse(Shown &shown, const QString &html, Numbers numbers)
{
    shown.text = html;
    shown.document.setHtml(html);
    // Where the text's numbers are in the document: only if the document holds the same
    // numbers in the same order (an entity for a digit, or a style sheet's, would not).
    shown.positions.clear();
    const QString raw = shown.document.toRawText();
    std::vector<int> positions;
    bool same = true;
    std::size_t k = 0;
    scanNumbers(raw, false, [&](qsizetype begin, qsizetype end) {
        same = same && k < numbers.runs.size() &&
               QStringView(raw).mid(begin, end - begin) == numbers.runs[k];
        positions.push_back(static_cast<int>(begin));
        ++k;
    });
    if (same && k == numbers.runs.size()) shown.positions = std::move(positions);
    shown.numbers = std::move(numbers);
    // Glyphs kept from the layout, so painting does not shape the text again.
    for (QTextBlock block = shown.document.begin(); block.isValid(); block = block.next())
        if (block.layout()) block.layout()->setCacheEnabled(true);
}

std::optional<int> LiveLabel::replaceNumbers(Shown &shown, const QString &html, Numbers &numbers)
{
    if (shown.positions.empty() || numbers.shape != shown.numbers.shape) return std::nullopt;
    QTextCursor cursor(&shown.document);
    cursor.beginEditBlock();
    int shift = 0;
    int first = shown.document.characterCount();
    for (std::size_t k = 0; k < numbers.runs.size(); ++k) {
        const QString &before = shown.numbers.runs[k];
        const QString &after = numbers.runs[k];
        const int position = shown.positions[k] + shift;
        shown.positions[k] = position;
        if (before == after) continue;
        first = std::min(first, position);
        // The format of the number's own first character, not of the one before it.
        cursor.setPosition(position + 1);
        const QTextCharFormat format = cursor.charFormat();
        cursor.setPosition(position);
        cursor.setPosition(position + static_cast<int>(before.size()), QTextCursor::KeepAnchor);
        cursor.insertText(after, format);
        shift += static_cast<int>(after.size() - before.size());
    }
    cursor.endEditBlock();
    shown.text = html;
    shown.numbers = std::move(numbers);
    return first;
}

QRegion LiveLabel::changedFrom(int position) const
{
    // Left-aligned, left-to-right text moves only from the first changed character on: the
    // rest of its line and every line below (the wrapping may change). Anything else, all.
    const QTextDocument &document = shown().document;
    const QTextBlock block = document.findBlock(position);
    const QTextLayout *layout = block.layout();
    const Qt::Alignment alignment =
        QStyle::visualAlignment(block.textDirection(), block.blockFormat().alignment());
    if (!block.isValid() || !layout || block.textDirection() != Qt::LeftToRight ||
        !(alignment & Qt::AlignLeft) || (alignment & Qt::AlignJustify))
        return rect();
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    if (!line.isValid()) return rect();
    const QPointF origin =
        document.documentLayout()->blockBoundingRect(block).topLeft() + layout->position();
    // A glyph may reach left of its cursor position (italics, kerning): a character's width
    // more.
    const int left = qFloor(origin.x() + line.cursorToX(position - block.position())) -
                     fontMetrics().averageCharWidth();
    const int top = qFloor(origin.y() + line.y());
    if (left <= 0 && top <= 0) return rect();
    const int lineBottom = qCeil(origin.y() + line.y() + line.height());
    return QRegion(QRect(QPoint(std::max(left, 0), std::max(top, 0)),
                         QPoint(width() - 1, lineBottom))) +
           QRegion(QRect(QPoint(0, lineBottom), QPoint(width() - 1, height() - 1)));
}

void LiveLabel::setText(const QString &html)
{
    if (html == shown().text) return;
    const int other = 1 - m_current;
    QRegion changed = rect();
    if (html == m_documents[other].text) {
        m_current = other; // back to the text before, as it was laid out
    } else {
        Numbers numbers = numbersOf(html);
        if (const std::optional<int> first = replaceNumbers(shown(), html, numbers)) {
            if (shown().document.textWidth() == width()) changed = changedFrom(*first);
        } else {
            // The shown text becomes the text before; the other document takes the new one,
            // by its numbers if it differs from it only there.
            m_current = other;
            if (!replaceNumbers(shown(), html, numbers)) parse(shown(), html, std::move(numbers));
        }
    }
    update(changed);
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

void LiveLabel::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    // Only when it changed: setting a width lays the whole document out again.
    QTextDocument &document = shown().document;
    if (document.textWidth() != width()) document.setTextWidth(width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = event->rect();
    document.documentLayout()->draw(&painter, context);
}

void LiveLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        for (Shown &shown : m_documents)
            shown.document.setDefaultFont(font());
        updateGeometry(); // the line height may differ
    }
    QWidget::changeEvent(event);
}
