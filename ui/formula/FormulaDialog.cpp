// The dialog checks with the same makeFormulaCurve() the model and scene files use.
#include "FormulaDialog.h"

#include "CoreMessages.h"
#include "SceneModel.h"
#include "WidgetColours.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <variant>

FormulaDialog::FormulaDialog(SceneModel *model, int editKey, QWidget *parent)
    : QDialog(parent), m_model(model), m_editKey(editKey), m_name(new QLineEdit(this)),
      m_expression(new QLineEdit(this)), m_message(new QLabel(this)),
      m_parameters(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName("formulaDialog");
    setWindowTitle(editKey ? tr("Edit Formula") : tr("New Formula"));
    m_name->setObjectName("formulaName");
    m_name->setAccessibleName(tr("Formula name"));
    m_name->setAccessibleDescription(tr("The name shown in the legend"));
    m_name->setMaxLength(FormulaCurve::kMaxNameLength);
    m_expression->setObjectName("formulaExpression");
    m_expression->setAccessibleName(tr("Formula expression"));
    m_expression->setAccessibleDescription(
        tr("A function of x; every other name becomes a parameter with a slider"));
    m_expression->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_expression->setPlaceholderText(QStringLiteral("x*sigmoid(b*x)"));
    m_expression->setMinimumWidth(m_expression->fontMetrics().averageCharWidth() * 48);
    m_message->setObjectName("formulaMessage");
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Formula check"));
    m_parameters->setObjectName("formulaParameters");
    m_parameters->setWordWrap(true);
    widgetcolours::setMuted(m_parameters);

    auto *help = new QLabel(
        tr("Numbers (1.5e-3), x, pi, e; + − * / ^ and parentheses; exp log log1p expm1 sqrt "
           "abs sin cos tan sinh cosh tanh erf erfc min max, and every function of the list by "
           "its command-line name: sigmoid(x), softplus(x), gelu(x), leaky_relu(x) …"),
        this);
    help->setWordWrap(true);
    widgetcolours::setMuted(help);

    auto *form = new QFormLayout;
    form->addRow(tr("&Expression: f(x) ="), m_expression);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_parameters);
    layout->addWidget(help);
    layout->addWidget(m_buttons);

    if (const FormulaCurve *formula = editKey ? m_model->formula(editKey) : nullptr) {
        m_expression->setText(formula->expression);
        m_name->setText(formula->name);
    }
    connect(m_expression, &QLineEdit::textChanged, this, &FormulaDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &FormulaDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormulaDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormulaDialog::reject);
    // Tab in the order the rows are shown (the name field was made first).
    setTabOrder(m_expression, m_name);
    setTabOrder(m_name, m_buttons);
    m_expression->setFocus();
    check();
}

void FormulaDialog::check()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const QString expression = m_expression->text();
    m_name->setPlaceholderText(expression.trimmed().isEmpty() ? tr("the expression")
                                                              : expression.simplified());
    if (expression.trimmed().isEmpty()) {
        m_message->setText(tr("Type a function of x."));
        widgetcolours::setMuted(m_message);
        m_parameters->clear();
        ok->setEnabled(false);
        describeCheck();
        return;
    }
    const auto made = makeFormulaCurve(m_name->text(), expression);
    if (const auto *error = std::get_if<QString>(&made)) {
        m_message->setText(*error);
        widgetcolours::setTextColour(m_message, widgetcolours::kError);
        m_parameters->clear();
        ok->setEnabled(false);
        describeCheck();
        return;
    }
    const FormulaCurve &formula = std::get<FormulaCurve>(made);
    m_message->setText(tr("f, f′ and f″ will be exact (automatic differentiation)."));
    widgetcolours::setMuted(m_message);
    QStringList names;
    for (const FormulaParameter &p : formula.parameters)
        names << p.name;
    m_parameters->setText(names.isEmpty()
                              ? tr("No parameters: a fixed function of x.")
                              : tr("Parameters, each with a slider from −5 to 5 starting at 1 "
                                   "(the range can be changed): %1")
                                    .arg(names.join(QStringLiteral(", "))));
    ok->setEnabled(true);
    describeCheck();
}

void FormulaDialog::describeCheck()
{
    // A screen reader on the expression field hears what is wrong with it, or its parameters.
    QStringList parts{tr("A function of x; every other name becomes a parameter with a slider"),
                      m_message->text()};
    if (!m_parameters->text().isEmpty()) parts << m_parameters->text();
    m_expression->setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

void FormulaDialog::accept()
{
    std::optional<QString> refused;
    if (m_editKey) {
        refused = m_model->editFormula(m_editKey, m_name->text(), m_expression->text());
    } else {
        const auto added = m_model->addFormula(m_name->text(), m_expression->text());
        if (const auto *error = std::get_if<QString>(&added)) refused = *error;
    }
    if (refused) {
        m_message->setText(*refused);
        widgetcolours::setTextColour(m_message, widgetcolours::kError);
        describeCheck();
        // A parse error has a column: put the cursor there. The model parses the trimmed text.
        const QString text = m_expression->text();
        const QString trimmed = text.trimmed();
        const act::ParseResult parsed = act::Formula::parse(trimmed.toStdString());
        if (!parsed) {
            const qsizetype leading = trimmed.isEmpty() ? 0 : text.indexOf(trimmed.front());
            m_expression->setFocus();
            m_expression->setCursorPosition(int(leading) +
                                            coremessages::cursorPosition(trimmed, parsed.error()));
        }
        return;
    }
    QDialog::accept();
}
