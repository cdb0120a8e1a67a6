#!/usr/bin/env python3
"""The benchmark's reference: GELU and its derivative at 1600x1000 px as PNG with matplotlib,
the same figure as `activation-explorer --export OUT --function gelu --derivative`."""
import math
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main(path):
    x = np.linspace(-5.0, 5.0, 2400)
    cdf = 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    ax.plot(x, x * cdf, label="GELU", color="#0072B2", linewidth=2)
    ax.plot(x, cdf + x * pdf, label="GELU  f'(x)", color="#0072B2", linestyle="--", linewidth=1)
    ax.axhline(0, color="#3c3c3c", linewidth=1)
    ax.axvline(0, color="#3c3c3c", linewidth=1)
    ax.grid(True, color="#d7d7d7")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.savefig(path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gelu-matplotlib.png")
