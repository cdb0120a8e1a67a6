// See NumberField.h.
#include "NumberField.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

#include <cfloat>
#include <cmath>

namespace {

QLocale strict(QLocale locale)
{
    locale.setNumberOptions(QLocale::RejectGroupSeparator | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

NumberField::NumberField(QWidget *parent) : QDoubleSpinBox(parent)
{
    // Every finite double, unrounded: the model, not the field, says what is allowed.
    setDecimals(DBL_MAX_10_EXP + DBL_DIG);
    setRange(-DBL_MAX, DBL_MAX);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

std::optional<double> NumberField::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = strict(QLocale::c()).toDouble(trimmed, &ok);
    if (!ok) value = strict(QLocale()).toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

QString NumberField::format(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

void NumberField::setValue(double value)
{
    // A prefix or suffix is not in the text valueFromText gets back: those fields round.
    if (!std::isfinite(value) || !prefix().isEmpty() || !suffix().isEmpty()) {
        QDoubleSpinBox::setValue(value);
        return;
    }
    // The shortest text that reads back as `value`, read back by valueFromText: nothing rounds.
    lineEdit()->setText(format(value));
    interpretText();
}

QValidator::State NumberField::validate(QString &text, int &) const
{
    // Anything may be typed on the way to a number ("1e-", "-"); what is committed is checked.
    return parse(text) ? QValidator::Acceptable : QValidator::Intermediate;
}

double NumberField::valueFromText(const QString &text) const
{
    return parse(text).value_or(value());
}

QString NumberField::textFromValue(double value) const
{
    return format(value);
}

void NumberField::stepBy(int steps)
{
    // Arrow keys: one step, landing on a value with a short decimal form (0.3, not
    // 0.30000000000000004), which is what a user stepping expects to see.
    const double next = value() + steps * singleStep();
    const double tidy = QString::number(next, 'g', 12).toDouble();
    setValue(std::abs(tidy) < 1e-12 * std::abs(singleStep()) ? 0.0 : tidy);
    selectAll();
}

QSize NumberField::sizeHint() const
{
    QSize hint = QDoubleSpinBox::sizeHint();
    const QFontMetrics metrics(font());
    hint.setWidth(hint.width() - metrics.horizontalAdvance(format(-DBL_MAX)) +
                  metrics.horizontalAdvance(QStringLiteral("-12.3456")));
    return hint;
}

QSize NumberField::minimumSizeHint() const
{
    return sizeHint();
}

void NumberField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) checkTypedText();
    QDoubleSpinBox::keyPressEvent(event);
}

void NumberField::focusOutEvent(QFocusEvent *event)
{
    checkTypedText();
    QDoubleSpinBox::focusOutEvent(event);
}

void NumberField::checkTypedText()
{
    const QString text = lineEdit()->text();
    if (parse(text)) return;
    emit textRefused(tr("\"%1\" is not a finite number").arg(text.trimmed()));
}
