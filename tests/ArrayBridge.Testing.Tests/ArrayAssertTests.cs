using ArrayBridge.Interop;

namespace ArrayBridge.Testing.Tests;

/// <summary>ArrayAssert's messages, character for character against np.testing's on the same arrays.</summary>
[Collection(PythonCollection.Name)]
public class ArrayAssertTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // kind, x (NumPy expression), y, keyword arguments
        { "allclose", "np.array([1., 2., 3.])", "np.array([1., 2., 4.])", "" },
        { "allclose", "np.array([1, 2])", "np.array([1, 3])", "" },
        { "allclose", "np.array([np.nan, 1.])", "np.array([1., 1.])", "" },
        { "allclose", "np.array([1., 2., 3.])", "np.array([1., 2., 3., 4.])", "" },
        { "allclose", "np.array([1.5, 2.25], dtype=np.float32)", "np.array([1.5, 2.5], dtype=np.float32)", "rtol=1e-3, atol=1e-5" },
        { "allclose", "np.array([1+1j, 2])", "np.array([1+1j, 2+1e-3j])", "" },
        { "allclose", "np.array([1., 0.])", "np.array([0., 0.])", "" },
        { "allclose", "np.array([1., 2.])", "np.array(1.)", "" },
        { "allclose", "np.array([np.nan, 2.])", "np.array([np.nan, 2.])", "equal_nan=False" },
        { "allclose", "np.array([[0.5, 0.5], [0.6224593312018546, 0.3775406687981454]])", "np.array([[0.3775406687981454, 0.6224593312018546], [0.5, 0.5]])", "rtol=1e-12, atol=1e-300" },
        { "allclose", "np.arange(40.).reshape(10, 4) / 3", "np.arange(40.).reshape(10, 4) / 3 + 1e-3", "" },
        { "allclose", "np.array([1e-9 + 1j, 123456789.0])", "np.array([2e-9 + 1j, 123456789.0])", "" },
        { "equal", "np.array([1., 2., 3.], dtype=np.float32)", "np.array([1., 2., 4.])", "" },
        { "equal", "np.array([5, 200], dtype=np.uint8)", "np.array([10, 100], dtype=np.uint8)", "" },
        { "equal", "np.array([np.inf, 1.])", "np.array([1., 1.])", "" },
        { "equal", "np.array([[1, 2], [3, 4]], dtype=np.int16)", "np.array([[1, 2], [3, 5]], dtype=np.int16)", "" },
        { "equal", "np.array([0., -0.])", "np.array([-0., 0.])", "" },
        { "equal", "np.array([True, False])", "np.array([True, True])", "" },
        { "equal", "np.array([1, 2], dtype=np.int8)", "np.array([True, True])", "" },
        { "equal", "np.array([100, -100], dtype=np.int8)", "np.array([-100, 100], dtype=np.int8)", "" },
        { "equal", "np.array([3, 5], dtype=np.uint64)", "np.array([4, 5], dtype=np.int64)", "" },
        { "allclose", "np.array([1.5, 2.25], dtype=np.float16)", "np.array([1.5, 2.5], dtype=np.int16)", "" },
        { "equal", "np.array([2.5, np.nan, -np.inf])", "np.array([2.5, np.nan, -np.inf])", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MessagesMatchNpTesting(string kind, string x, string y, string kwargs)
    {
        string function = kind == "allclose" ? "np.testing.assert_allclose" : "np.testing.assert_array_equal";
        using PyObject globals = Python.Eval("{'np': __import__('numpy')}");
        Python.Exec($$"""
            x = {{x}}
            y = {{y}}
            try:
                {{function}}(x, y{{(kwargs.Length > 0 ? ", " + kwargs : "")}})
                message = None
            except AssertionError as e:
                message = str(e)
            """, globals);
        using PyObject expected = globals["message"];
        using PyObject px = globals["x"];
        using PyObject py = globals["y"];
        using NDArray ax = NumPy.FromNumPy(px);
        using NDArray ay = NumPy.FromNumPy(py);
        Tolerance tolerance = kind == "allclose" ? ParseAllClose(kwargs) : Tolerance.Exact;
        string? ours = ArrayAssert.Compare(ax, ay, tolerance);
        globals.Invoke("clear").Dispose();
        Assert.Equal(expected.IsNone ? null : expected.As<string>(), ours);
    }

    private static Tolerance ParseAllClose(string kwargs)
    {
        double rtol = 1e-7, atol = 0;
        bool equalNaN = true;
        foreach (string part in kwargs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] kv = part.Split('=');
            switch (kv[0])
            {
                case "rtol": rtol = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "atol": atol = double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "equal_nan": equalNaN = kv[1] == "True"; break;
            }
        }

        return Tolerance.AllClose(rtol, atol) with { EqualNaN = equalNaN };
    }

    [Fact]
    public void AssertionsThrowWithTheMessageAndPassWhenClose()
    {
        using NDArray x = NDArray.FromArray(new[] { 1.0, 2.0, 3.0 });
        using NDArray y = NDArray.FromArray(new[] { 1.0, 2.0, 4.0 });
        var e = Assert.Throws<ArrayAssertionException>(() => ArrayAssert.AssertAllClose(x, y));
        Assert.Equal("\nNot equal to tolerance rtol=1e-07, atol=0\n\nMismatched elements: 1 / 3 (33.3%)\nMax absolute difference: 1.\nMax relative difference: 0.25\n x: array([1., 2., 3.])\n y: array([1., 2., 4.])", e.Message);
        ArrayAssert.AssertAllClose(x, y, atol: 1.0);
        Assert.Throws<ArrayAssertionException>(() => ArrayAssert.AssertArrayEqual(x, y));
        ArrayAssert.AssertArrayEqual(x, x);
        using NDArray z = NDArray.FromArray(new[] { 1.0, 2.0, Math.BitIncrement(Math.BitIncrement(3.0)) });
        ArrayAssert.AssertMaxUlp(x, z, 2);
        Assert.Throws<ArrayAssertionException>(() => ArrayAssert.AssertMaxUlp(x, z, 1));
    }
}
