"""The kernels of fastmath computed with NumPy (and plain Python loops for the recurrences)."""
import numpy as np


def ema(x, alpha):
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    state = x[0] if x.size else 0.0
    for i, v in enumerate(x):
        state = alpha * v + (1.0 - alpha) * state
        out[i] = state
    return out


def stencil1d(x, weights):
    x = np.asarray(x, dtype=np.float64)
    left, center, right = weights
    out = x.copy()
    out[1:-1] = left * x[:-2] + center * x[1:-1] + right * x[2:]
    return out


def laplacian2d(grid, spacing=1.0):
    g = np.asarray(grid, dtype=np.float64)
    out = np.zeros_like(g)
    out[1:-1, 1:-1] = (g[:-2, 1:-1] + g[2:, 1:-1] + g[1:-1, :-2] + g[1:-1, 2:] - 4.0 * g[1:-1, 1:-1]) / spacing**2
    return out
