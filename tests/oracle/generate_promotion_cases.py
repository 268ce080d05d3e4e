#!/usr/bin/env python3
"""Generates NumPy's type-promotion oracle data (tests/ArrayBridge.Tensor.Tests/Data/numpy_promotion.json).

Run with an interpreter that has NumPy (Debian's /usr/bin/python3, NumPy 1.24):
    /usr/bin/python3 tests/oracle/generate_promotion_cases.py
NumPy 1.24 is switched to NEP 50 ("weak") promotion, NumPy 2's rules, before anything is recorded.
Records:
- promote_types: np.promote_types for every pair of the 14 dtypes, each in native and swapped
  byte order (the result's byte order included);
- non_associative: the triples of dtypes for which np.promote_types is not associative;
- result_type: np.result_type over operand lists: arrays (1-d and 0-d), NumPy scalars and weak
  Python int/float/complex, each dtype with every set of weak kinds in both orders, weak
  scalars alone, every ordered pair and triple of arrays and weak kinds, and seeded random
  mixes; the empty list's error;
- values: the bytes a scalar becomes in a loop's dtype (every dtype, both byte orders): a Python
  int as np.asarray(value, dtype) converts it (NumPy 2's OverflowError when it does not fit), a
  Python float or complex likewise into float/complex dtypes and as np.array(value).astype(dtype)
  into the others, and a NumPy scalar as np.array(value, source).astype(dtype).
"""
import itertools
import json
import os
import random
import struct
import warnings

import numpy as np

np._set_promotion_state("weak")
warnings.simplefilter("ignore")

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data")
NATIVE = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16"]
SWAPPED = [">" + t[1:] for t in NATIVE if t[0] == "<"]
ALL = NATIVE + SWAPPED
WEAK = {"int": 1, "float": 1.0, "complex": 1j}


def bits(v):
    return struct.unpack("<q", struct.pack("<d", v))[0]


def error_of(e):
    return {"type": type(e).__name__, "message": str(e)}


def promote_types_cases():
    return [[a, b, np.promote_types(a, b).str] for a in ALL for b in ALL]


def non_associative_triples():
    """The triples for which promote_types(promote_types(a, b), c) != promote_types(a, promote_types(b, c))."""
    p = np.promote_types
    return [[a, b, c] for a, b, c in itertools.product(NATIVE, repeat=3) if p(p(a, b), c) != p(a, p(b, c))]


def operand(code):
    """An operand from its code: a:<t> 1-d array, z:<t> 0-d array, s:<t> NumPy scalar, or a weak kind."""
    if code in WEAK:
        return WEAK[code]
    kind, t = code.split(":")
    if kind == "a":
        return np.zeros(2, dtype=t)
    if kind == "z" or t == "<c16":
        # NumPy 1.24 takes np.complex128, a subclass of Python's complex, for a weak Python complex
        # (np.result_type(float32_array, np.complex128(1)) is complex64 there); NEP 50 and NumPy 2
        # make every NumPy scalar strong, as a 0-d array is, so the 0-d array stands in for it.
        return np.zeros((), dtype=t)
    return np.dtype(t).type(1)


def result_type_case(codes):
    try:
        return {"operands": codes, "result": np.result_type(*[operand(c) for c in codes]).str}
    except Exception as e:  # noqa: BLE001 - the error is the recorded answer
        return {"operands": codes, "error": error_of(e)}


def result_type_cases():
    cases = []
    weak_sets = [list(s) for n in (1, 2, 3) for s in itertools.combinations(WEAK, n)]
    for t in ALL:
        cases.append(result_type_case(["a:" + t]))
        cases.append(result_type_case(["z:" + t]))
        for ws in weak_sets:
            cases.append(result_type_case(["a:" + t] + ws))
            cases.append(result_type_case(list(reversed(ws)) + ["z:" + t]))
    for t in NATIVE:
        for w in WEAK:
            cases.append(result_type_case(["s:" + t, w]))
            cases.append(result_type_case([w, "s:" + t, "s:" + t]))
    for n in (1, 2, 3, 4):
        for ws in itertools.product(WEAK, repeat=n):
            cases.append(result_type_case(list(ws)))
    # Every ordered pair and triple of native arrays and weak kinds: promote_types is not
    # associative, so result_type of three is NumPy's DType-sequence promotion, not a fold.
    codes = ["a:" + t for t in NATIVE] + list(WEAK)
    for n in (2, 3):
        for combo in itertools.product(codes, repeat=n):
            if n == 2 or not all(c in WEAK for c in combo):
                cases.append(result_type_case(list(combo)))
    rng = random.Random(1950)
    for _ in range(600):
        codes = []
        for _ in range(rng.randint(1, 5)):
            r = rng.random()
            if r < 0.35:
                codes.append(rng.choice(list(WEAK)))
            else:
                codes.append(rng.choice(["a", "z", "s"]) + ":" + rng.choice(NATIVE if r > 0.8 else ALL))
        codes = [c if not c.startswith("s:") or c[2] != ">" else "a" + c[1:] for c in codes]
        cases.append(result_type_case(codes))
    cases.append(result_type_case([]))
    return cases


def convert(value, target, as_cast):
    try:
        a = np.array(value).astype(target) if as_cast else np.asarray(value, dtype=target)
        return {"bytes": a.tobytes().hex()}
    except Exception as e:  # noqa: BLE001 - the error is the recorded answer
        return {"error": error_of(e)}


def value_cases():
    cases = []
    i64 = (-(2 ** 63), 2 ** 63 - 1)
    for t in ALL:
        dt = np.dtype(t)
        ints = [0, 1, -1, 2, 127, 128, -128, 255, 256, 65504, 65520, 100000, 16777217, 2 ** 53 + 1,
                2 ** 62 + 2 ** 38 + 1, i64[0], i64[1]]
        if dt.kind in "iu":
            info = np.iinfo(dt)
            ints += [int(info.min), int(info.max), int(info.min) - 1, int(info.max) + 1]
        for v in sorted(set(v for v in ints if i64[0] <= v <= i64[1])):
            cases.append({"kind": "int", "value": v, "repr": repr(v), "target": t, **convert(v, t, False)})

        floats = [0.0, -0.0, 1.5, -1.5, 2.5, 300.7, -129.5, 65504.0, 65519.99, 65520.0, 1e-8, 5e-324,
                  3.4028235677973366e38, 3.5e38, 1e300, -1e300, 2.5e9, -2.5e9, 1e19, -1e19, 2.0 ** 63, 2.0 ** 64,
                  float("inf"), float("-inf"), float("nan"), 0.1]
        for v in floats:
            cases.append({"kind": "float", "value": bits(v), "repr": repr(v), "target": t,
                          **convert(v, t, dt.kind not in "fc")})

        complexes = [0j, 1j, 1 + 2j, -1.5 + 0j, 300.7 - 5j, complex(1e300, -1e300), complex(float("nan"), 1),
                     complex(0.1, 3.5e38), complex(-0.0, 0.0)]
        for v in complexes:
            cases.append({"kind": "complex", "value": [bits(v.real), bits(v.imag)], "repr": repr(v), "target": t,
                          **convert(v, t, dt.kind != "c")})

    typed = {"b": [False, True], "i": [0, 1, -1, "min", "max"], "u": [0, 1, "max", 200],
             "f": [1.5, -1.5, 300.7, float("nan"), float("inf"), 1e10], "c": [1 + 2j, -300.7 + 0.5j, complex(float("inf"), 0)]}
    for s in NATIVE:
        st = np.dtype(s)
        for v in typed[st.kind]:
            if v in ("min", "max"):
                v = int(getattr(np.iinfo(st), v))
            source = np.array(v).astype(st)
            for t in ALL:
                cases.append({"kind": "typed", "source": s, "source_bytes": source.tobytes().hex(), "repr": repr(source[()]),
                              "target": t, **convert(source, t, True)})
    return cases


def main():
    data = {
        "numpy": np.__version__,
        "promote_types": promote_types_cases(),
        "non_associative": non_associative_triples(),
        "result_type": result_type_cases(),
        "values": value_cases(),
    }
    with open(os.path.join(OUT, "numpy_promotion.json"), "w") as f:
        json.dump(data, f, indent=0)
        f.write("\n")


if __name__ == "__main__":
    main()
