// libFuzzer harness for the formula engine: any bytes must parse or give an error with a
// column inside the input, and every evaluation pass must return (NaN and infinities are
// fine, crashes, hangs and sanitizer reports are not). Built with -fsanitize=fuzzer under
// ACTIVATION_FUZZ; replay_main.cpp replays its corpus and regressions in every build.
#include "formula.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const act::ParseResult parsed = act::Formula::parse(text);
    if (!parsed) {
        const act::ParseError &e = parsed.error();
        if (e.column < 1 || e.column > size + 1 || e.message.empty()) std::abort();
        return 0;
    }
    const act::Formula &f = *parsed;
    const std::vector<double> params(f.parameters().size(), 0.5);
    for (double x : {-1000.0, -1.0, 0.0, 1e-300, 2.5, 800.0})
        (void)f.evaluate(x, params), (void)f.checked(x, params);
    // The MPFR pass and the kink search cost more: keep them to formulas of modest size so a
    // fuzzing run stays fast.
    if (f.nodeCount() <= 200) {
        (void)f.accurate(-3.0, params);
        (void)f.kinks(params, -10.0, 10.0);
    }
    return 0;
}
