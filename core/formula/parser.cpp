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

// " — did you mean NAME?" for the nearest function name within two edits, else "".
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
    if (best.empty()) return {};
    return " \u2014 did you mean " + std::string(best) + "?";
}

struct Failure
{
    std::size_t pos;
    std::string message; // without the column
};

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
            throw Failure{kMaxFormulaLength, "the formula is longer than " +
                                                 std::to_string(kMaxFormulaLength) + " characters"};
        for (std::size_t pos = 0; pos < m_text.size();) {
            const std::size_t n = utf8Length(m_text, pos);
            if (n == 0) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X",
                              unsigned(static_cast<unsigned char>(m_text[pos])));
                throw Failure{pos, std::string("invalid UTF-8 byte ") + hex};
            }
            pos += n;
        }
        skipSpace();
        if (atEnd()) throw Failure{0, "the formula is empty"};
        expr();
        skipSpace();
        if (!atEnd()) {
            if (peek() == ')') throw Failure{m_pos, "unmatched ')'"};
            if (peek() == ',') throw Failure{m_pos, "',' outside a function's arguments"};
            throw Failure{m_pos, "expected an operator before " + describeHere()};
        }
        return std::move(m_tape);
    }

private:
    struct Depth
    {
        Depth(Parser &p) : parser(p)
        {
            if (++parser.m_depth > kMaxFormulaNesting)
                throw Failure{parser.m_pos, "the formula is nested more than " +
                                                std::to_string(kMaxFormulaNesting) +
                                                " levels deep"};
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
    std::string describeHere() const
    {
        if (atEnd()) return "the end of the formula";
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
            throw Failure{start, "the number " + literal + " is out of range"};
        if (ec != std::errc() || end != literal.data() + literal.size())
            throw Failure{start, "malformed number " + literal};
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
            throw Failure{m_pos, "expected ',' or ')' in the arguments, found " + describeHere()};
        }
    }

    std::uint32_t call(std::string_view name, std::size_t start)
    {
        const std::size_t open = m_pos;
        const std::vector<std::uint32_t> args = arguments();
        auto arity = [&](std::size_t lo, std::size_t hi) {
            if (args.size() >= lo && args.size() <= hi) return;
            std::string want =
                std::to_string(lo) +
                (hi > lo ? (hi == SIZE_MAX ? " or more" : " to " + std::to_string(hi)) : "");
            throw Failure{open, std::string(name) + " takes " + want + " argument" +
                                    (hi == 1 ? "" : "s") + ", got " + std::to_string(args.size())};
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
                    throw Failure{open, "the parameters of " + std::string(name) +
                                            " must not depend on x"};
                n.args[i - 1] = args[i];
            }
            return push(n);
        }
        throw Failure{start, "unknown name '" + std::string(name) + "'" + suggestion(name)};
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
            if (peek() != ')') throw Failure{start, "missing ')' for this '('"};
            ++m_pos;
            return inner;
        }
        auto isAlpha = [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
        };
        if (!isAlpha(c)) {
            if (atEnd()) throw Failure{m_pos, "the formula ends where a value was expected"};
            throw Failure{m_pos, "expected a number, x, a name or '(', found " + describeHere()};
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
        if (isFunction)
            throw Failure{start, "'" + std::string(name) + "' is a function: write " +
                                     std::string(name) + "(...)"};
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

} // namespace

ParseResult Formula::parse(std::string_view text)
{
    try {
        return Formula(std::make_shared<const Tape>(Parser(text).run()));
    } catch (const Failure &failure) {
        const std::size_t column = columnOf(text, failure.pos);
        std::string message = failure.message;
        // The column goes after the first clause: "unknown name 'f' at column 3 — did you …".
        const std::size_t dash = message.find(" \u2014 ");
        const std::string where = " at column " + std::to_string(column);
        message.insert(dash == std::string::npos ? message.size() : dash, where);
        return ParseError{column, message};
    }
}

} // namespace act
