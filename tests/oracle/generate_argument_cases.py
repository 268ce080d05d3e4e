#!/usr/bin/env python3
"""Generates NumPy oracle data for argument edge cases (tests/ArrayBridge.Tensor.Tests/Data).

Run with an interpreter that has NumPy (Debian's /usr/bin/python3):
    /usr/bin/python3 tests/oracle/generate_argument_cases.py
Records, for every case, either the result NumPy produced or the exception it raised:
- squeeze over ranks 0..4 with no axis (None), every integer axis in and just out of range, the
  empty tuple, and every tuple of one or two axes in and just out of range;
- transpose over ranks 0..4 with no axes (None), the empty tuple, every permutation (also with
  negative axes), and tuples that are too short, too long, repeated or out of range;
- arange over float64 bounds and steps including 0, NaN, infinities, underflow and huge ranges,
  over a few float16 ranges (every element recorded, for the fill's rounding), and over int64
  arguments including zero steps and large ranges.
"""
import itertools
import json
import math
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data")

SHAPES = [
    (),
    (1,), (3,),
    (1, 3), (3, 1), (1, 1), (2, 3),
    (1, 2, 1), (2, 1, 3), (1, 1, 1),
    (1, 1, 2, 1), (2, 3, 1, 4), (1, 2, 1, 2),
]


def error_of(e):
    return {"error": type(e).__name__, "message": str(e)}


def view_of(r):
    return {"shape": list(r.shape), "strides": list(r.strides)}


def run(f):
    try:
        return {"result": view_of(f())}
    except Exception as e:  # the exception is the recorded result
        return error_of(e)


def squeeze_cases():
    cases = []
    for shape in SHAPES:
        a = np.zeros(shape)
        nd = a.ndim
        axes = [None] + list(range(-nd - 2, nd + 2)) + [()]
        axes += [(i,) for i in range(-nd - 1, nd + 1)]
        axes += [(i, j) for i in range(-nd - 1, nd + 1) for j in range(-nd - 1, nd + 1)]
        for axis in axes:
            case = {"op": "squeeze", "shape": list(shape), "axis": list(axis) if isinstance(axis, tuple) else axis}
            case.update(run(lambda: a.squeeze() if axis is None else a.squeeze(axis)))
            cases.append(case)
    return cases


def transpose_cases():
    cases = []
    for shape in SHAPES:
        a = np.zeros(shape)
        nd = a.ndim
        axes = [None, ()]
        for perm in itertools.permutations(range(nd)):
            axes.append(perm)
            axes.append(tuple(p - nd if k % 2 == 0 else p for k, p in enumerate(perm)))
        axes += [tuple(range(nd - 1)), tuple(range(nd + 1)), (0,) * nd, tuple(range(1, nd + 1)), tuple(range(-nd - 1, -1))]
        seen = set()
        for axis in axes:
            if axis in seen:
                continue
            seen.add(axis)
            case = {"op": "transpose", "shape": list(shape), "axes": None if axis is None else list(axis)}
            case.update(run(lambda: a.transpose() if axis is None else a.transpose(axis)))
            cases.append(case)
    return cases


def text(x):
    """A float as text .NET parses exactly (repr, with .NET's names for the special values)."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(float(x))


def arange_case(kind, start, stop, step):
    floating = kind in ("f8", "f2")
    case = {"op": "arange", "dtype": kind, "args": [text(v) if floating else str(v) for v in (start, stop, step)]}
    if kind == "i8" and step != 0:
        # NumPy divides the range by the step in floating point, so beyond 2**53 its length can be
        # one short of the exact ceil((stop - start) / step), which ArrayBridge computes.
        case["exact_length"] = max(0, -((start - stop) // step))
    try:
        r = np.arange(start, stop, step, dtype={"f8": np.float64, "f2": np.float16, "i8": np.int64}[kind])
        case["length"] = len(r)
        shown = r if kind == "f2" else r[:8]
        case["values"] = [text(float(v)) if floating else str(int(v)) for v in shown]
    except Exception as e:  # the exception is the recorded result
        case.update(error_of(e))
    return case


def arange_cases():
    cases = []
    floats = [0.0, 1.0, -1.0, 2.5, -0.5, 1e-300, 1e300, -1e300, math.inf, -math.inf, math.nan]
    for start, stop, step in itertools.product(floats, repeat=3):
        cases.append(arange_case("f8", start, stop, step))
    # float16: bounds and steps that float16 holds exactly; the fill rounds each element once.
    halves = [(0.0, 3000.0, 1.3701171875), (-5.0, 5.0, 0.0999755859375), (1000.0, -1000.0, -7.0078125),
              (0.0, 1.0, 0.0), (0.0, math.inf, 1.0), (math.nan, 1.0, 1.0), (0.0, 65504.0, 1024.0)]
    for start, stop, step in halves:
        cases.append(arange_case("f2", start, stop, step))
    ints = [0, 1, -1, 3, -3, 10, -10, 2**62, -2**62, 2**63 - 1, -2**63]
    for start, stop, step in itertools.product(ints, repeat=3):
        cases.append(arange_case("i8", start, stop, step))
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = squeeze_cases() + transpose_cases() + arange_cases()
    with open(os.path.join(OUT, "numpy_argument_edges.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
