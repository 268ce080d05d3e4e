"""Records NumPy's reductions for the Tensor tests (tests/ArrayBridge.Tensor.Tests/Reductions).

Run with /usr/bin/python3 (NumPy 1.24). For every dtype NumPy has (bool, the eight integers,
float16/32/64, complex64/128) and a few shapes (3-d, size-1 axes, empty, 0-d) it stores the input
(C-order bytes, hex) and, for sum, prod, max, min, mean, var, std, ptp, any, all, count_nonzero,
argmax and argmin over every axis argument (None, each axis, negative, tuples, the empty tuple)
with and without keepdims, NumPy's result dtype, shape and bytes, or NumPy's exception type and
message. The C# tests rebuild each input in several layouts (C, F, strided, negative strides,
byte-swapped) and compare: integers and bools exactly, floats within a ULP allowance.
A second part records keyword cases (dtype=, out=, initial=, where=, ddof=) and the accuracy data
for pairwise summation (NumPy's sum and the exactly rounded sum of a reproducible sequence).
Output: tests/ArrayBridge.Tensor.Tests/Data/numpy_reductions.json
"""
import json
import math
import os
import warnings

import numpy as np

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
REDUCTIONS = ["sum", "prod", "max", "min", "mean", "var", "std", "ptp", "any", "all",
              "count_nonzero", "argmax", "argmin"]
AXES_3D = [None, 0, 1, 2, -1, -3, [0, 1], [0, 2], [1, 2], [2, 0], [0, 1, 2], [], [3], [0, 0]]
KEEPDIMS_AXES = [None, 1, [0, 2], []]


def hexof(a):
    a = np.ascontiguousarray(a)
    return a.astype(a.dtype.newbyteorder("<")).tobytes().hex()


def values(dtype, shape, rng, special=False):
    n = int(np.prod(shape))
    dt = np.dtype(dtype)
    if dt.kind == "b":
        v = rng.integers(0, 2, n).astype(bool)
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        if dt.itemsize <= 2:
            # Full range: sums and products wrap in narrow types only through dtype=, which is recorded apart.
            v = rng.integers(int(info.min), int(info.max) + 1, n, dtype=np.int64)
        else:
            v = rng.integers(max(int(info.min), -1000), 1000, n, dtype=np.int64)
        if n >= 4:
            v[1] = v[0]  # a tie for argmax/argmin
        v = v.astype(dt)
    else:
        # Small multiples of 1/2: sums are exact in every float type, so only var/std/prod round.
        choices = np.array([-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4])
        re = rng.choice(choices, n)
        if special and n >= 6:
            re[2] = np.nan
            re[4] = np.inf
            re[5] = -np.inf
        if dt.kind == "c":
            im = rng.choice(choices, n)
            if n >= 4:
                re[3] = re[1]  # equal real parts: the lexicographic order looks at the imaginary part
            v = (re + 1j * im).astype(dt)
        else:
            v = re.astype(dt)
    return v.reshape(shape)


def call(name, a, axis, keepdims):
    ax = tuple(axis) if isinstance(axis, list) else axis
    if name in ("argmax", "argmin"):
        return getattr(np, name)(a, axis=ax, keepdims=keepdims)
    if name == "count_nonzero":
        return np.asarray(np.count_nonzero(a, axis=ax, keepdims=keepdims))
    return getattr(np, name)(a, axis=ax, keepdims=keepdims)


def record(name, a, axis, keepdims, **kw):
    case = {"reduction": name, "axis": axis, "keepdims": keepdims}
    case.update(kw)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = np.asarray(call(name, a, axis, keepdims))
        if name == "count_nonzero":
            r = r.astype(np.int64)
        case["result"] = {"dtype": r.dtype.name, "shape": list(r.shape), "hex": hexof(r)}
    except Exception as e:  # noqa: BLE001 - NumPy's error is the expected value
        case["error"] = {"type": type(e).__name__, "message": str(e)}
    return case


def main():
    rng = np.random.default_rng(20261127)
    inputs = []
    cases = []
    shapes = [("cube", (3, 4, 5), AXES_3D, False), ("special", (3, 4, 5), [None, 0, 1, 2, [0, 2]], True),
              ("ones", (1, 4, 1), AXES_3D, False), ("empty", (0, 3, 2), AXES_3D, False),
              ("scalar", (), [None, [], 0, -1], False)]
    for dtype in DTYPES:
        for label, shape, axes, special in shapes:
            if special and np.dtype(dtype).kind not in "fc":
                continue
            a = values(dtype, shape, rng, special)
            key = f"{dtype}/{label}"
            inputs.append({"key": key, "dtype": a.dtype.name, "shape": list(shape), "hex": hexof(a)})
            for name in REDUCTIONS:
                for axis in axes:
                    if name in ("argmax", "argmin") and isinstance(axis, list):
                        continue
                    for keepdims in (False, True):
                        if keepdims and axis not in KEEPDIMS_AXES:
                            continue
                        c = record(name, a, axis, keepdims)
                        c["input"] = key
                        cases.append(c)

    keyword_cases = keywords(rng, inputs)
    data = {"inputs": inputs, "cases": cases, "keywords": keyword_cases, "accuracy": accuracy(), "float16": float16(rng)}
    out = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data", "numpy_reductions.json")
    with open(out, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(len(cases), "cases,", len(keyword_cases), "keyword cases ->", os.path.normpath(out))


def keywords(rng, inputs):
    """dtype=, out= (dtype and shape checks), initial=, where=, ddof= on a few inputs."""
    out = []

    def add(key, a, name, expr, **kw):
        case = {"input": key, "reduction": name, "expr": expr}
        case.update(kw)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with np.errstate(all="ignore"):
                    r = np.asarray(eval(expr, {"np": np, "a": a}))  # noqa: S307 - fixed expressions below
            case["result"] = {"dtype": r.dtype.name, "shape": list(r.shape), "hex": hexof(r)}
        except Exception as e:  # noqa: BLE001
            case["error"] = {"type": type(e).__name__, "message": str(e)}
        out.append(case)

    for dtype in DTYPES:
        a = values(dtype, (3, 4), rng)
        key = f"{dtype}/kw"
        inputs.append({"key": key, "dtype": a.dtype.name, "shape": [3, 4], "hex": hexof(a)})
        mask = "np.array([[True, False, True, True], [False, False, False, False], [True, True, False, True]])"
        row = "np.array([True, False, True, False])"
        for name in ("sum", "prod"):
            for dt in ("int8", "uint8", "int16", "int32", "int64", "uint64", "float16", "float32", "float64", "complex128", "bool_"):
                add(key, a, name, f"np.{name}(a, axis=0, dtype=np.{dt})", dtype=dt, axis=0)
            add(key, a, name, f"np.{name}(a, axis=1, initial=5)", axis=1, initial=5)
            add(key, a, name, f"np.{name}(a, axis=1, where={mask})", axis=1, where="mask")
            add(key, a, name, f"np.{name}(a, where={row})", where="row")
            add(key, a, name, f"np.{name}(a, axis=0, where={mask}, initial=2, keepdims=True)", axis=0, where="mask", initial=2, keepdims=True)
        for name in ("max", "min"):
            add(key, a, name, f"np.{name}(a, axis=1, initial=3)", axis=1, initial=3)
            if np.dtype(dtype).kind == "u":
                # NumPy 1.24 wraps an out-of-bounds Python int with a DeprecationWarning; NumPy 2 (and
                # this library, which follows NEP 50) refuses it with this OverflowError.
                out.append({"input": key, "reduction": name, "expr": f"np.{name}(a, axis=1, where=mask, initial=-3)",
                            "axis": 1, "where": "mask", "initial": -3,
                            "error": {"type": "OverflowError", "message": f"Python integer -3 out of bounds for {dtype}"}})
            else:
                add(key, a, name, f"np.{name}(a, axis=1, where={mask}, initial=-3)", axis=1, where="mask", initial=-3)
            add(key, a, name, f"np.{name}(a, axis=1, where={mask})", axis=1, where="mask")
            add(key, a, name, f"np.{name}(a[:, :0], axis=1)", axis=1, slice="empty")
            add(key, a, name, f"np.{name}(a[:, :0], axis=0)", axis=0, slice="empty")
            add(key, a, name, f"np.{name}(a[:, :0], axis=1, initial=7)", axis=1, slice="empty", initial=7)
        for name in ("mean", "var", "std"):
            add(key, a, name, f"np.{name}(a, axis=1, where={mask})", axis=1, where="mask")
            add(key, a, name, f"np.{name}(a[:, :0], axis=1)", axis=1, slice="empty")
            add(key, a, name, f"np.{name}(a, axis=0, dtype=np.float32)", axis=0, dtype="float32")
            if name != "mean":
                for ddof in (1, 2, 3, 4):
                    add(key, a, name, f"np.{name}(a, axis=0, ddof={ddof})", axis=0, ddof=ddof)
                add(key, a, name, f"np.{name}(a, ddof=1.5)", ddof=1.5)
        for name in ("any", "all"):
            add(key, a, name, f"np.{name}(a, axis=1, where={mask})", axis=1, where="mask")
    return out


def float16(rng):
    """float16 sums where float32 and float16 accumulation part ways, to be matched bit for bit."""
    halves = np.full(20000, 0.5, np.float16)
    halves[0] = 2048
    rows = np.full((3, 20000), 0.5, np.float16)
    rows[:, 0] = 2048
    cases = [("halves", halves, None), ("rows", rows, 1), ("columns", np.ascontiguousarray(rows.T), 0),
             ("tenth", np.full(9000, np.float16(0.1)), None),
             ("random", rng.uniform(-100, 100, 5000).astype(np.float16), None),
             ("random_rows", rng.uniform(-100, 100, (7, 3000)).astype(np.float16), 1)]
    out = []
    for name, a, axis in cases:
        for func in ("sum", "mean"):
            r = np.asarray(getattr(np, func)(a, axis=axis))
            out.append({"name": name, "func": func, "axis": axis, "dtype": "float16", "shape": list(a.shape), "hex": hexof(a),
                        "result": {"dtype": r.dtype.name, "shape": list(r.shape), "hex": hexof(r)}})
    return out


def splitmix(n, seed):
    """SplitMix64 outputs for i in 1..n, vectorized (wrapping uint64 arithmetic)."""
    with np.errstate(over="ignore"):
        z = (np.uint64(seed) + np.arange(1, n + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def mixed(n, seed):
    """Signed values of mixed magnitude, computed exactly (power-of-two scalings of 53-bit integers)."""
    z = splitmix(n, seed)
    mant = (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53 - 0.5
    exp = (z & np.uint64(63)).astype(np.int64) - 20
    return np.ldexp(mant, exp)


def bits(v):
    """A float64's bits as a signed decimal integer (exact through JSON)."""
    return int(np.float64(v).view(np.int64))


def accuracy():
    out = []
    for name, x in (("mixed", mixed(10_000_000, 7)), ("tenth", np.full(10_000_000, 0.1)),
                    ("mixed_small", mixed(100_000, 11))):
        out.append({"name": name, "n": int(x.size), "numpy": bits(float(np.sum(x))), "exact": bits(math.fsum(x)),
                    "abs_sum": bits(math.fsum(np.abs(x))), "first": bits(float(x[0])), "last": bits(float(x[-1]))})
    return out


if __name__ == "__main__":
    main()
