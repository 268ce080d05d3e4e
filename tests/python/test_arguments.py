"""Binding of positional and keyword arguments, with CPython's checks and wording, and the
conversions of scalars both ways."""
import inspect
import pathlib

import numpy as np
import pytest

import fastmath

X = np.arange(3.0)


@pytest.mark.parametrize("call,message", [
    (lambda: fastmath.scale(), "fastmath.scale() missing required argument 'x' (pos 1)"),
    (lambda: fastmath.scale(factor=2.0), "fastmath.scale() missing required argument 'x' (pos 1)"),
    (lambda: fastmath.ema(X), "fastmath.ema() missing required argument 'alpha' (pos 2)"),
    (lambda: fastmath.scale(X, 1.0, 2.0), "fastmath.scale() takes at most 2 arguments (3 given)"),
    (lambda: fastmath.scale(X, 1.0, factor=2.0), "fastmath.scale() takes at most 2 arguments (3 given)"),
    (lambda: fastmath.noop(1), "fastmath.noop() takes no arguments (1 given)"),
    (lambda: fastmath.noop(a=1), "fastmath.noop() takes no arguments (1 given)"),
    (lambda: fastmath.hypot((1, 2), 3), "fastmath.hypot() takes at most 1 argument (2 given)"),
    (lambda: fastmath.scale(X, y=1.0), "fastmath.scale() got an unexpected keyword argument 'y'"),
    (lambda: fastmath.scale(X, x=X), "fastmath.scale() got multiple values for argument 'x'"),
    (lambda: fastmath.scale(X, "a"), "fastmath.scale() argument 'factor' must be float, not str"),
    (lambda: fastmath.scale(X, factor=None), "fastmath.scale() argument 'factor' must be float, not NoneType"),
    (lambda: fastmath.describe(1.5, 1, True, "n"), "fastmath.describe() argument 'count' must be int, not float"),
    (lambda: fastmath.describe(1, 1, True, b"n"), "fastmath.describe() argument 'name' must be str, not bytes"),
    (lambda: fastmath.describe("1", 1, True, "n"), "fastmath.describe() argument 'count' must be int, not str"),
    (lambda: fastmath.hypot([3, 4]), "fastmath.hypot() argument 'point' must be tuple of 2 items, not list"),
    (lambda: fastmath.hypot((3, 4, 5)), "fastmath.hypot() argument 'point' must be a tuple of 2 items, not 3"),
    (lambda: fastmath.hypot((3, "4")), "fastmath.hypot() argument 'point' must be float, not str"),
    (lambda: fastmath.scale(object()), None),
])
def test_wrong_arity_keywords_and_types_are_type_errors(call, message):
    with pytest.raises(TypeError) as info:
        call()
    if message is not None:
        assert str(info.value) == message


@pytest.mark.parametrize("value,message", [
    (2**63, "Python int too large to convert to C long"),
    (-2**63 - 1, "Python int too large to convert to C long"),
])
def test_long_overflow_is_overflow_error(value, message):
    with pytest.raises(OverflowError, match=message):
        fastmath.describe(value, 1, True, "n")


@pytest.mark.parametrize("value,message", [(2**31, "greater than maximum"), (-2**31 - 1, "less than minimum")])
def test_int_overflow_is_overflow_error(value, message):
    with pytest.raises(OverflowError, match=message):
        fastmath.describe(1, value, True, "n")


def test_keywords_in_any_order_and_defaults():
    np.testing.assert_array_equal(fastmath.scale(factor=3.0, x=X), X * 3)
    np.testing.assert_array_equal(fastmath.scale(X), X * 2)
    assert fastmath.describe(name="n", flag=[], small=-(2**31), count=2**63 - 1) == f"n: count={2**63 - 1} small={-(2**31)} flag=False ratio=None"
    assert fastmath.describe(1, 2, "yes", "é✓", ratio=0.1) == "é✓: count=1 small=2 flag=True ratio=0.1"


def test_index_protocol_and_numpy_scalars_convert():
    assert fastmath.describe(np.int64(7), np.int8(-3), np.bool_(True), "n", np.float32(0.5)) == "n: count=7 small=-3 flag=True ratio=0.5"
    assert fastmath.hypot((np.float64(3), 4)) == 5.0


def test_results_of_every_scalar_kind():
    assert fastmath.noop() is None
    assert fastmath.hypot((3.0, 4.0)) == 5.0
    assert fastmath.min_max(np.array([3.0, -1.0, 2.0])) == (-1.0, 3.0)
    assert fastmath.min_max(np.array([])) == (None, None)
    single, number, text = fastmath.echo(0.1, -5)
    assert single == float(np.float32(0.1)) and number == -5 and text == "none"
    assert fastmath.echo(1.0, 1, None) == (1.0, 1, None)
    assert fastmath.echo(1.0, 1, text="x") == (1.0, 1, "x")
    assert fastmath.wait_for_counter(np.array([5, 0]), 3) is True


def test_signatures_and_docstrings():
    assert str(inspect.signature(fastmath.scale)) == "(x, factor=2.0)"
    assert str(inspect.signature(fastmath.describe)) == "(count, small, flag, name, ratio=None)"
    assert str(inspect.signature(fastmath.echo)) == "(single, number, text='none')"
    assert fastmath.scale.__doc__ == "Scales x by factor into a new array."
    assert fastmath.__doc__.startswith("Kernels NumPy cannot vectorize well")
    assert fastmath.scale.__name__ == "scale" and fastmath.stencil1d.__name__ == "stencil1d"


def test_stub_lists_every_function():
    stub = (pathlib.Path(fastmath.__file__).parent / "fastmath.pyi").read_text()
    public = sorted(n for n in dir(fastmath) if not n.startswith("_") and callable(getattr(fastmath, n)) and n != "DotNetError")
    for name in public:
        assert f"def {name}(" in stub
    assert "def scale(x: npt.ArrayLike, factor: float = 2.0) -> npt.NDArray[np.float64]:" in stub
    compile(stub, "fastmath.pyi", "exec")
