#!/usr/bin/python3
"""PyTorch's CPU kernels in float64 on one thread, for span-benchmark to compare against.

Prints CSV `function,f_ms,d1_ms,f_kernel`: the median time of f over 2^20 points (an aten `.out`
variant writing into a preallocated tensor where PyTorch has one, as span-benchmark writes into a
preallocated span; otherwise the functional call) and of f' (autograd's backward of f with a
ones gradient, the graph built once). Inputs are the same as span-benchmark's: -8 .. 8 in a
scrambled order. Needs Debian's python3-torch (1.13); run with /usr/bin/python3.

Method, the same as span-benchmark's: REPEATS (argument 1, default 31) single calls, each one
preceded by an untimed warm-up call of the same thing, timed with time.perf_counter (wall
clock); the figure is the median of the REPEATS times. The input, the .out variants' output and
the backward's graph are made once for the whole run.
"""
import sys
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
N = 1 << 20
REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 31

idx = (torch.arange(N, dtype=torch.int64) * 2654435761) % N
x = -8.0 + 16.0 * idx.to(torch.float64) / N

aten = torch.ops.aten
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946

# name: (functional f, aten .out overload or None)
FUNCTIONS = {
    "linear": (lambda t: t * 1.0, lambda t, o: torch.mul(t, 1.0, out=o)),
    "sigmoid": (torch.sigmoid, lambda t, o: torch.sigmoid(t, out=o)),
    "tanh": (torch.tanh, lambda t, o: torch.tanh(t, out=o)),
    "relu": (torch.relu, lambda t, o: torch.clamp_min(t, 0.0, out=o)),
    "leaky_relu": (lambda t: F.leaky_relu(t, 0.01), lambda t, o: aten.leaky_relu.out(t, 0.01, out=o)),
    "prelu": (lambda t: F.prelu(t, torch.tensor([0.25], dtype=torch.float64)), None),
    "rrelu": (lambda t: F.rrelu(t, 1 / 8, 1 / 3, training=False), None),
    "elu": (F.elu, lambda t, o: aten.elu.out(t, 1.0, 1.0, 1.0, out=o)),
    "selu": (F.selu, lambda t, o: aten.elu.out(t, SELU_ALPHA, SELU_SCALE, 1.0, out=o)),
    "celu": (F.celu, lambda t, o: aten.elu.out(t, 1.0, 1.0, 1.0, out=o)),
    "gelu": (F.gelu, lambda t, o: aten.gelu.out(t, out=o)),
    "gelu_tanh": (lambda t: F.gelu(t, approximate="tanh"), lambda t, o: aten.gelu.out(t, approximate="tanh", out=o)),
    "swish": (F.silu, lambda t, o: aten.silu.out(t, out=o)),
    "silu": (F.silu, lambda t, o: aten.silu.out(t, out=o)),
    "softplus": (F.softplus, lambda t, o: aten.softplus.out(t, 1.0, 20.0, out=o)),
    "relu6": (F.relu6, lambda t, o: aten.hardtanh.out(t, 0.0, 6.0, out=o)),
    "mish": (F.mish, lambda t, o: aten.mish.out(t, out=o)),
    "softsign": (F.softsign, None),
    "hardtanh": (F.hardtanh, lambda t, o: aten.hardtanh.out(t, -1.0, 1.0, out=o)),
    "hardsigmoid": (F.hardsigmoid, lambda t, o: aten.hardsigmoid.out(t, out=o)),
    "hardswish": (F.hardswish, lambda t, o: aten.hardswish.out(t, out=o)),
    "logsigmoid": (F.logsigmoid, None),
    "tanhshrink": (F.tanhshrink, None),
    "softshrink": (F.softshrink, lambda t, o: aten.softshrink.out(t, 0.5, out=o)),
    "hardshrink": (F.hardshrink, lambda t, o: aten.hardshrink.out(t, 0.5, out=o)),
    "threshold": (lambda t: F.threshold(t, 0.0, 0.0), lambda t, o: aten.threshold.out(t, 0.0, 0.0, out=o)),
}


def median_ms(call):
    times = []
    for _ in range(REPEATS):
        call()  # the warm-up, untimed
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2] * 1e3


def main():
    print("function,f_ms,d1_ms,f_kernel")
    out = torch.empty_like(x)
    ones = torch.ones_like(x)
    for name, (functional, out_variant) in FUNCTIONS.items():
        kernel = "out"
        if out_variant is not None:
            try:
                out_variant(x, out)
                f_ms = median_ms(lambda: out_variant(x, out))
            except (RuntimeError, TypeError):
                out_variant = None
        if out_variant is None:
            kernel = "functional"
            f_ms = median_ms(lambda: functional(x))
        xg = x.clone().requires_grad_(True)
        y = functional(xg)
        d1_ms = median_ms(lambda: torch.autograd.grad(y, xg, ones, retain_graph=True))
        print(f"{name},{f_ms:.4f},{d1_ms:.4f},{kernel}", flush=True)


if __name__ == "__main__":
    main()
