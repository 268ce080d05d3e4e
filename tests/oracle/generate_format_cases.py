#!/usr/bin/python3
"""Regenerates format_random_cases.json: random arrays and NumPy's repr of each.

Run with a Python that has NumPy 1.24 (Debian's /usr/bin/python3):
    /usr/bin/python3 tests/oracle/generate_format_cases.py > tests/ArrayBridge.Tensor.Tests/Data/format_random_cases.json

Each case holds the dtype string, the shape, the C-order bytes of the array in that dtype
(byte order included) as hex, and repr(arr) under the default print options.
"""
import json
import warnings

import numpy as np

assert np.__version__.startswith("1.24"), np.__version__
np.set_printoptions()  # defaults
rng = np.random.default_rng(20240611)

FLOAT_DTYPES = ["<f8", "<f8", "<f8", "<f4", "<f4", "<f2", ">f8", ">f4", ">f2"]
COMPLEX_DTYPES = ["<c16", "<c8", ">c16", ">c8"]
INT_DTYPES = ["<i8", "<i4", "|i1", "|u1", "<u2", "<i2", "<u4", "<u8", ">i4", ">i8"]


def shape_for(case):
    if case % 30 == 29:
        # Summarised: more than 1000 elements.
        if rng.random() < 0.5:
            return (int(rng.integers(1001, 1100)),)
        return (int(rng.integers(32, 37)), int(rng.integers(32, 37)))
    kind = rng.integers(0, 38)
    if kind < 22:
        return (int(rng.integers(1, 25)),)
    if kind < 30:
        return (int(rng.integers(1, 7)), int(rng.integers(1, 9)))
    if kind < 35:
        return (int(rng.integers(1, 4)), int(rng.integers(1, 4)), int(rng.integers(1, 5)))
    return ()


def values(n):
    style = rng.integers(0, 8)
    sign = rng.choice([-1.0, 1.0], size=n)
    if style == 0:
        v = rng.uniform(-1, 1, n) * 10.0 ** rng.integers(-12, 13)
    elif style == 1:
        v = sign * 10.0 ** rng.uniform(-12, 12, n)
    elif style == 2:
        v = rng.integers(-1000, 1000, n).astype(float)
    elif style == 3:
        v = np.round(rng.uniform(-100, 100, n), int(rng.integers(0, 5)))
    elif style == 4:
        v = sign * 10.0 ** rng.uniform(-3, 3, n)
    elif style == 5:
        v = rng.uniform(0, 1, n)
    elif style == 6:
        v = sign * 10.0 ** rng.uniform(-320, 308, n)
    else:
        v = np.round(rng.uniform(-1, 1, n) * 10.0 ** rng.integers(0, 9), int(rng.integers(0, 10)))
    # Sprinkle special values.
    if rng.random() < 0.3:
        specials = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0])
        k = int(rng.integers(1, 4))
        idx = rng.integers(0, n, k)
        v[idx] = rng.choice(specials, k)
    return v


def make(dtype, shape):
    n = int(np.prod(shape)) if shape else 1
    dt = np.dtype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if dt.kind == "c":
            a = (values(n) + 1j * values(n)).astype(dt)
        elif dt.kind == "f":
            a = values(n).astype(dt)
        else:
            info = np.iinfo(dt)
            lo = int(rng.choice([info.min, -1000, -10, 0])) if info.min < 0 else 0
            hi = int(rng.choice([info.max, 1000, 10, 200]))
            lo = max(lo, info.min)
            hi = min(hi, info.max)
            a = rng.integers(lo, hi, n, endpoint=True, dtype=np.dtype(dt.str[1:]).newbyteorder("=")).astype(dt)
    return a.reshape(shape)


cases = []
for i in range(300):
    r = rng.random()
    if r < 0.72:
        dtype = str(rng.choice(FLOAT_DTYPES))
    elif r < 0.88:
        dtype = str(rng.choice(COMPLEX_DTYPES))
    else:
        dtype = str(rng.choice(INT_DTYPES))
    shape = shape_for(i)
    a = make(dtype, shape)
    cases.append({
        "dtype": a.dtype.str,
        "shape": list(a.shape),
        "hex": a.tobytes().hex(),
        "repr": repr(a),
    })

print(json.dumps(cases, indent=0))
