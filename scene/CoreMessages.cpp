// Each message mirrors one case of act::parseErrorMessage() or an act::describe(): the English
// source texts are the core's words, so an untranslated message equals the core's
// (test_core_messages checks that for every code).
#include "CoreMessages.h"

#include <QCoreApplication>

#include <cmath>

#include <cstdint>

namespace coremessages {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString found(const std::string &what)
{
    return what.empty() ? QCoreApplication::translate("CoreMessages", "the end of the formula")
                        : fromStd(what);
}

} // namespace

QString parseError(const act::ParseError &e)
{
    using Code = act::ParseErrorCode;
    const QString column = QString::number(e.column);
    const QString name = fromStd(e.name);
    switch (e.code) {
    case Code::TooLong:
        return QCoreApplication::translate("CoreMessages",
                                           "the formula is longer than %1 characters at column %2")
            .arg(QString::number(e.count), column);
    case Code::InvalidUtf8:
        return QCoreApplication::translate("CoreMessages", "invalid UTF-8 byte %1 at column %2")
            .arg(name, column);
    case Code::Empty:
        return QCoreApplication::translate("CoreMessages", "the formula is empty at column %1")
            .arg(column);
    case Code::UnmatchedClose:
        return QCoreApplication::translate("CoreMessages", "unmatched ')' at column %1")
            .arg(column);
    case Code::CommaOutsideCall:
        return QCoreApplication::translate("CoreMessages",
                                           "',' outside a function's arguments at column %1")
            .arg(column);
    case Code::ExpectedOperator:
        return QCoreApplication::translate("CoreMessages",
                                           "expected an operator before %1 at column %2")
            .arg(found(e.name), column);
    case Code::TooDeep:
        return QCoreApplication::translate(
                   "CoreMessages", "the formula is nested more than %1 levels deep at column %2")
            .arg(QString::number(e.count), column);
    case Code::NumberOutOfRange:
        return QCoreApplication::translate("CoreMessages",
                                           "the number %1 is out of range at column %2")
            .arg(name, column);
    case Code::MalformedNumber:
        return QCoreApplication::translate("CoreMessages", "malformed number %1 at column %2")
            .arg(name, column);
    case Code::ExpectedCommaOrClose:
        return QCoreApplication::translate(
                   "CoreMessages", "expected ',' or ')' in the arguments, found %1 at column %2")
            .arg(found(e.name), column);
    case Code::WrongArgumentCount: {
        const QString given = QString::number(e.count);
        const QString lo = QString::number(e.minArguments);
        if (e.maxArguments == SIZE_MAX)
            return QCoreApplication::translate("CoreMessages",
                                               "%1 takes %2 or more arguments, got %3 at column %4")
                .arg(name, lo, given, column);
        if (e.maxArguments > e.minArguments)
            return QCoreApplication::translate("CoreMessages",
                                               "%1 takes %2 to %3 arguments, got %4 at column %5")
                .arg(name, lo, QString::number(e.maxArguments), given, column);
        if (e.maxArguments == 1)
            return QCoreApplication::translate("CoreMessages",
                                               "%1 takes 1 argument, got %2 at column %3")
                .arg(name, given, column);
        return QCoreApplication::translate("CoreMessages",
                                           "%1 takes %2 arguments, got %3 at column %4")
            .arg(name, lo, given, column);
    }
    case Code::ParameterDependsOnX:
        return QCoreApplication::translate("CoreMessages",
                                           "the parameters of %1 must not depend on x at column %2")
            .arg(name, column);
    case Code::UnknownName:
        if (e.suggestion.empty())
            return QCoreApplication::translate("CoreMessages", "unknown name '%1' at column %2")
                .arg(name, column);
        return QCoreApplication::translate("CoreMessages",
                                           "unknown name '%1' at column %2 \u2014 did you mean %3?")
            .arg(name, column, fromStd(e.suggestion));
    case Code::MissingClose:
        return QCoreApplication::translate("CoreMessages", "missing ')' for this '(' at column %1")
            .arg(column);
    case Code::ValueExpected:
        return QCoreApplication::translate(
                   "CoreMessages", "the formula ends where a value was expected at column %1")
            .arg(column);
    case Code::ExpectedValue:
        return QCoreApplication::translate(
                   "CoreMessages", "expected a number, x, a name or '(', found %1 at column %2")
            .arg(found(e.name), column);
    case Code::FunctionNotCalled:
        return QCoreApplication::translate("CoreMessages",
                                           "'%1' is a function: write %1(...) at column %2")
            .arg(name, column);
    }
    return fromStd(e.message);
}

QString domain(const act::ParameterSpec &p)
{
    const bool lowBounded = std::isfinite(p.domainMin);
    const bool highBounded = std::isfinite(p.domainMax);
    if (!lowBounded && !highBounded)
        return QCoreApplication::translate("CoreMessages", "a finite number");
    const QString low =
        (p.domainMinOpen ? QStringLiteral("> ") : QStringLiteral(">= ")) + number(p.domainMin);
    const QString high =
        (p.domainMaxOpen ? QStringLiteral("< ") : QStringLiteral("<= ")) + number(p.domainMax);
    if (lowBounded && highBounded)
        //: A parameter's domain, both bounds: ">= 0 and <= 1"
        return QCoreApplication::translate("CoreMessages", "%1 and %2").arg(low, high);
    return lowBounded ? low : high;
}

QString parameterProblem(act::FunctionId id, const act::ParameterProblem &problem)
{
    using Kind = act::ParameterProblem::Kind;
    const QString name = QString::fromUtf8(act::spec(id).name);
    switch (problem.kind) {
    case Kind::NoSuchParameter:
        return QCoreApplication::translate("CoreMessages", "%1 has no parameter number %2")
            .arg(name, QString::number(problem.index));
    case Kind::OutOfDomain: {
        const act::ParameterSpec &p = act::spec(id).parameters[problem.index];
        return QCoreApplication::translate("CoreMessages", "%1 parameter %2 must be %3, got %4")
            .arg(name, QString::fromUtf8(p.key.data(), qsizetype(p.key.size())), domain(p),
                 number(problem.value));
    }
    case Kind::MinNotBelowMax:
        return QCoreApplication::translate(
                   "CoreMessages", "%1 parameter min must be less than max, got min=%2 and max=%3")
            .arg(name, number(problem.value), number(problem.other));
    case Kind::LowerAboveUpper:
        return QCoreApplication::translate(
                   "CoreMessages",
                   "%1 parameter lower must not exceed upper, got lower=%2 and upper=%3")
            .arg(name, number(problem.value), number(problem.other));
    }
    return QString::fromStdString(act::describe(id, problem));
}

QString settingsProblem(const act::SettingsProblem &problem)
{
    using Kind = act::SettingsProblem::Kind;
    const QString limit = QString::number(problem.limit);
    switch (problem.kind) {
    case Kind::NoActivation:
        return QCoreApplication::translate("CoreMessages", "there is no activation function");
    case Kind::Parameter:
        return parameterProblem(problem.function, problem.parameter);
    case Kind::WeightVariance:
        return QCoreApplication::translate("CoreMessages",
                                           "the weight variance must be a finite number >= 0");
    case Kind::BiasVariance:
        return QCoreApplication::translate("CoreMessages",
                                           "the bias variance must be a finite number >= 0");
    case Kind::InputVariance:
        return QCoreApplication::translate("CoreMessages",
                                           "the input variance must be a finite number >= 0");
    case Kind::Layers:
        return QCoreApplication::translate("CoreMessages",
                                           "the number of layers must be from 1 to %1")
            .arg(limit);
    case Kind::Width:
        return QCoreApplication::translate("CoreMessages", "the width must be from 1 to %1")
            .arg(limit);
    case Kind::Batch:
        return QCoreApplication::translate("CoreMessages", "the batch must be from 1 to %1")
            .arg(limit);
    case Kind::StoredValues:
        return QCoreApplication::translate("CoreMessages",
                                           "layers × width × batch must be at most %1 (the "
                                           "backward pass keeps φ'(h) of every layer: 256 MiB)")
            .arg(limit);
    case Kind::HistogramBins:
        return QCoreApplication::translate("CoreMessages", "the histogram needs 1 to %1 bins")
            .arg(limit);
    case Kind::HistogramRange:
        return QCoreApplication::translate("CoreMessages",
                                           "the histogram range must be finite with min < max");
    }
    return fromStd(act::describe(problem));
}

QString fixedPoint(const act::FixedPoint &point)
{
    // %.6g, as the core writes it.
    const QString q = QString::number(point.qStar, 'g', 6);
    switch (point.status) {
    case act::FixedPointStatus::Converged:
        //: The fixed point of the variance q was found.
        return QCoreApplication::translate("CoreMessages", "converged");
    case act::FixedPointStatus::Diverged:
        return QCoreApplication::translate(
                   "CoreMessages", "no fixed point: q grows without bound (it passed %1 and kept "
                                   "growing; chaotic side with an unbounded activation)")
            .arg(q);
    case act::FixedPointStatus::NotConverged:
        return QCoreApplication::translate("CoreMessages",
                                           "no fixed point reached: q was still changing at %1")
            .arg(q);
    }
    return fromStd(act::describe(point));
}

QString softmaxError(act::SoftmaxError error)
{
    using E = act::SoftmaxError;
    switch (error) {
    case E::None:
        return QCoreApplication::translate("CoreMessages", "no error");
    case E::Empty:
        return QCoreApplication::translate("CoreMessages", "there are no logits");
    case E::NonFinite:
        return QCoreApplication::translate("CoreMessages",
                                           "a logit is not a finite number (NaN or infinity)");
    case E::BadTemperature:
        return QCoreApplication::translate("CoreMessages",
                                           "the temperature must be a finite number above 0");
    case E::SizeMismatch:
        return QCoreApplication::translate("CoreMessages",
                                           "the output has a different size than the logits");
    }
    const std::string_view text = act::describe(error);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int cursorPosition(const QString &text, const act::ParseError &error)
{
    // Walk code points: a surrogate pair is one character of the column, two of the cursor.
    qsizetype position = 0;
    for (std::size_t column = 1; column < error.column && position < text.size(); ++column)
        position += text[position].isHighSurrogate() && position + 1 < text.size() ? 2 : 1;
    return int(position);
}

} // namespace coremessages
