#!/usr/bin/env python3
"""Generates NumPy's matrix-product oracle data (tests/ArrayBridge.Tensor.Tests/Data/numpy_linalg.json).

Run with an interpreter that has NumPy (Debian's /usr/bin/python3, NumPy 1.24):
    /usr/bin/python3 tests/oracle/generate_linalg_cases.py
Records seeded cases of matmul, dot, vdot, inner, outer, tensordot, trace, diagonal and einsum:
the operands (dtype string with byte order, shape, C-order bytes, and the layout the test builds
from them: "C", "T" for the transpose of the recorded array, "rev" for every axis reversed), the
call's arguments, and NumPy's outcome: the result's dtype, shape and C-order bytes, with, for
floating results, NumPy's result on the absolute values (float64 bytes: the rounding bound's
scale) and the summed length k; or the error's type and message. The tests replay them without
Python, so the data also checks ArrayBridge where no NumPy is installed.
"""
import base64
import json
import os
import random

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data")
DTYPES = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16", ">f8", ">i4", ">c16"]
FUNCS = {"matmul": np.matmul, "dot": np.dot, "vdot": np.vdot, "inner": np.inner, "outer": np.outer,
         "tensordot": np.tensordot, "trace": np.trace, "diagonal": np.diagonal, "einsum": np.einsum}
rng = np.random.default_rng(2026)


def values(dtype, shape):
    dt = np.dtype(dtype)
    n = int(np.prod(shape))
    if dt.kind == "b":
        v = rng.integers(0, 2, n).astype(dt)
    elif dt.kind == "u":
        v = rng.integers(0, 200, n).astype(dt)
    elif dt.kind == "i":
        v = rng.integers(-100, 100, n).astype(dt)
    elif dt.kind == "c":
        v = (rng.uniform(-1, 1, n) + 1j * rng.uniform(-1, 1, n)).astype(dt)
    else:
        v = rng.uniform(-1, 1, n).astype(dt)
    return v.reshape(shape)


def operand(dtype, shape, layout="C"):
    # The recorded array is C-ordered; the test applies the layout to build the operand.
    stored_shape = tuple(reversed(shape)) if layout == "T" else tuple(shape)
    stored = values(dtype, stored_shape)
    array = stored.T if layout == "T" else (stored[tuple(slice(None, None, -1) for _ in shape)] if layout == "rev" else stored)
    record = {"dtype": np.dtype(dtype).str, "shape": list(stored_shape), "layout": layout,
              "data": base64.b64encode(np.ascontiguousarray(stored).tobytes()).decode()}
    return array, record


def case(name, arrays, records, args=None, kwargs=None, k=1, spec=None):
    f = FUNCS[name]
    call = ([spec] if spec is not None else []) + list(arrays) + list(args or [])
    entry = {"function": name, "operands": records, "args": args or [], "kwargs": kwargs or {}, "spec": spec}
    try:
        result = np.asarray(f(*call, **(kwargs or {})))
    except Exception as e:
        entry["error"] = {"type": type(e).__name__, "message": str(e)}
        return entry
    entry["result"] = {"dtype": result.dtype.str, "shape": list(result.shape),
                       "data": base64.b64encode(np.ascontiguousarray(result).tobytes()).decode()}
    if result.dtype.kind in "fc":
        absolute = [np.abs(a) for a in arrays]
        scale = np.abs(np.asarray(f(*(([spec] if spec is not None else []) + absolute + list(args or [])), **{
            key: (np.float64 if key == "dtype" and np.dtype(val).kind == "c" else val) for key, val in (kwargs or {}).items()}))).astype("<f8")
        entry["scale"] = base64.b64encode(np.ascontiguousarray(scale).tobytes()).decode()
        entry["k"] = int(k)
    return entry


def main():
    cases = []
    # Every dtype pair's result dtype and values, on a product past the small-product cut-off.
    for x in DTYPES:
        for y in DTYPES:
            a, ra = operand(x, (11, 13), "T")
            b, rb = operand(y, (13, 9), "rev")
            cases.append(case("matmul", [a, b], [ra, rb], k=13))
    layouts = ["C", "T", "rev"]
    for dtype in ["<f8", "<f4", "<c16", "<i8", "<i2"]:
        for (sa, sb) in [((4,), (4,)), ((1200,), (1200,)), ((40,), (40, 30)), ((20, 40), (40,)), ((5, 20, 40), (40, 30)),
                         ((1, 20, 40), (5, 40, 30)), ((3, 1, 20, 40), (5, 40, 30)), ((0, 20, 40), (40, 30)), ((2, 0), (0, 3)),
                         ((2, 3), (3,)), ((25, 45), (45, 30))]:
            la, lb = random.Random(len(cases)).choice(layouts), random.Random(len(cases) + 1).choice(layouts)
            a, ra = operand(dtype, sa, la)
            b, rb = operand(dtype, sb, lb)
            cases.append(case("matmul", [a, b], [ra, rb], k=sa[-1]))
        for (sa, sb) in [((3,), (3,)), ((2, 5, 3), (6, 3, 4)), ((3,), (2, 3, 4)), ((2, 3), ()), ((2, 3), (2, 3))]:
            a, ra = operand(dtype, sa, "C")
            b, rb = operand(dtype, sb, "C")
            cases.append(case("dot", [a, b], [ra, rb], k=sa[-1] if sa else 1))
        a, ra = operand(dtype, (2, 5, 3), "T")
        b, rb = operand(dtype, (4, 3), "C")
        cases.append(case("inner", [a, b], [ra, rb], k=3))
        a, ra = operand(dtype, (3, 4), "rev")
        b, rb = operand(dtype, (2, 6), "C")
        cases.append(case("vdot", [a, b], [ra, rb], k=12))
        cases.append(case("outer", [a, b], [ra, rb]))
        a, ra = operand(dtype, (3, 4, 5), "C")
        b, rb = operand(dtype, (5, 3), "T")
        cases.append(case("tensordot", [a, b], [ra, rb], args=[[[2, 0], [0, 1]]], k=15))
        for offset in [0, 2, -1, 9]:
            a, ra = operand(dtype, (4, 5), "rev")
            cases.append(case("trace", [a], [ra], kwargs={"offset": offset}, k=5))
            cases.append(case("diagonal", [a], [ra], kwargs={"offset": offset}))
        for spec, shapes in [("ij,jk->ik", [(3, 4), (4, 5)]), ("ii->i", [(4, 4)]), ("ii", [(4, 4)]), ("ij->", [(3, 4)]),
                             ("i,i", [(5,), (5,)]), ("i,j->ij", [(3,), (4,)]), ("bij,bjk->bik", [(2, 3, 4), (2, 4, 5)]),
                             ("...ij,...jk->...ik", [(2, 3, 4), (4, 5)]), ("ijk,jil->kl", [(3, 4, 5), (4, 3, 2)]),
                             ("ij,jk,kl->il", [(2, 3), (3, 4), (4, 5)]), ("i,i", [(3,), (1,)])]:
            ops = [operand(dtype, s, "T" if i == 0 else "C") for i, s in enumerate(shapes)]
            cases.append(case("einsum", [o[0] for o in ops], [o[1] for o in ops], spec=spec, k=60))
    with open(os.path.join(OUT, "numpy_linalg.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
