// Rich text that may change on every frame of a drag. A QLabel asks the whole window to lay
// itself out again whenever its text changes, which cost more than redrawing the curves; this
// label has a fixed number of lines, only repaints itself, and wraps to whatever width it gets.
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
    int m_lines;
    QString m_text;
    QTextDocument m_document;
};
