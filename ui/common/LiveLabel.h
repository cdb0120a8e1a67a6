// Rich text that may change on every frame of a drag. A QLabel asks the whole window to lay
// itself out again whenever its text changes, which cost more than redrawing the curves; this
// label has a fixed number of lines, only repaints itself, and wraps to whatever width it gets.
// It keeps the text before the last one laid out too: a status that comes and goes on every frame
// ("Refining …", then nothing) is parsed and laid out once.
#pragma once

#include <QTextDocument>
#include <QWidget>

class LiveLabel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text) // what screen readers get (common/Accessibility.h)

public:
    explicit LiveLabel(int lines, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &html);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTextDocument &document() { return m_documents[m_current]; }

    int m_lines;
    QString m_text;
    QString m_previousText; // what m_documents[1 - m_current] holds
    QTextDocument m_documents[2];
    int m_current = 0;
};
