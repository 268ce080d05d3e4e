""".NET exceptions that escape a module function become Python exceptions, never a crash."""
import pytest

import fastmath


@pytest.mark.parametrize("kind,python_type,dotnet_type,message", [
    ("argument", ValueError, "System.ArgumentException", "the argument is wrong"),
    ("cast", TypeError, "System.InvalidCastException", "the cast is wrong"),
    ("index", IndexError, "System.IndexOutOfRangeException", "the index is wrong"),
    ("range", IndexError, "System.ArgumentOutOfRangeException", "the range is wrong"),
    ("other", fastmath.DotNetError, "System.InvalidOperationException", "the operation is wrong: other"),
])
def test_exception_mapping_with_message_and_stack(kind, python_type, dotnet_type, message):
    with pytest.raises(python_type) as info:
        fastmath.fail(kind)
    assert type(info.value) is python_type
    text = str(info.value)
    assert text.startswith(f"{dotnet_type}: {message}")
    assert "FastMath.Fail" in text  # the .NET stack trace follows the message


def test_dotnet_error_is_a_runtime_error_of_the_module():
    assert issubclass(fastmath.DotNetError, RuntimeError)
    assert fastmath.DotNetError.__module__ == "fastmath"
    with pytest.raises(RuntimeError):
        fastmath.fail("anything")


def test_calls_work_after_every_kind_of_failure():
    for kind in ["argument", "cast", "index", "range", "other"] * 100:
        with pytest.raises(Exception):
            fastmath.fail(kind)
    assert fastmath.hypot((3.0, 4.0)) == 5.0
