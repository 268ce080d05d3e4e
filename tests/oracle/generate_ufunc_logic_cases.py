"""Records NumPy's comparison, logical, bitwise, shift, clip and where results for the C# tests.

Run with Debian's NumPy (/usr/bin/python3, NumPy 1.24) in NEP 50 'weak' promotion state:
    /usr/bin/python3 tests/oracle/generate_ufunc_logic_cases.py
Writes tests/ArrayBridge.Tensor.Tests/Data/numpy_ufunc_logic.json. Every input and result is
stored as raw little-endian bytes (hex) with its dtype string, so the tests compare bits.

Comparisons of an integer array with a Python int its dtype cannot hold are NumPy 2 behaviour
(special_integer_comparisons.cpp; NumPy 1.24's weak state raises or warns there), and so are the
exact int64/uint64 comparisons (NumPy 2's qQ->? and Qq->? loops; 1.24 compares as float64): those
expected results are written from the 2.x rule by hand (Python integer comparisons) and marked
"by_hand".
"""
import json
import os
import warnings

import numpy as np

np._set_promotion_state("weak")
warnings.simplefilter("ignore")

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data", "numpy_ufunc_logic.json")
DTYPES = ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]
BINARY = ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "maximum", "minimum", "fmax", "fmin",
          "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"]
UNARY = ["logical_not", "invert"]
COMPARISONS = {"equal", "not_equal", "less", "less_equal", "greater", "greater_equal"}


def values(code):
    dt = np.dtype(code)
    if dt.kind == "b":
        return np.array([False, True])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        w = dt.itemsize * 8
        vals = [0, 1, 2, 5, w - 1, w, w + 1, info.max, info.max - 1, info.min]
        if dt.kind == "i":
            vals += [-1, -2, info.min + 1]
        else:
            vals += [info.max // 2, info.max // 2 + 1]  # 2**63 for uint64: past int64, where float64 rounding ties
        out = []
        for v in vals:
            if v not in out:
                out.append(v)
        return np.array(out, dtype=dt)
    if dt.kind == "f":
        return np.array([0.0, -0.0, 1.0, -1.5, 2.0, 3.0, np.inf, -np.inf, np.nan], dtype=dt)
    parts = [(0.0, 0.0), (-0.0, -0.0), (1.0, 1.0), (1.0, -1.0), (1.0, 2.0), (2.0, 1.0), (1.0, 0.0), (0.0, 1.0),
             (1.0, np.nan), (np.nan, 1.0), (np.nan, np.nan), (np.inf, 0.0), (-np.inf, 1.0)]
    a = np.zeros(len(parts), dtype=dt)
    a.real = [p[0] for p in parts]
    a.imag = [p[1] for p in parts]
    return a


def enc(a):
    a = np.ascontiguousarray(a)
    return {"dtype": a.dtype.str, "shape": list(a.shape), "hex": a.tobytes().hex()}


def weak(v):
    if isinstance(v, bool):
        return enc(np.array(v))  # a np.bool_, which C# passes as a typed bool scalar
    if isinstance(v, int):
        return {"weak": "int", "value": v}
    if isinstance(v, float):
        return {"weak": "float", "value": repr(v)}
    return {"weak": "complex", "value": [repr(v.real), repr(v.imag)]}


def run(name, args, by_hand=None):
    case = {"ufunc": name, "inputs": [enc(a) if isinstance(a, np.ndarray) else weak(a) for a in args]}
    if by_hand is not None:
        case["by_hand"] = True
        case["result"] = enc(by_hand)
        return case
    try:
        if name == "where":
            r = where_nep50(*args)
        else:
            r = getattr(np.core.umath, name)(*args)
        case["result"] = enc(np.asarray(r))
    except Exception as e:  # noqa: BLE001 - the message is the data
        case["error"] = type(e).__name__
        case["message"] = str(e)
    return case


def where_nep50(c, x, y):
    # NumPy 2's np.where promotes x and y with NEP 50 (1.24 turns Python scalars into int64/float64
    # arrays first), so the result dtype comes from result_type in the weak state.
    rt = np.result_type(x, y)
    xa = np.asarray(x) if isinstance(x, np.ndarray) else np.asarray(x, dtype=rt)
    ya = np.asarray(y) if isinstance(y, np.ndarray) else np.asarray(y, dtype=rt)
    return np.where(c, xa.astype(rt), ya.astype(rt))


def product(a, b):
    return np.repeat(a, len(b)), np.tile(b, len(a))


def out_of_range_answer(name, arr, value, scalar_first):
    info = np.iinfo(arr.dtype)
    side = 1 if value > info.max else -1 if value < info.min else 0
    if side == 0:
        return None
    if scalar_first:
        side = -side  # the array is then the second operand
    # side 1: the array's values are all below the scalar (array first) ...
    below = side == 1
    answer = {"equal": False, "not_equal": True, "less": below, "less_equal": below,
              "greater": not below, "greater_equal": not below}[name]
    return np.full(arr.shape, answer)


def cases():
    out = []
    for name in BINARY:
        for code in DTYPES:
            v = values(code)
            out.append(run(name, product(v, v)))
        for a, b in [("i8", "u8"), ("u8", "i8"), ("i1", "u1"), ("u1", "i1"), ("u4", "i4"), ("i2", "u8"), ("?", "i1"),
                     ("i1", "f2"), ("i2", "f2"), ("u8", "f4"), ("f4", "c8"), ("f8", "c8"), ("f2", "c8"), ("?", "f8"), ("i4", "f4")]:
            x, y = product(values(a), values(b))
            hand = None
            if name in COMPARISONS and {a, b} == {"i8", "u8"}:
                # NumPy 2's exact qQ->?/Qq->? loops (1.24 compares these as float64).
                op = {"equal": "__eq__", "not_equal": "__ne__", "less": "__lt__", "less_equal": "__le__",
                      "greater": "__gt__", "greater_equal": "__ge__"}[name]
                hand = np.array([getattr(int(p), op)(int(q)) for p, q in zip(x, y)])
            out.append(run(name, (x, y), hand))
        for code in ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]:
            arr = values(code)
            scalars = [0, 1, -1, 3, 127, 128, -128, -129, 255, 256, 300, -1000, 2 ** 31, -2 ** 31 - 1, 2 ** 40,
                       2 ** 63 - 1, -2 ** 63, 2.5, float("nan"), float("-inf"), -0.0, complex(1, float("nan")), 1 + 1j]
            if name not in COMPARISONS:
                scalars = [1, -1, 3, 300, -1000, 2.5, float("nan"), 1 + 1j]
            for s in scalars:
                for first in ((False, True) if name in COMPARISONS or s == 3 else (False,)):
                    args = (s, arr) if first else (arr, s)
                    hand = None
                    if name in COMPARISONS and isinstance(s, int) and arr.dtype.kind in "iu":
                        hand = out_of_range_answer(name, arr, s, first)
                    out.append(run(name, args, hand))
    for name in UNARY:
        for code in DTYPES:
            out.append(run(name, (values(code),)))
    bounds = {"?": [False, True], "f": [0.0, -0.0, 1.0, 2.0, np.nan, -np.inf], "i": [0, 1, 2, -1], "u": [0, 1, 2, 200],
              "c": [0j, 1 + 0j, 1 + 1j, complex(0, np.nan), 2 + 0j]}
    for code in DTYPES:
        v = values(code)
        dt = np.dtype(code)
        b = np.array(bounds["?" if dt.kind == "b" else dt.kind], dtype=dt)
        m = len(b)
        a = np.repeat(v, m * m)
        lo = np.tile(np.repeat(b, m), len(v))
        hi = np.tile(b, len(v) * m)
        out.append(run("clip", (a, lo, hi)))
        # Broadcast bounds (the common case, and the vector path).
        out.append(run("clip", (np.tile(v, 5), np.array(b[min(1, m - 1)], dtype=dt), np.array(b[min(2, m - 1)], dtype=dt))))
    for code in ["i1", "u1", "i8", "f4", "f8"]:
        v = values(code)
        out.append(run("clip", (v, 1, 5)))
        out.append(run("clip", (v, 5, 1)))
    out.append(run("clip", (values("f8"), float("nan"), 2.0)))
    out.append(run("clip", (values("i1"), np.array(1, dtype="i1"), np.array(2.5, dtype="f4"))))
    conds = [np.array([True, False, True, False, True]), np.array([0, 1, -1, 0, 7], dtype="i4"),
             np.array([0.0, -0.0, np.nan, 1.0, np.inf]), np.array([0j, complex(0, 1), complex(np.nan, 0), complex(-0.0, -0.0), 1 + 0j]),
             np.array([0, 255, 2, 0, 1], dtype="u1")]
    pairs = [("?", "?"), ("i1", "u1"), ("f4", "i8"), ("c8", "f8"), ("u8", "i8"), ("f2", "f2"), ("c16", "c16"), ("u2", "i2")]
    for c in conds:
        for a, b in pairs:
            x = values(a)[:5] if len(values(a)) >= 5 else np.resize(values(a), 5)
            y = values(b)[-5:] if len(values(b)) >= 5 else np.resize(values(b), 5)
            out.append(run("where", (c, x.astype(a), y.astype(b))))
    c0 = conds[0]
    for x, y in [(values("i1")[:5], 1), (1, values("u2")[:5]), (values("f4")[:5], 2.5), (1, 2.5), (values("f2")[:5], 1j), (True, values("i2")[:5])]:
        out.append(run("where", (c0, x, y)))
    for c in [1, 0, 0.0, -0.0, float("nan"), 0j, complex(0, 1)]:
        out.append(run("where", (c, values("i2")[:5], values("i2")[-5:])))
    out.append(run("where", (np.array([[True], [False], [True]]), np.arange(4, dtype="i4"), np.array(-1.5, dtype="f4"))))
    return out


def main():
    data = {"numpy": np.__version__, "promotion_state": "weak", "cases": cases()}
    with open(OUT, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(len(data["cases"]), "cases,", os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
