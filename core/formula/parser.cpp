// Formula::parse: a recursive-descent parser that writes the tape (tape.h) in post-order.
// Hostile input is refused with a column, before anything can recurse or allocate without
// bound: a length limit, a nesting limit counted on every recursive rule, UTF-8 checked
// first, numbers beyond the double range refused rather than rounded to infinity or zero.
//
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary)*
//   unary   := ('-' | '+') unary | power
//   power   := primary ('^' unary)?          right-associative: x^y^z = x^(y^z), -x^2 = -(x^2)
//   primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
#include "formula.h"
#include "tape.h"

#include <mpfr.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <numeric>

namespace act {
namespace {

using formula::Fn;
using formula::kNoNode;
using formula::Node;
using formula::Op;
using formula::Tape;

struct Elementary
{
    std::string_view name;
    Fn fn;
};
constexpr Elementary kElementary[] = {
    {"exp", Fn::Exp},   {"log", Fn::Log},   {"log1p", Fn::Log1p}, {"expm1", Fn::Expm1},
    {"sqrt", Fn::Sqrt}, {"abs", Fn::Abs},   {"sin", Fn::Sin},     {"cos", Fn::Cos},
    {"tan", Fn::Tan},   {"sinh", Fn::Sinh}, {"cosh", Fn::Cosh},   {"tanh", Fn::Tanh},
    {"erf", Fn::Erf},   {"erfc", Fn::Erfc},
};

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// The nearest function name within two edits, else "".
std::string suggestion(std::string_view name)
{
    std::string_view best;
    std::size_t bestDistance = 3;
    auto consider = [&](std::string_view candidate) {
        const std::size_t d = editDistance(name, candidate);
        if (d < bestDistance) best = candidate, bestDistance = d;
    };
    for (const Elementary &e : kElementary)
        consider(e.name);
    consider("min");
    consider("max");
    for (const FunctionSpec &f : functions())
        consider(f.name);
    return std::string(best);
}

// A ParseError without its column and message, at a byte offset.
struct Failure
{
    std::size_t pos;
    ParseError error;
};

Failure fail(std::size_t pos, ParseErrorCode code, std::string name = {})
{
    ParseError error;
    error.code = code;
    error.name = std::move(name);
    return Failure{pos, std::move(error)};
}

Failure failCount(std::size_t pos, ParseErrorCode code, std::size_t count)
{
    Failure failure = fail(pos, code);
    failure.error.count = count;
    return failure;
}

// Length of the UTF-8 sequence starting at text[pos], or 0 if it is not valid UTF-8.
std::size_t utf8Length(std::string_view text, std::size_t pos)
{
    const auto c = static_cast<unsigned char>(text[pos]);
    const std::size_t n = c < 0x80           ? 1
                          : (c >> 5) == 0x6  ? 2
                          : (c >> 4) == 0xe  ? 3
                          : (c >> 3) == 0x1e ? 4
                                             : 0;
    if (n == 0 || (n == 2 && c < 0xc2) || pos + n > text.size()) return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((static_cast<unsigned char>(text[pos + i]) & 0xc0) != 0x80) return 0;
    return n;
}

class Parser
{
public:
    explicit Parser(std::string_view text) : m_text(text) { m_tape.text = std::string(text); }

    Tape run()
    {
        if (m_text.size() > kMaxFormulaLength)
            throw failCount(kMaxFormulaLength, ParseErrorCode::TooLong, kMaxFormulaLength);
        for (std::size_t pos = 0; pos < m_text.size();) {
            const std::size_t n = utf8Length(m_text, pos);
            if (n == 0) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X",
                              unsigned(static_cast<unsigned char>(m_text[pos])));
                throw fail(pos, ParseErrorCode::InvalidUtf8, hex);
            }
            pos += n;
        }
        skipSpace();
        if (atEnd()) throw fail(0, ParseErrorCode::Empty);
        expr();
        skipSpace();
        if (!atEnd()) {
            if (peek() == ')') throw fail(m_pos, ParseErrorCode::UnmatchedClose);
            if (peek() == ',') throw fail(m_pos, ParseErrorCode::CommaOutsideCall);
            throw fail(m_pos, ParseErrorCode::ExpectedOperator, describeHere());
        }
        return std::move(m_tape);
    }

private:
    struct Depth
    {
        Depth(Parser &p) : parser(p)
        {
            if (++parser.m_depth > kMaxFormulaNesting)
                throw failCount(parser.m_pos, ParseErrorCode::TooDeep, kMaxFormulaNesting);
        }
        ~Depth() { --parser.m_depth; }
        Parser &parser;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }
    // What is at the current position, for "found ...": empty at the end of the formula.
    std::string describeHere() const
    {
        if (atEnd()) return {};
        const std::size_t n = std::max<std::size_t>(1, utf8Length(m_text, m_pos));
        const auto c = static_cast<unsigned char>(peek());
        if (c < 0x20 || c == 0x7f) {
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", unsigned(c));
            return code;
        }
        return "'" + std::string(m_text.substr(m_pos, n)) + "'";
    }

    std::uint32_t push(Node node)
    {
        if (node.a != kNoNode) node.dependsOnX |= m_tape.nodes[node.a].dependsOnX;
        if (node.b != kNoNode) node.dependsOnX |= m_tape.nodes[node.b].dependsOnX;
        for (std::uint32_t arg : node.args)
            if (arg != kNoNode) node.dependsOnX |= m_tape.nodes[arg].dependsOnX;
        m_tape.nodes.push_back(node);
        return std::uint32_t(m_tape.nodes.size() - 1);
    }
    std::uint32_t binary(Op op, std::uint32_t a, std::uint32_t b)
    {
        Node n{op};
        n.a = a, n.b = b;
        return push(n);
    }

    std::uint32_t expr()
    {
        std::uint32_t left = term();
        for (;;) {
            skipSpace();
            const char c = peek();
            if (c != '+' && c != '-') return left;
            ++m_pos;
            left = binary(c == '+' ? Op::Add : Op::Sub, left, term());
        }
    }
    std::uint32_t term()
    {
        std::uint32_t left = unary();
        for (;;) {
            skipSpace();
            const char c = peek();
            if (c != '*' && c != '/') return left;
            ++m_pos;
            left = binary(c == '*' ? Op::Mul : Op::Div, left, unary());
        }
    }
    std::uint32_t unary()
    {
        skipSpace();
        const char c = peek();
        if (c == '+' || c == '-') {
            Depth depth(*this);
            ++m_pos;
            if (c == '+') return unary();
            Node n{Op::Neg};
            n.a = unary();
            return push(n);
        }
        const std::uint32_t base = primary();
        skipSpace();
        if (peek() != '^') return base;
        Depth depth(*this);
        ++m_pos;
        return binary(Op::Pow, base, unary());
    }

    std::uint32_t number()
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
        };
        digits();
        if (peek() == '.') ++m_pos, digits();
        if (peek() == 'e' || peek() == 'E') {
            std::size_t p = m_pos + 1;
            if (p < m_text.size() && (m_text[p] == '+' || m_text[p] == '-')) ++p;
            if (p < m_text.size() && m_text[p] >= '0' && m_text[p] <= '9') m_pos = p, digits();
        }
        const std::string literal(m_text.substr(start, m_pos - start));
        double value = 0;
        const auto [end, ec] =
            std::from_chars(literal.data(), literal.data() + literal.size(), value);
        if (ec == std::errc::result_out_of_range)
            throw fail(start, ParseErrorCode::NumberOutOfRange, literal);
        if (ec != std::errc() || end != literal.data() + literal.size())
            throw fail(start, ParseErrorCode::MalformedNumber, literal);
        // Exactly representable? (MPFR's ternary value at double precision.)
        mpfr_t probe;
        mpfr_init2(probe, 53);
        const int ternary = mpfr_strtofr(probe, literal.c_str(), nullptr, 10, MPFR_RNDN);
        mpfr_clear(probe);
        Node n{Op::Constant};
        n.value = value;
        n.exact = ternary == 0 && value >= 0x1p-1022; // subnormal doubles are short of 53 bits
        n.exact |= value == 0.0;
        n.index = std::uint32_t(m_tape.literals.size());
        m_tape.literals.push_back(literal);
        return push(n);
    }

    std::vector<std::uint32_t> arguments()
    {
        std::vector<std::uint32_t> args;
        ++m_pos; // '('
        skipSpace();
        if (peek() == ')') return ++m_pos, args;
        for (;;) {
            args.push_back(expr());
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ')') return ++m_pos, args;
            throw fail(m_pos, ParseErrorCode::ExpectedCommaOrClose, describeHere());
        }
    }

    std::uint32_t call(std::string_view name, std::size_t start)
    {
        const std::size_t open = m_pos;
        const std::vector<std::uint32_t> args = arguments();
        auto arity = [&](std::size_t lo, std::size_t hi) {
            if (args.size() >= lo && args.size() <= hi) return;
            Failure failure = failCount(open, ParseErrorCode::WrongArgumentCount, args.size());
            failure.error.name = std::string(name);
            failure.error.minArguments = lo;
            failure.error.maxArguments = hi;
            throw failure;
        };
        if (name == "min" || name == "max") {
            arity(2, SIZE_MAX);
            std::uint32_t r = args[0];
            for (std::size_t i = 1; i < args.size(); ++i)
                r = binary(name == "min" ? Op::Min : Op::Max, r, args[i]);
            return r;
        }
        for (const Elementary &e : kElementary) {
            if (e.name != name) continue;
            arity(1, 1);
            Node n{Op::Function};
            n.fn = e.fn;
            n.a = args[0];
            return push(n);
        }
        if (const auto id = findFunction(name)) {
            arity(1, 1 + spec(*id).parameters.size());
            Node n{Op::Catalogue};
            n.id = *id;
            n.defaults = act::defaults(*id);
            n.a = args[0];
            for (std::size_t i = 1; i < args.size(); ++i) {
                if (m_tape.nodes[args[i]].dependsOnX)
                    throw fail(open, ParseErrorCode::ParameterDependsOnX, std::string(name));
                n.args[i - 1] = args[i];
            }
            return push(n);
        }
        Failure failure = fail(start, ParseErrorCode::UnknownName, std::string(name));
        failure.error.suggestion = suggestion(name);
        throw failure;
    }

    std::uint32_t primary()
    {
        skipSpace();
        const std::size_t start = m_pos;
        const char c = peek();
        if ((c >= '0' && c <= '9') || (c == '.' && m_pos + 1 < m_text.size() &&
                                       m_text[m_pos + 1] >= '0' && m_text[m_pos + 1] <= '9'))
            return number();
        if (c == '(') {
            Depth depth(*this);
            ++m_pos;
            const std::uint32_t inner = expr();
            skipSpace();
            if (peek() != ')') throw fail(start, ParseErrorCode::MissingClose);
            ++m_pos;
            return inner;
        }
        auto isAlpha = [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
        };
        if (!isAlpha(c)) {
            if (atEnd()) throw fail(m_pos, ParseErrorCode::ValueExpected);
            throw fail(m_pos, ParseErrorCode::ExpectedValue, describeHere());
        }
        while (!atEnd() && (isAlpha(peek()) || (peek() >= '0' && peek() <= '9')))
            ++m_pos;
        const std::string_view name = m_text.substr(start, m_pos - start);
        skipSpace();
        if (peek() == '(') {
            Depth depth(*this);
            return call(name, start);
        }
        if (name == "x") return push(Node{Op::X, Fn::Exp, FunctionId::Linear, true});
        if (name == "pi") return push(Node{Op::Pi});
        if (name == "e") return push(Node{Op::E});
        const bool isFunction = name == "min" || name == "max" || findFunction(name) ||
                                std::any_of(std::begin(kElementary), std::end(kElementary),
                                            [&](const Elementary &e) { return e.name == name; });
        if (isFunction) throw fail(start, ParseErrorCode::FunctionNotCalled, std::string(name));
        auto &params = m_tape.parameters;
        const auto found = std::find(params.begin(), params.end(), name);
        Node n{Op::Parameter};
        n.index = std::uint32_t(found - params.begin());
        if (found == params.end()) params.emplace_back(name);
        return push(n);
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_depth = 0;
    Tape m_tape;
};

// Characters (UTF-8 code points; an invalid byte counts as one) before byte `pos`, plus one.
std::size_t columnOf(std::string_view text, std::size_t pos)
{
    std::size_t column = 1;
    for (std::size_t i = 0; i < pos && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) ++column;
    return column;
}

std::string found(const std::string &what)
{
    return what.empty() ? "the end of the formula" : what;
}

} // namespace

std::string parseErrorMessage(const ParseError &e)
{
    const std::string at = " at column " + std::to_string(e.column);
    switch (e.code) {
    case ParseErrorCode::TooLong:
        return "the formula is longer than " + std::to_string(e.count) + " characters" + at;
    case ParseErrorCode::InvalidUtf8:
        return "invalid UTF-8 byte " + e.name + at;
    case ParseErrorCode::Empty:
        return "the formula is empty" + at;
    case ParseErrorCode::UnmatchedClose:
        return "unmatched ')'" + at;
    case ParseErrorCode::CommaOutsideCall:
        return "',' outside a function's arguments" + at;
    case ParseErrorCode::ExpectedOperator:
        return "expected an operator before " + found(e.name) + at;
    case ParseErrorCode::TooDeep:
        return "the formula is nested more than " + std::to_string(e.count) + " levels deep" + at;
    case ParseErrorCode::NumberOutOfRange:
        return "the number " + e.name + " is out of range" + at;
    case ParseErrorCode::MalformedNumber:
        return "malformed number " + e.name + at;
    case ParseErrorCode::ExpectedCommaOrClose:
        return "expected ',' or ')' in the arguments, found " + found(e.name) + at;
    case ParseErrorCode::WrongArgumentCount: {
        const std::size_t lo = e.minArguments, hi = e.maxArguments;
        const std::string want =
            std::to_string(lo) +
            (hi > lo ? (hi == SIZE_MAX ? " or more" : " to " + std::to_string(hi)) : "");
        return e.name + " takes " + want + " argument" + (hi == 1 ? "" : "s") + ", got " +
               std::to_string(e.count) + at;
    }
    case ParseErrorCode::ParameterDependsOnX:
        return "the parameters of " + e.name + " must not depend on x" + at;
    case ParseErrorCode::UnknownName:
        // The column goes after the first clause: "unknown name 'f' at column 3 — did you …".
        return "unknown name '" + e.name + "'" + at +
               (e.suggestion.empty() ? "" : " \u2014 did you mean " + e.suggestion + "?");
    case ParseErrorCode::MissingClose:
        return "missing ')' for this '('" + at;
    case ParseErrorCode::ValueExpected:
        return "the formula ends where a value was expected" + at;
    case ParseErrorCode::ExpectedValue:
        return "expected a number, x, a name or '(', found " + found(e.name) + at;
    case ParseErrorCode::FunctionNotCalled:
        return "'" + e.name + "' is a function: write " + e.name + "(...)" + at;
    }
    return "unknown error" + at;
}

ParseResult Formula::parse(std::string_view text)
{
    try {
        return Formula(std::make_shared<const Tape>(Parser(text).run()));
    } catch (Failure &failure) {
        ParseError error = std::move(failure.error);
        error.column = columnOf(text, failure.pos);
        error.message = parseErrorMessage(error);
        return error;
    }
}

} // namespace act
