"""Arrays of one content in every layout NumPy has: the kernels must give the same answer for each."""
import numpy as np

# Every dtype that casts safely to float64 (what the float64 kernels accept without ForceCast).
DTYPES = [np.float64, np.float32, np.float16, np.int64, np.int32, np.int16, np.int8, np.uint64, np.uint32, np.uint8, np.bool_]


def layouts_1d(values):
    """(name, array) pairs with the content `values` (1-d float64)."""
    v = np.asarray(values, dtype=np.float64)
    wide = np.zeros(v.size * 3, dtype=np.float64)
    wide[::3] = v
    reversed_ = v[::-1].copy()[::-1]
    swapped = v.astype(v.dtype.newbyteorder())
    readonly = v.copy()
    readonly.flags.writeable = False
    unaligned_buffer = np.zeros(v.size * 8 + 1, dtype=np.uint8)[1:].view(np.float64)
    unaligned_buffer[...] = v
    return [
        ("c", v.copy()),
        ("strided", wide[::3]),
        ("negative", reversed_),
        ("byteswapped", swapped),
        ("readonly", readonly),
        ("unaligned", unaligned_buffer),
        ("list", v.tolist()),
    ]


def layouts_2d(values):
    """(name, array) pairs with the content `values` (2-d float64)."""
    v = np.asarray(values, dtype=np.float64)
    wide = np.zeros((v.shape[0], v.shape[1] * 2))
    wide[:, ::2] = v
    return [
        ("c", v.copy()),
        ("fortran", np.asfortranarray(v)),
        ("strided", wide[:, ::2]),
        ("transposed", v.T.copy().T),
        ("negative", v[::-1, ::-1].copy()[::-1, ::-1]),
        ("byteswapped", v.astype(v.dtype.newbyteorder())),
        ("list", v.tolist()),
    ]
