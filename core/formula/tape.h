// The parsed formula as a tape: nodes in post-order, each referring to earlier nodes only, so
// every evaluation is one loop over an array (no recursion, however deep the expression was).
// Internal to the formula library.
#pragma once

#include "activations.h"
#include "formula.h"

#include <cstdint>
#include <string>
#include <vector>

namespace act::formula {

enum class Op : std::uint8_t {
    Constant, // a number literal; `literal` indexes Tape::literals (kept for MPFR)
    Pi,
    E,
    X,
    Parameter, // `index` into the parameter values
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Min,
    Max,
    Function,  // an elementary function `fn` of node a
    Catalogue, // act::evaluate(`id`) of node a, parameters from nodes in `args` (or defaults)
};

enum class Fn : std::uint8_t {
    Exp,
    Log,
    Log1p,
    Expm1,
    Sqrt,
    Abs,
    Sin,
    Cos,
    Tan,
    Sinh,
    Cosh,
    Tanh,
    Erf,
    Erfc,
};

inline constexpr std::uint32_t kNoNode = 0xffffffffu;

struct Node
{
    Op op;
    Fn fn = Fn::Exp;
    FunctionId id = FunctionId::Linear;
    bool dependsOnX = false;
    bool exact = true;         // Constant: the literal is exactly its double value
    std::uint32_t a = kNoNode; // operands
    std::uint32_t b = kNoNode;
    std::uint32_t args[kMaxParameters] = {kNoNode, kNoNode}; // Catalogue parameters
    std::uint32_t index = 0; // Parameter: which; Constant: which literal
    double value = 0.0;      // Constant: the literal's double value
    Parameters defaults{};   // Catalogue: the catalogue's defaults, for arguments not given
};

struct Tape
{
    std::string text;
    std::vector<Node> nodes; // the last one is the result
    std::vector<std::string> parameters;
    std::vector<std::string> literals;
};

} // namespace act::formula
