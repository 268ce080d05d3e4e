#!/usr/bin/env python3
"""Records NumPy's arithmetic ufuncs on edge values for the Tensor tests (Data/numpy_ufunc_arithmetic.json).

Run with an interpreter that has NumPy (Debian's /usr/bin/python3):
    /usr/bin/python3 tests/oracle/generate_ufunc_arithmetic_cases.py
Promotion follows NEP 50 (np._set_promotion_state('weak')), NumPy 2's rules. Each case holds the
ufunc, its inputs (arrays as dtype + little-endian bytes in hex, or weak Python scalars), and either
NumPy's result dtype, bytes and raised floating-point flags, or NumPy's exception type and message. Array inputs are 1-d and
contiguous; another suite covers layouts.
"""
import json
import os

import numpy as np

np._set_promotion_state("weak")

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data", "numpy_ufunc_arithmetic.json")

BINARY = ["subtract", "multiply", "true_divide", "floor_divide", "remainder", "fmod", "power"]
UNARY = ["negative", "positive", "absolute", "sign", "square", "reciprocal", "conjugate"]
DTYPES = ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]


def edges(dt):
    dt = np.dtype(dt)
    if dt.kind == "b":
        return np.array([False, True])
    if dt.kind in "iu":
        info = np.iinfo(dt)
        half = 1 << (dt.itemsize * 4)
        vals = [0, 1, 2, 3, 7, 10, half - 1, half, info.max, info.max - 1]
        if dt.kind == "i":
            vals += [-1, -2, -3, -7, info.min, info.min + 1]
        else:
            vals += [1 << (dt.itemsize * 8 - 1)]
        return np.array(vals, dtype=dt)
    if dt.kind == "f":
        info = np.finfo(dt)
        vals = [0.0, -0.0, 1.0, -1.0, 2.0, -7.5, 0.5, 3.0, info.max, -info.max, info.tiny,
                info.smallest_subnormal, -info.smallest_subnormal, np.inf, -np.inf, np.nan]
        return np.array(vals, dtype=dt)
    part = np.finfo(np.float32 if dt.itemsize == 8 else np.float64)
    vals = [0j, complex(-0.0, -0.0), 1 + 0j, 1j, -1 + 0j, 1 + 1j, 3 + 4j, -2.5 + 0.5j, complex(np.inf, 0),
            complex(0, -np.inf), complex(np.inf, np.inf), complex(np.nan, 0), complex(0, np.nan),
            complex(part.max, part.max), complex(part.smallest_subnormal, 1), complex(2, -part.max)]
    return np.array(vals, dtype=dt)


def array_json(a):
    a = np.ascontiguousarray(a)
    return {"dtype": a.dtype.newbyteorder("<").str if a.dtype.kind != "b" else "|b1", "hex": a.astype(a.dtype.newbyteorder("<")).tobytes().hex()}


def scalar_json(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return {"weak": "int", "value": v}
    if isinstance(v, float):
        return {"weak": "float", "value": float.hex(v)}
    return {"weak": "complex", "value": [float.hex(v.real), float.hex(v.imag)]}


def record(cases, name, inputs, label):
    ufunc = getattr(np, name)
    case = {"ufunc": name, "label": label,
            "inputs": [array_json(x) if isinstance(x, np.ndarray) else scalar_json(x) for x in inputs]}
    flags = []
    try:
        with np.errstate(all="call", call=lambda kind, bits: flags.append(bits)):
            r = np.asarray(ufunc(*inputs))
        case["result"] = array_json(r.reshape(-1))
        # The floating-point flags the call raised: divide 1, over 2, under 4, invalid 8.
        case["flags"] = int(np.bitwise_or.reduce(flags)) if flags else 0
    except Exception as e:  # noqa: BLE001 - NumPy's refusals are the data
        kind = "TypeError" if isinstance(e, TypeError) else type(e).__name__
        case["error"] = {"type": kind, "message": str(e)}
    cases.append(case)


def main():
    cases = []
    for dt in DTYPES:
        e = edges(dt)
        for name in BINARY:
            x = np.repeat(e, len(e))
            y = np.tile(e, len(e))
            if name == "power" and np.dtype(dt).kind == "i":
                keep = y >= 0
                x, y = x[keep], y[keep]
                record(cases, name, [np.array([2, 3], dt), np.array([1, -1], dt)], f"{dt} negative exponent")
            record(cases, name, [x, y], f"{dt} edges")
        for name in UNARY:
            if name == "sign" and np.dtype(dt).kind == "c":
                continue  # NumPy 1.24's complex sign is not NumPy 2's z/|z|; tested by hand.
            record(cases, name, [e], f"{dt} edges")
    # One element per case where a flag is at stake: the flags of a whole edge array are their union,
    # which hides a missing flag behind another element's.
    for dt in DTYPES:
        kind = np.dtype(dt).kind
        e = edges(dt)
        if kind == "c":
            for v in e:
                record(cases, "true_divide", [np.array([1 + 1j], dt), np.array([v], dt)], f"{dt} 1+1j / {v}")
                record(cases, "true_divide", [np.array([v], dt), np.array([1 + 1j], dt)], f"{dt} {v} / 1+1j")
                record(cases, "reciprocal", [np.array([v], dt)], f"{dt} 1/{v}")
                record(cases, "power", [np.array([v], dt), np.array([0.5 - 1j], dt)], f"{dt} {v} ** 0.5-1j")
                record(cases, "power", [np.array([2 - 1j], dt), np.array([v], dt)], f"{dt} 2-1j ** {v}")
            for v in (2.0 ** 63, -2.0 ** 63, 2.0 ** 64, -2.0 ** 64):
                # The integer test converts the exponent to a 64-bit int: beyond its range, invalid.
                record(cases, "power", [np.array([2 - 1j], dt), np.array([v], dt)], f"{dt} 2-1j ** {v}")
        if kind == "f":
            for x in (0.0, -0.0):
                for y in (-np.inf, np.inf, -1.0, -2.5, 0.5):
                    record(cases, "power", [np.array([x], dt), np.array([y], dt)], f"{dt} {x} ** {y}")
    # Complex powers with exponents off NumPy's integral fast path (the C library's cpow), random values.
    rng = np.random.default_rng(20261127)
    for dt in ("c8", "c16"):
        x = (rng.standard_normal(64) * 4 + 1j * rng.standard_normal(64) * 4).astype(dt)
        y = (rng.standard_normal(64) * 3 + 1j * rng.standard_normal(64) * 3).astype(dt)
        y[:16] = y[:16].real
        y[16:24] = np.round(y[16:24].real * 40)
        record(cases, "power", [x, y], f"{dt} random exponents")
    # Complex sign as NumPy 2 computes it (1.24 differs): z/|z| with |z| by hypot, no flags.
    for dt in ("c8", "c16"):
        z = (rng.standard_normal(64) * 10.0 ** rng.integers(-30, 30, 64)
             + 1j * rng.standard_normal(64) * 10.0 ** rng.integers(-30, 30, 64)).astype(dt)
        a = np.hypot(z.real, z.imag)
        expected = np.empty_like(z)
        expected.real = z.real / a
        expected.imag = z.imag / a
        cases.append({"ufunc": "sign", "label": f"{dt} random (NumPy 2's z/hypot)", "inputs": [array_json(z)],
                      "result": array_json(expected), "flags": 0})
    # Weak Python scalars on either side (NEP 50).
    for dt in DTYPES:
        a = edges(dt)[:6]
        for name in BINARY:
            for s in (2, 2.5, 1 + 2j):
                record(cases, name, [a, s], f"{dt} op weak {type(s).__name__}")
                record(cases, name, [s, a], f"weak {type(s).__name__} op {dt}")
    for name in BINARY:
        record(cases, name, [np.array([1, 2], np.int8), 300], "int8 op 300")
    for name in UNARY:
        for s in (5, -2.5, 3 - 4j):
            if name != "sign" or not isinstance(s, complex):
                record(cases, name, [s], f"weak {type(s).__name__}")
    # Mixed dtypes: NumPy's promotion picks the loop.
    pairs = [("?", "i1"), ("i1", "u1"), ("u1", "i2"), ("i4", "u4"), ("i8", "u8"), ("u8", "f4"), ("i2", "f2"),
             ("f2", "f4"), ("i4", "f4"), ("f4", "c8"), ("f8", "c8"), ("i8", "c8"), ("?", "f2"), ("u2", "c16")]
    for d1, d2 in pairs:
        x = np.array([0, 1, 2, 3, 5, 7, 1, 0], dtype=d1)
        y = np.array([1, 1, 3, 2, 2, 1, 1, 1], dtype=d2)
        for name in BINARY:
            record(cases, name, [x, y], f"{d1} op {d2}")
            record(cases, name, [y, x], f"{d2} op {d1}")
    with open(OUT, "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(len(cases), "cases")


main()
