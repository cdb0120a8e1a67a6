#!/usr/bin/env bash
# Our span kernels against PyTorch's CPU kernels, float64, one thread, 2^20 points, measured in
# one run: bench/pytorch_baseline.py (Debian's python3-torch 1.13, run by /usr/bin/python3),
# then span-benchmark with its CSV. Usage: bench/compare_pytorch.sh [BUILD_DIR] [REPEATS]
# Both sides time the same way: REPEATS single calls per function and output, each right after
# an untimed warm-up call of the same thing, and take the median of the wall-clock times.
# With ATEN_CPU_CAPABILITY=avx512 PyTorch uses its AVX-512 kernels (its default here is AVX2).
set -euo pipefail
build="${1:-build}"
repeats="${2:-31}"
here="$(cd "$(dirname "$0")" && pwd)"
csv="$(mktemp)"
trap 'rm -f "$csv"' EXIT
OMP_NUM_THREADS=1 /usr/bin/python3 "$here/pytorch_baseline.py" "$repeats" >"$csv"
"$build/bench/span-benchmark" --repeats="$repeats" --benchmark_filter='/new' --pytorch="$csv" \
    2>/dev/null | sed -n '/^span kernels/,$p'
