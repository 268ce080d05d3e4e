"""How returned arrays reach NumPy: a small new array (up to 1 KiB) that nothing else in .NET holds is
copied into memory NumPy allocates and owns (OWNDATA, no base), any other is shared zero-copy with an
arraybridge.ExportedArray as its base; either way every .NET block is freed exactly once."""
import gc
import sys

import numpy as np
import pytest

import fastmath

SMALL_LIMIT = 1024  # bytes
DTYPES = [np.bool_, np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64,
          np.float16, np.float32, np.float64, np.complex64, np.complex128]
SHAPES = [(), (0,), (1,), (3,), (2, 3), (4, 1, 2), (SMALL_LIMIT // 8,), (SMALL_LIMIT // 8 + 1,), (100, 100)]


def counters():
    """(live .NET native blocks, live ExportedArray objects, results copied so far)."""
    gc.collect()
    return fastmath.memory_counters()


def is_copied(result):
    return result.flags.owndata and result.base is None


def is_exported(result):
    return not result.flags.owndata and type(result.base).__name__ == "ExportedArray"


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_results_of_every_dtype_and_size_are_right_and_owned_by_size(dtype, shape):
    x = (np.arange(int(np.prod(shape))) % 7).astype(dtype).reshape(shape)
    _, _, copied_before = counters()
    result = fastmath.copy_of(x)
    _, _, copied_after = counters()
    assert result.dtype == x.dtype and result.shape == x.shape
    np.testing.assert_array_equal(result, x)
    assert result.flags.c_contiguous and result.flags.writeable
    small = 0 < x.nbytes <= SMALL_LIMIT or x.ndim == 0
    if small:
        assert is_copied(result), (result.flags, result.base)
        assert copied_after == copied_before + 1
    else:
        assert is_exported(result), (result.flags, result.base)
        assert copied_after == copied_before
    result[...] = x  # writeable whichever way it was handed over
    np.testing.assert_array_equal(result, x)


def test_the_copy_threshold_is_1_kib_of_float64():
    assert is_copied(fastmath.scale(np.ones(SMALL_LIMIT // 8)))
    assert is_exported(fastmath.scale(np.ones(SMALL_LIMIT // 8 + 1)))


@pytest.mark.parametrize("n", [1, 5, SMALL_LIMIT // 8, 10_000], ids=lambda n: f"{n} elements")
def test_every_block_is_freed_exactly_once_whether_results_are_dropped_or_kept(n):
    x = np.arange(float(n))
    blocks, exported, _ = counters()
    for _ in range(20_000):
        fastmath.scale(x, 2.0)
    assert counters()[:2] == (blocks, exported)

    kept = [fastmath.scale(x, float(i)) for i in range(200)]
    live_blocks, live_exported, _ = counters()
    large = n * 8 > SMALL_LIMIT
    # A copied result's .NET block is freed in the call; an exported one lives exactly as long as the result.
    assert (live_blocks - blocks, live_exported - exported) == ((200, 200) if large else (0, 0))
    for i, r in enumerate(kept):
        np.testing.assert_array_equal(r, x * float(i))  # results stay valid after the call
    del kept, r
    assert counters()[:2] == (blocks, exported)


def test_refcounts_of_small_and_large_results_are_stable_over_many_calls():
    small, large = np.arange(8.0), np.arange(1000.0)
    before = (sys.getrefcount(small), sys.getrefcount(large), sys.getrefcount(None))
    for _ in range(100_000):
        fastmath.scale(small)
    for _ in range(10_000):
        fastmath.scale(large)
    # None's count moves with everything else in the interpreter; a result holding it would add 10^5.
    after = (sys.getrefcount(small), sys.getrefcount(large), sys.getrefcount(None))
    assert after[:2] == before[:2] and abs(after[2] - before[2]) < 1000

    copied = fastmath.scale(small)
    exported = fastmath.scale(large)
    copied_refs = sys.getrefcount(copied)  # the local and the argument
    exported_refs = sys.getrefcount(exported)
    base_refs = sys.getrefcount(exported.base)  # the result's base field and the argument
    assert (copied_refs, exported_refs, base_refs) == (2, 2, 2)


def test_a_small_result_of_which_the_function_kept_a_view_shares_its_memory_with_that_view():
    x = np.arange(4.0)
    blocks, exported, copied = counters()
    result = fastmath.scale_keeping_view(x, 2.0)
    assert is_exported(result), (result.flags, result.base)
    assert counters()[2] == copied
    np.testing.assert_array_equal(result, x * 2.0)
    fastmath.fill_kept_result(7.0)  # written through the kept .NET view
    np.testing.assert_array_equal(result, np.full(4, 7.0))
    fastmath.release_kept_result()
    np.testing.assert_array_equal(result, np.full(4, 7.0))  # NumPy's array still holds the memory
    assert counters()[:2] == (blocks + 1, exported + 1)
    del result
    assert counters()[:2] == (blocks, exported)


def test_results_returned_from_eight_threads_at_once_are_right_and_freed():
    import threading
    blocks, exported, _ = counters()
    inputs = [np.arange(float(n)) for n in (1, 3, 64, 128, 129, 500, 1, 2)]
    barrier = threading.Barrier(8)
    failures = []

    def work(x):
        barrier.wait()
        for i in range(5000):
            r = fastmath.scale(x, float(i))
            if not np.array_equal(r, x * float(i)):
                failures.append(len(x))

    threads = [threading.Thread(target=work, args=(x,)) for x in inputs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert counters()[:2] == (blocks, exported)
