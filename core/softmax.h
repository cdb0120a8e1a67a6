// The output family: softmax with temperature, log-softmax, softmin, the softmax Jacobian and
// the entropy of a distribution. Plain C++20, no Qt; exact for large logits (the maximum is
// subtracted before exponentiating).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace act {

enum class SoftmaxError {
    None,
    Empty,          // no logits
    NonFinite,      // a logit is NaN or infinite
    BadTemperature, // temperature not finite or <= 0
    SizeMismatch,   // output span has the wrong size
};
std::string_view describe(SoftmaxError error); // a sentence naming the problem

// p_i = exp(z_i/T) / sum_j exp(z_j/T). On error the output is left untouched.
SoftmaxError softmax(std::span<const double> logits, double temperature,
                     std::span<double> probabilities);
// log p_i, accurate also where p_i underflows.
SoftmaxError logSoftmax(std::span<const double> logits, double temperature,
                        std::span<double> logProbabilities);
// softmax(-z/T): the smallest logit gets the largest probability.
SoftmaxError softmin(std::span<const double> logits, double temperature,
                     std::span<double> probabilities);
// The gradient of softmax with respect to the logits at T = 1: J = diag(p) - p p^T, written
// row-major into an n*n span. (For temperature T, divide by T.)
SoftmaxError softmaxJacobian(std::span<const double> probabilities, std::span<double> jacobian);

// Shannon entropy in nats of a probability vector, -sum p log p (0 log 0 = 0).
double entropy(std::span<const double> probabilities);
// Index of the largest entry (the first one on ties); 0 for an empty span.
std::size_t argmax(std::span<const double> values);

} // namespace act
