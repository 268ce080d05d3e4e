namespace ArrayBridge.Tests;

/// <summary>
/// The typed operators and operator methods of <see cref="PyObject"/> are Python's: each one, over a
/// grid of operands with signs, zeros and a big int, gives what Python's <c>operator</c> module gives
/// (value, type, or the same exception).
/// </summary>
[Collection(PythonCollection.Name)]
public class PyObjectOperatorTests
{
    static PyObjectOperatorTests() => Python.Initialize();

    public static TheoryData<string> Operators => new()
    {
        "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and_", "or_", "xor", "lshift", "rshift",
        "lt", "le", "eq", "ne", "gt", "ge",
    };

    private static PyObject Apply(string op, PyObject x, PyObject y) => op switch
    {
        "add" => x + y, "sub" => x - y, "mul" => x * y, "truediv" => x / y, "floordiv" => x.FloorDivide(y),
        "mod" => x % y, "pow" => x.Power(y), "and_" => x & y, "or_" => x | y, "xor" => x ^ y,
        "lshift" => x.LeftShift(y), "rshift" => x.RightShift(y), "lt" => x < y, "le" => x <= y,
        "eq" => x.Eq(y), "ne" => x.Ne(y), "gt" => x > y, _ => x >= y,
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public void Every_binary_operator_agrees_with_pythons_operator_module(string op)
    {
        using PyObjectScope scope = Python.Scope();
        PyObject reference = Python.Import("operator").GetAttr(op);
        object[] values = [-7L, -1L, 0L, 3L, 1L << 62, -2.5, 0.0, true];
        foreach (object a in values)
        {
            foreach (object b in values)
            {
                if (op is "pow" or "lshift" && b is long and > 64)
                {
                    continue; // a number of 2**62 digits, not a test
                }

                PyObject x = PyObject.From(a);
                PyObject y = PyObject.From(b);
                (string? expected, string? expectedError) = Outcome(() => reference.Call(x, y));
                (string? actual, string? actualError) = Outcome(() => Apply(op, x, y));
                Assert.True(expected == actual && expectedError == actualError,
                    $"{a} {op} {b}: Python gives {expected ?? expectedError}, PyObject gives {actual ?? actualError}");
            }
        }
    }

    [Fact]
    public void Mixed_operands_and_unary_operators_follow_python()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject seven = PyObject.From(7L);
        Assert.Equal("9", (seven + 2L).Repr());
        Assert.Equal("9.5", (seven + 2.5).Repr());
        Assert.Equal("-5", (2L - seven).Repr());
        Assert.Equal("0.5", (3.5 / seven).Repr());
        Assert.Equal("21", (3L * seven).Repr());
        Assert.Equal("1", (seven % 3L).Repr());
        Assert.Equal("-7", (-seven).Repr());
        Assert.Equal("7", (+seven).Repr());
        Assert.Equal("-8", (~seven).Repr());
        Assert.Equal("7", (-seven).Abs().Repr());
        Assert.True((seven > 3.0).IsTrue());
        Assert.False((seven <= 3.0).IsTrue());

        PyObject np = Python.Import("numpy");
        PyObject m = np.Invoke("arange", 4.0).Invoke("reshape", 2, 2);
        Assert.Equal("array([[ 2.,  3.],\n       [ 6., 11.]])", m.MatMul(m).Repr());
        Assert.Equal("array([[False,  True],\n       [ True,  True]])", (m > 0.5).Repr());
        var ambiguous = Assert.Throws<PythonException>(() => (m > 0.5).IsTrue());
        Assert.Equal("ValueError", ambiguous.PythonTypeName);
    }

    [Fact]
    public void An_unsupported_operand_is_pythons_TypeError_and_a_bad_comparison_is_rejected()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject text = PyObject.From("a");
        var e = Assert.Throws<PythonException>(() => text - 1L);
        Assert.Equal("TypeError", e.PythonTypeName);
        Assert.Equal("unsupported operand type(s) for -: 'str' and 'int'", e.PythonMessage);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Compare(text, (PyComparison)6));
    }

    private static (string? Repr, string? Error) Outcome(Func<PyObject> f)
    {
        try
        {
            using PyObject result = f();
            return ($"{result.TypeName}:{result.Repr()}", null);
        }
        catch (PythonException e)
        {
            return (null, $"{e.PythonTypeName}: {e.PythonMessage}");
        }
    }
}
