// A number field that takes what the command line takes: exponents (1e-2), -0, and both the C
// locale's decimal point and the user's decimal separator. It never rounds, clamps or rewrites
// a typed value: it shows the value it holds exactly (shortest round-trip digits), any finite
// double fits, and text that is no number is refused with a reason (textRefused) while the
// previous value stays. Whoever receives valueChanged decides whether the value is allowed.
#pragma once

#include <QDoubleSpinBox>

#include <optional>

class NumberField : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberField(QWidget *parent = nullptr);

    // The number `text` stands for, or none. Group separators are refused: "1,5" is not 15.
    static std::optional<double> parse(const QString &text);
    // The shortest text that reads back as exactly `value`, in the C locale.
    static QString format(double value);

    // Shows and holds exactly `value`. Hides QDoubleSpinBox::setValue, which rounds every value
    // through QString::number(value, 'f', decimals()): at the 323 decimals any double needs, a
    // third of a million instructions, a sixteenth of a slider frame. Non-finite values, and a
    // field with a prefix or suffix, go to it.
    void setValue(double value);

    QValidator::State validate(QString &text, int &position) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    void stepBy(int steps) override;
    // As wide as a typical value, not as the widest double (-1.7976931348623157e+308).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Typed text that is no finite number was committed; the field shows its value again.
    void textRefused(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void checkTypedText();
};
