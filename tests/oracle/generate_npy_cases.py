#!/usr/bin/python3
"""Writes small .npy files with real NumPy's np.save, plus a manifest describing them.

Run with /usr/bin/python3 (NumPy 1.24). Output: tests/ArrayBridge.Tensor.Tests/Data/npy/.
The manifest gives, per file, the descr, shape, fortran_order and the array's values as the
little-endian C-order bytes (hex), so the tests can check Load's values without trusting Load, and
rebuild the array independently to check that Save reproduces the file byte for byte.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ArrayBridge.Tensor.Tests", "Data", "npy")
KINDS = ["b1", "i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8", "f2", "f4", "f8", "c8", "c16"]


def values(dtype, shape):
    n = int(np.prod(shape, dtype=np.int64))
    k = np.arange(n)
    if dtype.kind == "b":
        a = (k % 3 == 1)
    elif dtype.kind in "iu":
        info = np.iinfo(dtype)
        # extremes first, then a spread of small values of both signs
        span = int(info.max) - int(info.min) + 1
        pool = [int(info.min), int(info.max), 0, 1, int(info.max) // 3] + [int(x) * 37 - 50 for x in k]
        a = np.array([(x - int(info.min)) % span + int(info.min) for x in pool[:n]], dtype=object).astype(dtype)
    elif dtype.kind == "f":
        specials = np.array([np.nan, -np.inf, np.inf, -0.0, np.finfo(dtype).tiny, np.finfo(dtype).max], dtype=dtype)
        rest = ((k * 1.37 - 3.5) / 3).astype(dtype)
        a = np.concatenate([specials, rest])[:n]
    else:
        part = np.dtype("f%d" % (dtype.itemsize // 2))
        re = np.concatenate([np.array([np.nan, np.inf, -0.0], dtype=part), ((k * 1.37 - 3.5) / 3).astype(part)])[:n]
        im = np.concatenate([np.array([1.0, -np.nan, -np.inf], dtype=part), ((k * -0.71 + 2) / 7).astype(part)])[:n]
        # set the parts directly: re + 1j*im would turn inf*1j into nan
        a = np.empty(n, dtype=dtype)
        a.real = re
        a.imag = im
    return np.asarray(a, dtype=dtype).reshape(shape)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".npy"):
            os.remove(os.path.join(OUT, f))
    cases = []

    def save(name, arr):
        path = os.path.join(OUT, name + ".npy")
        np.save(path, arr)
        le = arr.astype(arr.dtype.newbyteorder("<")) if arr.dtype.itemsize > 1 else arr
        cases.append({
            "file": name + ".npy",
            "descr": arr.dtype.str,
            "shape": list(arr.shape),
            "fortran_order": bool(arr.flags.f_contiguous and not arr.flags.c_contiguous),
            "values_le_hex": np.ascontiguousarray(le).tobytes(order="C").hex(),
            "version": 1,
        })

    for kind in KINDS:
        orders = ["|"] if kind in ("b1", "i1", "u1") else ["<", ">"]
        for bo in orders:
            dt = np.dtype(bo + kind)
            tag = ("le" if bo == "<" else "be" if bo == ">" else "na") + "_" + kind
            base = values(dt, (3, 4))
            save(tag + "_c", base)
            save(tag + "_f", np.asfortranarray(base))
            save(tag + "_0d", values(dt, ()))
            save(tag + "_empty", values(dt, (0, 3)))
    # non-contiguous source: np.save writes C order
    base = values(np.dtype("<f8"), (4, 6))
    save("le_f8_strided", base[::-2, 1::2])
    save("le_i4_1d", values(np.dtype("<i4"), (5,)))
    save("le_u2_3d_f", np.asfortranarray(values(np.dtype("<u2"), (2, 3, 4))))
    # np.save never needs 2.0/3.0 for these dtypes, so write them explicitly to test reading them
    for version in ((2, 0), (3, 0)):
        arr = values(np.dtype(">i2"), (2, 3))
        name = "be_i2_v%d" % version[0]
        with open(os.path.join(OUT, name + ".npy"), "wb") as fp:
            np.lib.format.write_array(fp, arr, version=version)
        cases.append({"file": name + ".npy", "descr": arr.dtype.str, "shape": list(arr.shape), "fortran_order": False,
                      "values_le_hex": arr.astype("<i2").tobytes().hex(), "version": version[0]})
    long_shape = (0,) + (1,) * 31
    save("le_f4_manydims_empty", np.zeros(long_shape, dtype="<f4"))
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        f.write('{"numpy": "%s", "cases": [\n' % np.__version__)
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}")
        f.write("\n")


if __name__ == "__main__":
    main()
