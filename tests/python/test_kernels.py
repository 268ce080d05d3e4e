"""fastmath's kernels against the same computation in NumPy, for every layout and dtype they accept."""
import numpy as np
import pytest

import fastmath
import references
from layouts import DTYPES, layouts_1d, layouts_2d

RNG = np.random.default_rng(20261127)
SERIES = RNG.standard_normal(257)
GRID = RNG.standard_normal((17, 23))


@pytest.mark.parametrize("name,x", layouts_1d(SERIES), ids=lambda v: v if isinstance(v, str) else "")
def test_kernels_1d_every_layout(name, x):
    np.testing.assert_array_equal(fastmath.scale(x, 3.0), SERIES * 3.0)
    np.testing.assert_allclose(fastmath.ema(x, 0.25), references.ema(SERIES, 0.25), rtol=0, atol=1e-12)
    np.testing.assert_allclose(fastmath.stencil1d(x, (1.0, -2.0, 1.0)), references.stencil1d(SERIES, (1.0, -2.0, 1.0)), rtol=0, atol=1e-12)


@pytest.mark.parametrize("name,grid", layouts_2d(GRID), ids=lambda v: v if isinstance(v, str) else "")
def test_kernels_2d_every_layout(name, grid):
    np.testing.assert_allclose(fastmath.laplacian2d(grid, spacing=0.5), references.laplacian2d(GRID, 0.5), rtol=0, atol=1e-12)
    np.testing.assert_array_equal(fastmath.scale(grid), GRID * 2.0)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
def test_kernels_every_safe_dtype(dtype):
    x = (np.arange(40) % 7).astype(dtype)
    expected = x.astype(np.float64)
    np.testing.assert_array_equal(fastmath.scale(x, 1.5), expected * 1.5)
    np.testing.assert_allclose(fastmath.ema(x, 0.5), references.ema(expected, 0.5), rtol=0, atol=1e-12)
    np.testing.assert_allclose(fastmath.laplacian2d(x.reshape(5, 8)), references.laplacian2d(expected.reshape(5, 8)), rtol=0, atol=1e-12)
    assert fastmath.sum_any(x) == pytest.approx(float(expected.sum()))


@pytest.mark.parametrize("dtype", [np.complex128, np.complex64, np.object_], ids=lambda d: np.dtype(d).name)
def test_unsafe_dtype_is_a_type_error_naming_the_cast(dtype):
    with pytest.raises(TypeError, match="Cannot cast array data"):
        fastmath.scale(np.zeros(3, dtype=dtype))


@pytest.mark.parametrize("shape", [(0,), (1,), (2,), (3, 0), (1, 1, 1), ()])
def test_scale_edge_shapes(shape):
    x = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape)
    result = fastmath.scale(x, -1.0)
    assert result.shape == x.shape and result.dtype == np.float64
    np.testing.assert_array_equal(result, -x)


def test_results_are_numpy_arrays_over_dotnet_memory():
    result = fastmath.scale(np.arange(500.0))  # above 1 KiB: shared, not copied (see test_results.py)
    assert type(result) is np.ndarray
    assert result.flags.c_contiguous and result.flags.writeable and not result.flags.owndata
    assert type(result.base).__name__ == "ExportedArray"
    result[0] = 42.0  # the memory is writeable and owned through base
    assert result[0] == 42.0


@pytest.mark.parametrize("name,x", [(n, a) for n, a in layouts_2d(GRID) if n != "list"], ids=lambda v: v if isinstance(v, str) else "")
def test_scale_in_place_writes_back_into_every_layout(name, x):
    fastmath.scale_in_place(x, 3.0)
    np.testing.assert_array_equal(x, GRID * 3.0)


def test_scale_in_place_writes_back_into_float32():
    x = np.arange(10, dtype=np.float32)[::2]
    fastmath.scale_in_place(x, 2.0)
    np.testing.assert_array_equal(x, np.arange(10, dtype=np.float32)[::2] * 2)


def test_scale_in_place_refuses_read_only():
    x = np.arange(4.0)
    x.flags.writeable = False
    with pytest.raises(ValueError, match="read-only"):
        fastmath.scale_in_place(x, 2.0)
    np.testing.assert_array_equal(x, np.arange(4.0))


def test_out_parameter_is_written_without_copy():
    out = np.full(4, np.nan)
    fastmath.cum_sum_into([1, 2, 3, 4], out)
    np.testing.assert_array_equal(out, [1, 3, 6, 10])


@pytest.mark.parametrize("bad_out", [[0.0] * 4, np.zeros(4, np.float32), np.zeros(8)[::2]], ids=["list", "float32", "strided"])
def test_out_parameter_that_would_need_a_copy_is_refused(bad_out):
    with pytest.raises(ValueError, match="copy"):
        fastmath.cum_sum_into([1, 2, 3, 4], bad_out)


def test_kernel_argument_errors_are_value_errors():
    with pytest.raises(ValueError, match="x must be 1-dimensional, got 2 dimensions"):
        fastmath.ema(np.zeros((2, 2)), 0.5)
    with pytest.raises(ValueError, match=r"alpha must be in \(0, 1\]"):
        fastmath.ema(np.zeros(3), 1.5)
    with pytest.raises(ValueError, match="grid must be 2-dimensional"):
        fastmath.laplacian2d(np.zeros(3))


@pytest.mark.parametrize("name,x", [(n, a) for n, a in layouts_2d(GRID) if n not in ("list", "c")], ids=lambda v: v if isinstance(v, str) else "")
def test_failed_call_discards_the_in_out_copy(name, x):
    before = x.copy()
    with pytest.raises(fastmath.DotNetError, match="failed after writing"):
        fastmath.fill_then_fail(x, 7.0)
    np.testing.assert_array_equal(x, before)  # the conforming copy was discarded, not written back
    fastmath.scale_in_place(x, 1.0)  # and the array is writeable again
    assert x.flags.writeable


def test_failed_call_on_a_conforming_array_keeps_what_it_wrote():
    x = np.zeros(4)  # C-contiguous float64: the function worked in place, as a C extension would
    with pytest.raises(fastmath.DotNetError):
        fastmath.fill_then_fail(x, 7.0)
    np.testing.assert_array_equal(x, [7.0] * 4)


def test_total_matches_numpy_on_the_direct_and_the_converting_argument_paths():
    rng = np.random.default_rng(7)
    base = rng.standard_normal(64)
    # Exact, conforming float64 arrays are viewed directly; the others are converted by NumPy first.
    for x in (base, base[::3], base[::-1], base.astype(np.float32), base.astype(">f8"), base.reshape(8, 8).T,
              base.astype(np.int64), list(base[:5]), base.view(np.matrix), np.float64(2.5), base[:0]):
        assert fastmath.total(x) == pytest.approx(float(np.sum(np.asarray(x, dtype=np.float64))), rel=1e-12, abs=1e-12)
