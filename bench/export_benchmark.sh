#!/usr/bin/env bash
# Cold-start figure export: activation-explorer --export against the same figure drawn by
# matplotlib (bench/plot_matplotlib.py), both a PNG of GELU and its derivative at 1600x1000.
# Prints the median wall time of RUNS runs (after one unmeasured warm-up that fills font
# caches), the median peak RSS, and the ratio.
#
# Usage: bench/export_benchmark.sh [path/to/activation-explorer]   (RUNS=7 by default)
# Needs: /usr/bin/time (apt install time), python3-matplotlib for the comparison.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../build/app/activation-explorer}
runs=${RUNS:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x $binary ]] || { echo "no executable at $binary; pass the path as the first argument" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt install time)" >&2; exit 2; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME COMMAND...: runs it `runs` times; sets REPLY_MS and REPLY_MIB (medians).
measure() {
    local name=$1
    shift
    "$@" >/dev/null 2>&1 || { echo "$name failed: $*" >&2; "$@"; exit 1; }
    : >"$work/$name.ms"
    : >"$work/$name.kib"
    for ((i = 0; i < runs; i++)); do
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        echo $(((end - start) / 1000)) >>"$work/$name.ms"
        tail -n 1 "$work/rss" >>"$work/$name.kib"
    done
    REPLY_MS=$(median <"$work/$name.ms" | awk '{ printf "%.1f", $1 / 1000 }')
    REPLY_MIB=$(median <"$work/$name.kib" | awk '{ printf "%.1f", $1 / 1024 }')
}

# No display and no platform chosen, as on a build server.
measure explorer env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$binary" --export "$work/explorer.png" --function gelu --derivative --size 1600x1000
explorer_ms=$REPLY_MS
explorer_mib=$REPLY_MIB
printf '%-34s %8s ms  %7s MiB peak RSS\n' "activation-explorer --export" "$explorer_ms" "$explorer_mib"

# The first Python that has matplotlib (a pyenv or venv python3 may not; the distribution's may).
python=
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
    if "$candidate" -c 'import matplotlib' 2>/dev/null; then
        python=$candidate
        break
    fi
done
if [[ -n $python ]]; then
    measure matplotlib env MPLBACKEND=Agg "$python" "$here/plot_matplotlib.py" "$work/matplotlib.png"
    printf '%-34s %8s ms  %7s MiB peak RSS\n' "matplotlib (plot_matplotlib.py)" "$REPLY_MS" "$REPLY_MIB"
    awk -v a="$explorer_ms" -v b="$REPLY_MS" 'BEGIN { printf "matplotlib / activation-explorer: %.1fx the time\n", b / a }'
else
    echo "matplotlib not installed (apt install python3-matplotlib); comparison skipped"
fi
echo "median of $runs runs each; PNG 1600x1000, GELU and its derivative"
