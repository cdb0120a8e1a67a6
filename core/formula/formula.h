// Typed formulas: a parsed expression in x and named parameters, with its first two derivatives
// by forward-mode automatic differentiation, and a refined evaluation (MPFR) wherever double
// precision is not enough. Plain C++20, no Qt; the catalogue functions come from activation_core.
#pragma once

#include "activations.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace act {

namespace formula {
struct Tape;
}

// Why parsing stopped: what the message says, as a code with its arguments, so that a window
// can say it in its own language (core has no translations).
enum class ParseErrorCode {
    TooLong,              // count: kMaxFormulaLength
    InvalidUtf8,          // name: the byte, "0xC3"
    Empty,                // nothing but spaces
    UnmatchedClose,       // a ')' with no '('
    CommaOutsideCall,     // a ',' outside a function's arguments
    ExpectedOperator,     // name: what came instead
    TooDeep,              // count: kMaxFormulaNesting
    NumberOutOfRange,     // name: the number as typed
    MalformedNumber,      // name: the number as typed
    ExpectedCommaOrClose, // name: what came instead, in a call's arguments
    WrongArgumentCount,   // name: the function; minArguments, maxArguments; count: given
    ParameterDependsOnX,  // name: the catalogue function
    UnknownName,          // name; suggestion: the nearest function name, or empty
    MissingClose,         // a '(' with no ')'
    ValueExpected,        // the formula ends where a value was expected
    ExpectedValue,        // name: what came instead of a value
    FunctionNotCalled,    // name: a function written without its arguments
};

// Where parsing stopped and why. `column` counts characters (UTF-8 code points) from 1; the
// message is a whole English sentence that names the column too (parseErrorMessage()).
struct ParseError
{
    std::size_t column = 1;
    std::string message;
    ParseErrorCode code = ParseErrorCode::Empty;
    // What the code's message names: a name, a number as typed, or what was found instead
    // ('c' quoted, U+0007 for a control character; empty for the end of the formula).
    std::string name;
    std::string suggestion;
    std::size_t count = 0;
    std::size_t minArguments = 0;
    std::size_t maxArguments = 0; // SIZE_MAX: no upper limit
};

// The English sentence for an error's code, arguments and column (ParseError::message).
std::string parseErrorMessage(const ParseError &error);

inline constexpr std::size_t kMaxFormulaLength = 10000; // bytes
inline constexpr int kMaxFormulaNesting = 200;          // parentheses, calls, unary signs, powers

class ParseResult;

class Formula
{
public:
    static ParseResult parse(std::string_view text);

    const std::string &text() const;
    // Identifiers other than x, pi, e and function names, in order of first appearance.
    const std::vector<std::string> &parameters() const;
    std::optional<std::size_t> findParameter(std::string_view name) const;
    std::vector<double> defaultParameters() const; // 1 for each
    std::size_t nodeCount() const;

    // The double pass: f, f', f'' by automatic differentiation. `params` has one value per
    // parameters() entry, or is empty for the defaults. A point outside the domain (log of a
    // negative number, division by zero) gives NaN or an infinity there, a gap in a plot.
    Derivatives evaluate(double x, std::span<const double> params = {}) const;
    // As above for many points; an output span may be empty to skip it, otherwise it has
    // x.size() elements.
    void evaluate(std::span<const double> x, std::span<const double> params, std::span<double> f,
                  std::span<double> d1, std::span<double> d2) const;

    // The double pass with a running bound on its rounding error, per component (first order
    // error analysis: every operation adds its own rounding and passes on its inputs' errors,
    // amplified by how sensitive it is to them).
    struct Checked
    {
        Derivatives value;
        Derivatives errorBound; // absolute; infinity where the pass overflowed or was NaN
    };
    Checked checked(double x, std::span<const double> params = {}) const;

    // The MPFR pass alone: precision raised from `startBits` (128 unless a neighbouring point
    // needed more; by what the error bound says is missing, or up to four times) until two
    // successive evaluations agree to 1e-13 relative and the last one's own error bound is
    // below that too, then rounded to double. `bits` is the precision of the accepted
    // evaluation; `converged` is false when the cap (8192 bits) was reached first (a true 0
    // computed with cancellation, for example).
    struct Refined
    {
        Derivatives value;
        int bits;
        bool converged;
    };
    Refined refine(double x, std::span<const double> params = {}, int startBits = 128) const;

    // f, f', f'' within 1e-12 relative of the true value wherever that value is a finite
    // double: the checked double pass where its error bound allows, refine() elsewhere.
    Derivatives accurate(double x, std::span<const double> params = {}) const;
    // As above for many points, spread over the machine's cores (MPFR points cost up to a
    // millisecond each).
    void accurate(std::span<const double> x, std::span<const double> params, std::span<double> f,
                  std::span<double> d1, std::span<double> d2) const;

    // Points in [lo, hi] where f or a derivative may jump: zeros of the arguments of abs, of
    // a − b in min/max, of the denominators of divisions (order 0, a pole), and the points
    // where a catalogue function's argument reaches that function's discontinuities. Order is
    // the lowest derivative that may jump there (see act::Discontinuity). Ascending in x.
    std::vector<Discontinuity> kinks(std::span<const double> params, double lo, double hi) const;

private:
    explicit Formula(std::shared_ptr<const formula::Tape> tape) : m_tape(std::move(tape)) {}
    std::span<const double> resolve(std::span<const double> params,
                                    std::vector<double> &storage) const;
    // accurate() for the next point of a run: `bits` is the precision the last refined
    // point was accepted at, where this one's refinement starts; updated.
    Derivatives accurate(double x, std::span<const double> params, int &bits) const;
    std::shared_ptr<const formula::Tape> m_tape;
    friend class ParseResult;
    friend struct formula::Tape;
};

// Either a Formula or the ParseError that stopped it (std::expected is C++23).
class ParseResult
{
public:
    ParseResult(Formula formula) : m_value(std::move(formula)) {}
    ParseResult(ParseError error) : m_value(std::move(error)) {}
    bool has_value() const { return m_value.index() == 0; }
    explicit operator bool() const { return has_value(); }
    const Formula &value() const { return std::get<Formula>(m_value); }
    const Formula &operator*() const { return value(); }
    const Formula *operator->() const { return &value(); }
    const ParseError &error() const { return std::get<ParseError>(m_value); }

private:
    std::variant<Formula, ParseError> m_value;
};

} // namespace act
