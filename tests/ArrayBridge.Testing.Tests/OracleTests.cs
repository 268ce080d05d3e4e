namespace ArrayBridge.Testing.Tests;

[Collection(PythonCollection.Name)]
public class OracleTests
{
    private static readonly ArraySpec Doubles = new(DType.Float64, [2, 3], "1.0, 2.5, nan, -0.0, inf, 3.0") { Order = ArrayOrder.F, Index = ":, ::-1" };

    [Fact]
    public void AgreeingFunctionsPassOnEveryLayout()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(Shrunk.Seed(8)), Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
        {
            NumPyOracle.AssertMatches(spec, a => a.Copy(), "a.copy()");
            NumPyOracle.AssertMatches(spec, a => a.Transpose(), "a.T");
        }));
    }

    [Fact]
    public void ADTypeMismatchIsReported()
    {
        string? problem = NumPyOracle.Compare(Doubles, a => a[0].AsType(DType.Float32), "a[0]");
        Assert.NotNull(problem);
        Assert.Contains("dtype float32, NumPy float64", problem, StringComparison.Ordinal);
        Assert.Null(NumPyOracle.Compare(Doubles, a => a[0].AsType(DType.Float32), "a[0]", checkDType: false));
    }

    [Fact]
    public void AShapeMismatchIsReported()
    {
        string? problem = NumPyOracle.Compare(Doubles, a => a.Copy(), "a.T");
        Assert.Contains("shape (2, 3), NumPy (3, 2)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueMismatchIsReportedInNpTestingsWords()
    {
        var spec = new ArraySpec(DType.Float64, [3], "1.0, 2.0, 4.0");
        string? problem = NumPyOracle.Compare(spec, a => a - 1, "a - 1 + np.array([0, 0, 1e-6])", Tolerance.AllClose());
        Assert.Contains("Not equal to tolerance rtol=1e-07, atol=0", problem, StringComparison.Ordinal);
        Assert.Contains("Mismatched elements: 1 / 3 (33.3%)", problem, StringComparison.Ordinal);
        Assert.Null(NumPyOracle.Compare(spec, a => a - 1, "a - 1 + np.array([0, 0, 1e-6])", Tolerance.AllClose(rtol: 1e-6)));
        Assert.NotNull(NumPyOracle.Compare(spec, a => a - 1, "a - 1 + np.array([0, 0, 1e-15])", Tolerance.Exact));
        Assert.Null(NumPyOracle.Compare(spec, a => a - 1, "a - 1 + np.array([0, 0, 4e-16])", Tolerance.Ulps(1)));
        Assert.Contains("Arrays are not almost equal up to 1 ULP (max difference is 4 ULP)", NumPyOracle.Compare(spec, a => a - 1, "a - 1 + np.array([0, 0, 1.7e-15])", Tolerance.Ulps(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void ANaNPositionMismatchIsReported()
    {
        string? problem = NumPyOracle.Compare(Doubles, a => a.Copy(), "np.nan_to_num(a, nan=0.0, posinf=np.inf)");
        Assert.Contains("x and y nan location mismatch:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FailuresPrintEachInputAsNumPyAndAsCSharp()
    {
        string? problem = NumPyOracle.Compare([Doubles, new ArraySpec(DType.Int8, [], "-3")], a => a[0][0] + a[1], "a[0] - b");
        Assert.NotNull(problem);
        Assert.StartsWith("C# disagrees with NumPy's `a[0] - b`: values differ", problem, StringComparison.Ordinal);
        Assert.Contains("Input a:\n  NumPy:\n      a = np.array([1.0, 2.5, np.nan, -0.0, np.inf, 3.0], dtype='<f8')\n      a = a.reshape((2, 3), order='F')[:, ::-1]\n  C#:\n      new ArraySpec(DType.Parse(\"<f8\"), [2, 3], \"1.0, 2.5, nan, -0.0, inf, 3.0\") { Order = ArrayOrder.F, Index = \":, ::-1\" }", problem, StringComparison.Ordinal);
        Assert.Contains("Input b:\n  NumPy:\n      b = np.array([-3], dtype='|i1')\n      b = b.reshape((), order='C')", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void OneSideRaisingIsADisagreementAndBothRaisingIsNot()
    {
        var spec = new ArraySpec(DType.Float64, [2], "1.0, 2.0");
        Assert.Contains("C# threw InvalidOperationException", NumPyOracle.Compare(spec, (Func<NDArray, NDArray>)(_ => throw new InvalidOperationException("no")), "a"), StringComparison.Ordinal);
        Assert.Contains("NumPy raised", NumPyOracle.Compare(spec, a => a.Copy(), "a.reshape(3)"), StringComparison.Ordinal);
        Assert.Null(NumPyOracle.Compare(spec, a => a.Reshape(3), "a.reshape(3)"));
    }

    private static unsafe NDArray WriteBeforeTheView(NDArray a)
    {
        ((int*)a.DataPointer)[-1] = -99; // the base's element 0, outside the view
        return a.Copy();
    }

    [Fact]
    public void WritesOutsideAnInputAreReported()
    {
        var spec = new ArraySpec(DType.Int32, [4], "1, 2, 3, 4") { Index = "1:3" };
        string? problem = NumPyOracle.Compare(spec, WriteBeforeTheView, "a.copy()");
        Assert.Contains("wrote outside an input: 4 byte(s) outside the view were written (buffer offsets 16, 17, 18, 19;", problem, StringComparison.Ordinal);
    }
}
