// Rich text that may change on every frame of a drag. A QLabel asks the whole window to lay
// itself out again whenever its text changes, which cost more than redrawing the curves; this
// label has a fixed number of lines, only repaints itself, and wraps to whatever width it gets.
// A text that differs from the one shown only in its numbers ("α = 0.25" → "α = 0.3") is not
// parsed again: the numbers are replaced in the laid-out document, which then shows what
// parsing the text would. Any other text goes into a second document, and the shown one is kept
// as it was laid out: a status that comes and goes on every frame ("Refining …", then nothing)
// is parsed once.
#pragma once

#include <QTextDocument>
#include <QWidget>

#include <optional>
#include <vector>

class LiveLabel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text) // what screen readers get (common/Accessibility.h)

public:
    explicit LiveLabel(int lines, QWidget *parent = nullptr);

    QString text() const { return shown().text; }
    void setText(const QString &html);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The numbers of `html` (runs of digits, '.', '+', '-', 'e', 'E' holding a digit, in its
    // text, not its tags or entities) and the text with each of them replaced by U+001F.
    struct Numbers
    {
        QString shape;
        std::vector<QString> runs;
    };
    static Numbers numbersOf(const QString &html);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // A laid-out text, and where its numbers are in the document (empty if they could not be
    // matched with the text's, which then is always parsed).
    struct Shown
    {
        QString text;
        Numbers numbers;
        std::vector<int> positions;
        QTextDocument document;
    };
    Shown &shown() { return m_documents[m_current]; }
    const Shown &shown() const { return m_documents[m_current]; }
    static void parse(Shown &shown, const QString &html, Numbers numbers);
    // Takes `numbers` if the text differs from the shown one only in them; then the document
    // position of the first number that changed.
    static std::optional<int> replaceNumbers(Shown &shown, const QString &html, Numbers &numbers);
    // What a text changed from `position` on repaints.
    QRegion changedFrom(int position) const;

    int m_lines;
    Shown m_documents[2];
    int m_current = 0;
};
