#!/usr/bin/env python3
"""Generates the NumPy oracle data the Tensor tests replay (tests/ArrayBridge.Tensor.Tests/Data).

Run with an interpreter that has NumPy (Debian's /usr/bin/python3):
    /usr/bin/python3 tests/oracle/generate_tensor_cases.py
Every case starts from a base array built the same way on both sides, applies a chain of
operations, and records what NumPy produced: shape, strides, byte offset from the base's data
pointer (None when NumPy copied), flags and every element value in C order.
"""
import ctypes
import warnings
import json
import os
import random

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "ArrayBridge.Tensor.Tests", "Data")
DTYPES = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16",
          ">i2", ">i4", ">f8", ">c16", ">u8", ">f2"]
FLAG_BITS = {"C_CONTIGUOUS": 0x1, "F_CONTIGUOUS": 0x2, "OWNDATA": 0x4, "ALIGNED": 0x100, "WRITEABLE": 0x400,
             "WRITEBACKIFCOPY": 0x2000}


def flags_of(a):
    return sum(bit for name, bit in FLAG_BITS.items() if a.flags[name])


def base_array(dtype, shape, order):
    """The base every case starts from: arange values, reduced so that every dtype holds them exactly."""
    size = int(np.prod(shape)) if shape else 1
    mod = {"b": 2, "i": 127 if np.dtype(dtype).itemsize == 1 else None,
           "u": 251 if np.dtype(dtype).itemsize == 1 else None, "f": 2048, "c": 2048}[np.dtype(dtype).kind]
    values = np.arange(size)
    if mod:
        values = values % mod
    a = values.astype(dtype).reshape(shape)
    if order == "F" and a.ndim:  # asfortranarray would make a 0-d array 1-d
        a = np.asfortranarray(a)
    return a


def values_of(a):
    flat = a.ravel(order="C")
    if flat.dtype.kind == "c":
        return [[float(v.real), float(v.imag)] for v in flat.tolist()]
    if flat.dtype.kind == "b":
        return [int(v) for v in flat.tolist()]
    return [float(v) if flat.dtype.kind == "f" else int(v) for v in flat.tolist()]


def random_shape(rng, max_nd=5, max_size=400):
    nd = rng.randint(0, max_nd)
    shape = []
    for _ in range(nd):
        shape.append(rng.choice([1, 1, 2, 3, 4, 5, 6]))
    if rng.random() < 0.05 and nd:
        shape[rng.randrange(nd)] = 0
    while np.prod(shape) > max_size:
        shape[rng.randrange(nd)] = max(1, shape[rng.randrange(nd)] // 2)
    return shape


def random_slice(rng, n):
    kind = rng.random()
    if kind < 0.15:
        return str(rng.randint(-n, n - 1)) if n else ":"
    if kind < 0.25:
        return ":"
    start = rng.choice(["", str(rng.randint(-n - 1, n + 1))])
    stop = rng.choice(["", str(rng.randint(-n - 1, n + 1))])
    step = rng.choice(["", "1", "2", "-1", "-2", "3", "-3"])
    return f"{start}:{stop}" + (f":{step}" if step else "")


def random_index(rng, a):
    items = []
    axes = list(a.shape)
    used_ellipsis = False
    i = 0
    while i < len(axes):
        r = rng.random()
        if r < 0.1:
            items.append("None")
            continue
        if r < 0.15 and not used_ellipsis:
            items.append("...")
            used_ellipsis = True
            break
        if r < 0.25:
            break
        items.append(random_slice(rng, axes[i]))
        i += 1
    if rng.random() < 0.2:
        items.append("None")
    return ", ".join(items)


def factorizations(n, rng, nd):
    """A random shape with product n and about nd axes, with 1s sprinkled in."""
    dims = []
    m = n
    for p in [2, 3, 5, 7, 11, 13]:
        while m % p == 0:
            dims.append(p)
            m //= p
    if m > 1:
        dims.append(m)
    rng.shuffle(dims)
    while len(dims) > nd and len(dims) > 1:
        a = dims.pop()
        dims[rng.randrange(len(dims))] *= a
    for _ in range(rng.randint(0, 2)):
        dims.insert(rng.randint(0, len(dims)), 1)
    if rng.random() < 0.3 and dims:
        dims[rng.randrange(len(dims))] = -1
    return dims


def random_op(rng, a):
    choice = rng.random()
    if choice < 0.35:
        index = random_index(rng, a)
        if "..." not in index:
            # A trailing ellipsis keeps all-integer indexing a 0-d view instead of a NumPy scalar.
            index = index + ", ..." if index else "..."
        return ["index", index]
    if choice < 0.5:
        axes = list(range(a.ndim))
        rng.shuffle(axes)
        return ["transpose", axes if rng.random() < 0.8 else None]
    if choice < 0.75:
        if a.size == 0:
            shape = [0, rng.randint(1, 3)]
        else:
            shape = factorizations(a.size, rng, rng.randint(1, 4))
        return ["reshape", shape, rng.choice(["C", "C", "F", "A"])]
    if choice < 0.82 and a.ndim:
        target = [rng.choice([2, 3]) if d == 1 else d for d in a.shape]
        if rng.random() < 0.5:
            target.insert(0, rng.randint(1, 3))
        return ["broadcast", target]
    if choice < 0.87 and a.ndim >= 2:
        return ["swapaxes", rng.randrange(a.ndim), rng.randrange(a.ndim)]
    if choice < 0.9:
        return ["squeeze"]
    if choice < 0.93:
        return ["expand_dims", rng.randint(-a.ndim - 1, a.ndim)]
    if choice < 0.97:
        return ["ravel", rng.choice(["C", "F", "A", "K"])]
    return ["copy", rng.choice(["C", "F", "A", "K"])]


def apply(a, op):
    kind = op[0]
    if kind == "index":
        return eval(f"a[{op[1]}]", {"a": a}) if op[1] else a[()]
    if kind == "transpose":
        return a.transpose(op[1]) if op[1] is not None else a.T
    if kind == "reshape":
        return a.reshape(op[1], order=op[2])
    if kind == "broadcast":
        return np.broadcast_to(a, op[1])
    if kind == "swapaxes":
        return a.swapaxes(op[1], op[2])
    if kind == "squeeze":
        return a.squeeze()
    if kind == "expand_dims":
        return np.expand_dims(a, op[1])
    if kind == "ravel":
        return a.ravel(order=op[1])
    if kind == "copy":
        return a.copy(order=op[1])
    raise ValueError(kind)


def describe(base, a, same=False):
    shares = np.shares_memory(a, base) if a.size and base.size else (a.base is not None and a.size == 0 and False)
    return {
        "shape": list(a.shape),
        "strides": list(a.strides),
        "offset": (a.__array_interface__["data"][0] - base.__array_interface__["data"][0]) if shares else None,
        "flags": flags_of(a),
        "values": values_of(a),
        "same_object": same,
    }


def layout_cases(rng, count):
    cases = []
    while len(cases) < count:
        dtype = rng.choice(DTYPES)
        shape = random_shape(rng)
        order = rng.choice(["C", "F"])
        base = base_array(dtype, shape, order)
        a = base
        ops = []
        error = None
        same = False
        for _ in range(rng.randint(1, 4)):
            op = random_op(rng, a)
            try:
                b = apply(a, op)
            except (ValueError, IndexError) as e:
                error = type(e).__name__
                ops.append(op)
                break
            if not isinstance(b, np.ndarray):
                break
            ops.append(op)
            same = b is a
            a = b
        if not ops:
            continue
        case = {"dtype": dtype, "shape": shape, "order": order, "ops": ops}
        if error:
            case["error"] = error
        else:
            case["expected"] = describe(base, a, same)
        cases.append(case)
    return cases


# --- PyArray_FromArray called directly through the C-API table ---------------------------------
_get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_get_pointer.restype = ctypes.c_void_p
_get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
_table = ctypes.cast(_get_pointer(np.core.multiarray._ARRAY_API, None), ctypes.POINTER(ctypes.c_void_p))
_check_from_any = ctypes.PYFUNCTYPE(ctypes.py_object, ctypes.py_object, ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                   ctypes.c_int, ctypes.c_void_p)(_table[108])
_resolve = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.py_object)(_table[302])
ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]


def from_array(a, dtype, flags):
    """PyArray_CheckFromAny(a, descr or NULL, 0, 0, flags, NULL), which applies NOTSWAPPED and
    ELEMENTSTRIDES and then PyArray_FromArray; the descr reference is stolen, so add one."""
    if dtype is None:
        return _check_from_any(a, None, 0, 0, flags, None)
    d = np.dtype(dtype)
    ctypes.pythonapi.Py_IncRef(d)
    return _check_from_any(a, id(d), 0, 0, flags, None)


REQUIREMENTS = [0x1, 0x2, 0x100, 0x400, 0x20, 0x10, 0x200, 0x2000, 0x4000, 0x80]


def require_cases(rng, count):
    cases = []
    while len(cases) < count:
        dtype = rng.choice(DTYPES)
        shape = random_shape(rng, 4, 120)
        order = rng.choice(["C", "F"])
        base = base_array(dtype, shape, order)
        a = base
        ops = []
        for _ in range(rng.randint(0, 2)):
            op = random_op(rng, a)
            if op[0] in ("ravel", "copy", "broadcast"):
                continue
            try:
                a = apply(a, op)
            except (ValueError, IndexError):
                break
            ops.append(op)
        if not isinstance(a, np.ndarray):
            continue
        readonly = rng.random() < 0.2
        if readonly:
            a = a.view()
            a.flags.writeable = False
            ops.append(["readonly"])
        flags = 0
        for bit in REQUIREMENTS:
            if rng.random() < 0.2:
                flags |= bit
        if flags & 0x3 == 0x3:
            flags &= ~0x2
        target = rng.choice([None, None, rng.choice(DTYPES)])
        case = {"dtype": dtype, "shape": shape, "order": order, "ops": ops, "target": target, "requirements": flags}
        try:
            r = from_array(a, target, flags)
        except (TypeError, ValueError) as e:
            case["error"] = type(e).__name__
            cases.append(case)
            continue
        case["expected"] = {
            "copied": r is not a,
            "dtype": r.dtype.str,
            "strides": list(r.strides),
            "flags": flags_of(r),
            "source_writeable": bool(a.flags.writeable),
            "values": values_of(r),
        }
        if r.flags.writebackifcopy:
            _resolve(r)
        cases.append(case)
    return cases


CAST_TYPES = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16",
              ">i4", ">f8", ">c8"]


def cast_cases():
    """Every pair of dtypes, cast with astype (unsafe, like C casts) from edge values of the source.
    Values travel as the hex of their raw bytes so NaN, infinities and -0.0 survive exactly."""
    ints = [0, 1, -1, 2, 7, 100, 127, -128, 200, 255, 256, -129, 1000, 32767, -32768, 65535, 70000,
            2**31 - 1, -2**31, 2**32 - 1, 2**32 + 5, 2**53 + 1, 2**63 - 1, -2**63]
    floats = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 1e-8, 0.1, 3.14159, -7.9, 127.9, -128.9, 255.5, 300.7,
              65504.0, 65520.0, 1e5, -1e5, 2.0**31, -2.0**31 - 1, 4e9, 2.0**63, 1e19, -1e19, 1e30, 3.5e38,
              float("inf"), float("-inf"), float("nan")]
    cases = []
    for src in CAST_TYPES:
        d = np.dtype(src)
        if d.kind == "b":
            values = np.array([False, True, True, False])
        elif d.kind in "iu":
            info = np.iinfo(d)
            values = np.array([v for v in ints if info.min <= v <= info.max], dtype=object).astype(d)
        elif d.kind == "f":
            values = np.array(floats).astype(d)
        else:
            values = (np.array(floats) + 1j * np.array(floats[::-1])).astype(d)
        values = values.astype(d)
        for dst in CAST_TYPES:
            out = values.astype(dst)
            cases.append([src, dst, values.tobytes().hex(), out.tobytes().hex()])
    return cases


def main():
    warnings.simplefilter("ignore")
    rng = random.Random(20261122)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "numpy_layouts.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": layout_cases(rng, 1500)}, f, separators=(",", ":"))
    with open(os.path.join(OUT, "numpy_require.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": require_cases(rng, 600)}, f, separators=(",", ":"))
    casts = []
    names = [np.dtype(t) for t in ["?", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16", ">f8", ">i4"]]
    for a in names:
        for b in names:
            casts.append([a.str, b.str] + [bool(np.can_cast(a, b, c)) for c in ["no", "equiv", "safe", "same_kind", "unsafe"]])
    with open(os.path.join(OUT, "numpy_cast_values.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": cast_cases()}, f, separators=(",", ":"))
    with open(os.path.join(OUT, "numpy_can_cast.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": casts}, f, separators=(",", ":"))


if __name__ == "__main__":
    main()
