// Turns the catalogue's display formulas into rich text: italic variables, real superscripts,
// stacked fractions and piecewise definitions laid out as cases.
#include "FormulaView.h"

#include "CatalogueText.h"
#include "LiveLabel.h"
#include "ScaledFont.h"
#include "SceneModel.h"
#include "WidgetColours.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QtMath>

namespace {

// Splits at `separator` where no parenthesis is open.
QStringList splitTopLevel(const QString &text, const QString &separator)
{
    QStringList parts;
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (depth == 0 && text.mid(i, separator.size()) == separator) {
            parts << text.mid(start, i - start);
            start = i + static_cast<int>(separator.size());
            i = start - 1;
        }
    }
    parts << text.mid(start);
    return parts;
}

bool isVariableLetter(QChar c)
{
    static const QString greek = QString::fromUtf8("αβλθ");
    return greek.contains(c);
}

// Escapes, italicises one-letter names (not e, the constant) and raises ^(…) and ^x.
QString inlineHtml(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == '^' && i + 1 < text.size()) {
            int end = i + 1;
            QString raised;
            if (text[end] == '(') {
                int depth = 0;
                for (; end < text.size(); ++end) {
                    if (text[end] == '(') ++depth;
                    if (text[end] == ')' && --depth == 0) break;
                }
                raised = text.mid(i + 2, end - i - 2);
            } else {
                raised = text[end];
            }
            out += "<sup>" + inlineHtml(raised) + "</sup>";
            i = end;
            continue;
        }
        if (c.isLetter() && c.unicode() < 128) {
            int end = i;
            while (end < text.size() && text[end].isLetterOrNumber() && text[end].unicode() < 128)
                ++end;
            const QString word = text.mid(i, end - i);
            if (word == QLatin1String("if"))
                out += FormulaView::tr("if", "the condition of a piecewise formula: 1 if x > 0");
            else
                out += (word.size() == 1 && word != "e") ? "<i>" + word + "</i>" : word;
            i = end - 1;
            continue;
        }
        if (c == QChar(0x2032) || c == QChar(0x2033)) {
            // An italic f leans over a bare prime; a hair space keeps it visible.
            out += QString(QChar(0x200A)) + c;
            continue;
        }
        if (isVariableLetter(c)) {
            out += QString("<i>%1</i>").arg(c);
            continue;
        }
        out += QString(c).toHtmlEscaped();
    }
    return out;
}

// "(a + b)" -> "a + b", but "(a) + (b)" stays as it is.
QString stripParentheses(QString text)
{
    text = text.trimmed();
    if (!text.startsWith('(') || !text.endsWith(')')) return text;
    int depth = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == '(') ++depth;
        if (text[i] == ')' && --depth == 0 && i + 1 < text.size()) return text;
    }
    return text.mid(1, text.size() - 2);
}

QString fractionHtml(const QString &numerator, const QString &denominator)
{
    return QString("<table cellspacing='0' cellpadding='0' style='border-collapse:collapse'>"
                   "<tr><td align='center' style='border-bottom-style:solid;"
                   "border-bottom-width:1px;border-bottom-color:black;padding:0 3px'>%1</td></tr>"
                   "<tr><td align='center' style='padding:0 3px'>%2</td></tr></table>")
        .arg(inlineHtml(stripParentheses(numerator)), inlineHtml(stripParentheses(denominator)));
}

// The right-hand side: cases, a fraction or plain inline text, as one table cell's content.
QString rightHandHtml(const QString &rhs)
{
    const QStringList pieces = splitTopLevel(rhs, ", ");
    bool piecewise = pieces.size() > 1;
    for (const QString &piece : pieces)
        piecewise = piecewise && (piece.contains(" if ") || piece.startsWith("else"));
    if (piecewise) {
        QString rows;
        for (const QString &piece : pieces) {
            QString value = piece;
            QString condition =
                FormulaView::tr("otherwise", "the last case of a piecewise formula");
            if (piece.startsWith("else")) {
                value = piece.mid(4).trimmed();
            } else {
                const auto at = piece.indexOf(" if ");
                value = piece.left(at);
                condition = "if " + piece.mid(at + 4);
            }
            rows += QString("<tr><td style='padding-right:14px'>%1</td><td>%2</td></tr>")
                        .arg(inlineHtml(value), inlineHtml(condition));
        }
        return QString("<table cellspacing='0'><tr><td valign='middle'><span "
                       "style='font-size:26pt;font-weight:200'>{</span></td><td><table "
                       "cellspacing='1'>%1"
                       "</table></td></tr></table>")
            .arg(rows);
    }
    const QStringList fraction = splitTopLevel(rhs, " / ");
    if (fraction.size() == 2) {
        QString denominator = fraction[1];
        QString after;
        // (1 + |x|)² keeps its power outside the fraction bar.
        if (!denominator.endsWith(')') && denominator.contains(')')) {
            after = denominator.mid(denominator.lastIndexOf(')') + 1);
            denominator = denominator.left(denominator.lastIndexOf(')') + 1);
        }
        const auto open = fraction[0].lastIndexOf(QChar(0x00B7));
        const QString factor = open >= 0 ? fraction[0].left(open + 1) : QString();
        const QString numerator = open >= 0 ? fraction[0].mid(open + 1) : fraction[0];
        return QString("<table cellspacing='0'><tr><td valign='middle'>%1</td><td>%2</td>"
                       "<td valign='middle'>%3</td></tr></table>")
            .arg(inlineHtml(factor), fractionHtml(numerator, denominator), inlineHtml(after));
    }
    return inlineHtml(rhs);
}

// The catalogue's formulas are mathematics but for these phrases (and "if", in inlineHtml()),
// which are put in the installed language before the layout.
QString withTranslatedProse(QString text)
{
    static const char *const phrases[] = {
        QT_TRANSLATE_NOOP("FormulaView", "(α learned)"),
        QT_TRANSLATE_NOOP("FormulaView", "(evaluation); training draws the slope from U(l, u)"),
        QT_TRANSLATE_NOOP("FormulaView", "Φ the standard normal CDF"),
        QT_TRANSLATE_NOOP("FormulaView", "where βx > threshold"),
    };
    for (const char *phrase : phrases)
        text.replace(QString::fromUtf8(phrase), FormulaView::tr(phrase));
    return text;
}

} // namespace

QString FormulaView::toHtml(std::string_view formula)
{
    const QString text = withTranslatedProse(
        QString::fromUtf8(formula.data(), static_cast<qsizetype>(formula.size())));
    const auto equals = text.indexOf(" = ");
    if (equals < 0) return inlineHtml(text);
    return QString("<table cellspacing='0'><tr><td valign='middle'>%1 =&nbsp;</td>"
                   "<td valign='middle'>%2</td></tr></table>")
        .arg(inlineHtml(text.left(equals)), rightHandHtml(text.mid(equals + 3)));
}

FormulaView::FormulaView(SceneModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_function(new QLabel(this)), m_derivative(new QLabel(this)),
      m_values(new LiveLabel(1, this)), m_details(new QLabel(this)),
      m_formulas(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setObjectName("formulaView");
    setAccessibleName(tr("Formula of the current function"));
    m_values->setAccessibleName(tr("Parameter values"));
    m_function->setObjectName("formulaFunction");
    m_derivative->setObjectName("formulaDerivative");
    m_values->setObjectName("formulaValues");
    m_details->setObjectName("formulaDetails");
    m_details->setWordWrap(true);
    for (QLabel *label : {m_function, m_derivative}) {
        // A formula may get less than its one-line width (then arrangeFormulas() wraps it)
        // rather than widen the window.
        label->setMinimumWidth(1);
    }
    for (QLabel *label : {m_function, m_derivative, m_details}) {
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    scaleFormulaFonts();

    // f and f' side by side, then the values and the summary across the whole width.
    m_formulas->addWidget(m_function);
    m_formulas->addWidget(m_derivative);
    m_formulas->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(3);
    layout->addLayout(m_formulas);
    // The values change on every slider step: a LiveLabel repaints without a relayout.
    layout->addWidget(m_values);
    layout->addWidget(m_details);

    connect(m_model, &SceneModel::currentChanged, this, &FormulaView::refresh);
    connect(m_model, &SceneModel::parametersChanged, this, [this](CurveId id) {
        if (id == m_model->current()) refreshValues();
    });
    connect(m_model, &SceneModel::formulasChanged, this, &FormulaView::refresh);
    refresh();
}

void FormulaView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        scaleFormulaFonts();
        arrangeFormulas();
    }
    if (event->type() == QEvent::PaletteChange) refreshValues(); // inline colours of the theme
}

void FormulaView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFormulas();
}

void FormulaView::arrangeFormulas()
{
    // A label's natural width is its text's on one line, which word wrap no longer reports.
    const auto naturalWidth = [](const QLabel *label) {
        if (label->text().isEmpty()) return 0;
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        return qCeil(document.idealWidth());
    };
    const int gap = 4 * fontMetrics().averageCharWidth();
    const int available = contentsRect().width() - layout()->contentsMargins().left() -
                          layout()->contentsMargins().right();
    const bool besideEachOther =
        naturalWidth(m_function) + gap + naturalWidth(m_derivative) <= available;
    m_formulas->setDirection(besideEachOther ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_formulas->setSpacing(besideEachOther ? gap : 3);
    // Only what does not fit on one line wraps: a wrapping label picks a narrow width of its
    // own, which would break a short formula needlessly.
    for (QLabel *label : {m_function, m_derivative})
        label->setWordWrap(naturalWidth(label) > available);
}

void FormulaView::scaleFormulaFonts()
{
    const QFont larger = scaledFont(font(), 1.2);
    m_function->setFont(larger);
    m_derivative->setFont(larger);
}

void FormulaView::refresh()
{
    const CurveId current = m_model->current();
    if (const FormulaCurve *typed =
            current.isFormula() ? m_model->formula(current.formulaKey()) : nullptr) {
        // A typed formula is shown as typed; its derivatives have no text, only values.
        m_function->setText(QStringLiteral("f(x) = <span style='font-family:monospace'>%1</span>")
                                .arg(typed->expression.toHtmlEscaped()));
        m_derivative->setText(QString());
        m_details->setText(
            tr("A typed formula. f′ and f″ are exact (automatic differentiation, no finite "
               "differences) and every value is recomputed with more precision wherever double "
               "precision would be off by more than 1e-12."));
        arrangeFormulas();
        refreshValues();
        return;
    }
    const act::FunctionSpec &spec = act::spec(current.function());
    m_function->setText(toHtml(spec.formula));
    m_derivative->setText(toHtml(spec.derivativeFormula));
    m_details->setText(cataloguetext::summary(spec.id).toHtmlEscaped());
    arrangeFormulas();
    refreshValues();
}

void FormulaView::refreshValues()
{
    const CurveId current = m_model->current();
    if (current.isFormula()) {
        const FormulaCurve *typed = m_model->formula(current.formulaKey());
        if (!typed) return;
        QStringList values;
        for (const FormulaParameter &p : typed->parameters)
            values << QString("%1 = %2").arg(p.name.toHtmlEscaped(),
                                             QLocale::c().toString(p.value, 'g', 5));
        QString text = QString("<b>%1</b>").arg(typed->name.toHtmlEscaped());
        if (!values.isEmpty()) text += tr(" &nbsp; with ") + values.join(", ");
        if (!m_model->isDefault(current))
            text += tr(" &nbsp; <span style='color:gray'>(faint: the default curve)</span>");
        m_values->setText(widgetcolours::themedHtml(text, palette()));
        return;
    }
    const act::FunctionId id = current.function();
    const act::FunctionSpec &spec = act::spec(id);
    QStringList values;
    const act::Parameters &params = m_model->parameters(id);
    for (std::size_t i = 0; i < spec.parameters.size(); ++i)
        values << QString("%1 = %2")
                      .arg(inlineHtml(QString::fromUtf8(spec.parameters[i].symbol)))
                      .arg(QLocale::c().toString(params.values[i], 'g', 5));
    QString text = QString("<b>%1</b>").arg(displayName(id).toHtmlEscaped());
    if (!values.isEmpty()) text += tr(" &nbsp; with ") + values.join(", ");
    if (!m_model->isDefault(id))
        text += tr(" &nbsp; <span style='color:gray'>(faint: the default curve)</span>");
    m_values->setText(widgetcolours::themedHtml(text, palette()));
}
