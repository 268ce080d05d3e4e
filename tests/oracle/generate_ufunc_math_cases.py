"""Records NumPy's math ufuncs (sqrt ... signbit, hypot ... logaddexp) for the Tensor tests.

Run with /usr/bin/python3 (NumPy 1.24). For every function and every input dtype NumPy has
(bool, the eight integers, float16/32/64, complex64/128) it stores the inputs, NumPy's result
dtype and NumPy's result bytes, or NumPy's error when no loop accepts the dtype. Arrays are
base64 strings of their little-endian bytes so every bit (NaN, -0.0, subnormals) survives JSON.
With every result it stores NumPy's floating-point flags per element (what np.errstate reports).
Output: tests/ArrayBridge.Tensor.Tests/Data/numpy_ufunc_math.json
"""
import base64
import json
import os
import warnings

import numpy as np

UNARY = ("sqrt cbrt exp exp2 expm1 log log2 log10 log1p sin cos tan arcsin arccos arctan "
         "sinh cosh tanh arcsinh arccosh arctanh floor ceil trunc rint deg2rad rad2deg "
         "isnan isinf isfinite signbit").split()
BINARY = "hypot arctan2 copysign logaddexp".split()
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]

# Where each function is interesting: (low, high) for uniform draws besides the common sets.
DOMAIN = {
    "exp": "exp", "exp2": "exp2", "expm1": "exp", "sinh": "exp", "cosh": "exp", "tanh": "small",
    "log": "pos", "log2": "pos", "log10": "pos", "log1p": "log1p", "arccosh": "acosh",
    "arcsin": "unit", "arccos": "unit", "arctanh": "unit",
    "sin": "trig", "cos": "trig", "tan": "trig",
}


def finfo_max(dt):
    return float(np.finfo(dt).max)


def float_values(dt, func, rng):
    fi = np.finfo(dt)
    tiny_sub = float(fi.smallest_subnormal) if hasattr(fi, "smallest_subnormal") else float(fi.tiny) * float(fi.eps)
    special = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 100.0,
               tiny_sub, -tiny_sub, float(fi.tiny), -float(fi.tiny), float(fi.tiny) * 0.5, float(fi.max),
               -float(fi.max), float(fi.eps), np.pi, -np.pi, np.pi / 2, np.pi / 4, 180.0, 0.49999997, 1.5, 2.5,
               -2.5, 4.5, 1e5, 1e10, 1e22, 1e300, -1e300]
    eps = float(fi.eps)
    near_one = [1.0 + k * eps for k in range(-8, 9)] + [-1.0 + k * eps for k in range(-8, 9)]
    log_max = np.log(float(fi.max))
    n = 300 if dt != np.float16 else 120
    parts = [
        np.array(special, dtype=np.float64),
        np.array(near_one),
        rng.uniform(-10, 10, n),
        rng.uniform(-1, 1, n // 2),
        np.sign(rng.uniform(-1, 1, n)) * np.exp(rng.uniform(np.log(tiny_sub), log_max, n)),
        (rng.integers(-2000, 2000, n // 3) * np.pi / 2) * (1 + rng.uniform(-4, 4, n // 3) * eps),
        rng.integers(-1000, 1000, n // 3) + rng.choice([0.0, 0.5, 0.25, 0.75], n // 3),
    ]
    kind = DOMAIN.get(func)
    if kind == "exp":
        parts.append(rng.uniform(-log_max - 10, log_max + 10, n))
        parts.append(rng.uniform(-1, 1, n) * 1e-3)
    elif kind == "exp2":
        parts.append(rng.uniform(-np.log2(float(fi.max)) - 30, np.log2(float(fi.max)) + 5, n))
    elif kind == "small":
        parts.append(rng.uniform(-25, 25, n))
    elif kind == "pos":
        parts.append(rng.uniform(0, 4, n))
        parts.append(1.0 + rng.uniform(-1, 1, n) * 1e-3)
    elif kind == "log1p":
        parts.append(rng.uniform(-1, 1, n))
        parts.append(rng.uniform(-1, 1, n) * 1e-6)
        parts.append(-1.0 + np.exp(rng.uniform(-30, -1, n // 3)))
    elif kind == "acosh":
        parts.append(1.0 + np.exp(rng.uniform(-30, 3, n)))
    elif kind == "unit":
        parts.append(rng.uniform(-1, 1, n))
        parts.append(np.sign(rng.uniform(-1, 1, n // 2)) * (1.0 - np.exp(rng.uniform(-30, -1, n // 2))))
    elif kind == "trig":
        k = rng.integers(-200000, 200000, n)
        parts.append(k * np.pi * (1 + rng.uniform(-4, 4, n) * eps))
        parts.append(rng.uniform(-1e4, 1e4, n))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.concatenate(parts).astype(dt)


def int_values(dt, rng):
    info = np.iinfo(dt)
    fixed = [info.min, info.max, 0, 1, 2, 3, 7, 100, info.max - 1, info.min + 1]
    if info.min < 0:
        fixed += [-1, -2, -3, -100]
    fixed = [v for v in fixed if info.min <= v <= info.max]
    rand = rng.integers(info.min, info.max, 60, dtype=dt, endpoint=True)
    small = rng.integers(max(info.min, -50), min(info.max, 50), 30, dtype=dt, endpoint=True)
    return np.concatenate([np.array(fixed, dtype=dt), rand, small])


def complex_values(dt, func, rng):
    part = np.float32 if dt == np.complex64 else np.float64
    grid = [0.0, -0.0, 1.0, -1.0, 0.5, -2.0, 3.0, np.pi, np.inf, -np.inf, np.nan, 1e-30, 1e30, 700.0, -700.0]
    re, im = np.meshgrid(grid, grid)
    n = 300
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extra = [
            rng.uniform(-5, 5, n) + 1j * rng.uniform(-5, 5, n),
            rng.uniform(-1, 1, n // 2) + 1j * rng.uniform(-1, 1, n // 2),
            (np.sign(rng.uniform(-1, 1, n)) * np.exp(rng.uniform(-60, 60, n))
             + 1j * np.sign(rng.uniform(-1, 1, n)) * np.exp(rng.uniform(-60, 60, n))),
            rng.uniform(-1, 1, n // 3) * 1e-5 + 1j * rng.uniform(-1, 1, n // 3) * 1e-5,
            1.0 + rng.uniform(-1, 1, n // 3) * 1e-6 + 1j * rng.uniform(-1, 1, n // 3) * 1e-6,
        ]
        values = np.concatenate([(re + 1j * im).ravel()] + extra)
        r = values.real.astype(part)
        i = values.imag.astype(part)
        out = np.empty(len(values), dtype=dt)
        out.real = r
        out.imag = i
        return out


def values_for(dtype_name, func, rng):
    dt = np.dtype(dtype_name).type
    if dtype_name == "bool":
        return np.array([False, True, True, False])
    if np.issubdtype(dt, np.integer):
        return int_values(dt, rng)
    if np.issubdtype(dt, np.complexfloating):
        return complex_values(dt, func, rng)
    return float_values(dt, func, rng)


def encoded(a):
    return base64.b64encode(np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes()).decode("ascii")


def element_flags(f, inputs):
    """NumPy's floating-point flags per element (divide 1, overflow 2, invalid 8; underflow, ignored by
    default and raised differently by different libms, left out), one hex digit each."""
    seen = []
    np.seterrcall(lambda kind, flag: seen.append(flag))
    digits = []
    with np.errstate(all="call"):
        for i in range(len(inputs[0])):
            seen.clear()
            f(*(v[i:i + 1] for v in inputs))
            digits.append("%x" % ((seen[0] if seen else 0) & 11))
    return "".join(digits)


def main():
    rng = np.random.default_rng(20240613)
    cases = []
    for func in UNARY + BINARY:
        f = getattr(np, func)
        for dname in DTYPES:
            x = values_for(dname, func, rng)
            inputs = [x]
            if func in BINARY:
                y = values_for(dname, func, rng)
                if len(y) != len(x):
                    y = np.resize(y, len(x))
                # Every pairing of the first 30 values too (specials against specials).
                k = min(30, len(x))
                a, b = np.meshgrid(x[:k], y[:k])
                inputs = [np.concatenate([x, a.ravel()]), np.concatenate([y, b.ravel()])]
            case = {"func": func, "dtype": dname, "inputs": [encoded(v) for v in inputs]}
            try:
                with np.errstate(all="ignore"):
                    r = f(*inputs)
                case["result_dtype"] = r.dtype.name
                case["expected"] = encoded(r)
                case["flags"] = element_flags(f, inputs)
            except TypeError as e:
                case["error"] = str(e)
            cases.append(case)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "ArrayBridge.Tensor.Tests", "Data", "numpy_ufunc_math.json")
    with open(path, "w") as fh:
        json.dump({"numpy": np.__version__, "cases": cases}, fh, separators=(",", ":"))
        fh.write("\n")
    print(f"{len(cases)} cases -> {os.path.normpath(path)} ({os.path.getsize(path) // 1024} KiB)")


if __name__ == "__main__":
    main()
