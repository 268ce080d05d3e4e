using ArrayBridge.Interop;
using Xunit.Abstractions;

namespace ArrayBridge.Tests;

/// <summary>
/// Reductions against the embedded NumPy on the same memory: random views from
/// <see cref="BridgeLayouts"/> (every dtype and byte order, up to 6-d, C and F bases, steps,
/// reversals, transposes, reshapes, stride-0 broadcasts) with random axis arguments and keepdims,
/// and large arrays that ArrayBridge splits across cores. Dtype, shape and errors must match
/// exactly; integers, bools, extremes and indices exactly; float sums, means and variances within
/// a bound that follows from the number of elements reduced (n·ε·Σ|x| and its consequences).
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class ReductionLiveOracleTests(ITestOutputHelper output)
{
    private const string Helper = """
        import numpy as _np, warnings as _w
        def _arraybridge_reduce(a, name, axis, keepdims):
            with _w.catch_warnings():
                _w.simplefilter("ignore")
                with _np.errstate(all="ignore"):
                    try:
                        if isinstance(axis, list):
                            axis = tuple(axis)
                        if name == "count_nonzero":
                            r = _np.count_nonzero(a, axis=axis, keepdims=keepdims)
                        else:
                            r = getattr(_np, name)(a, axis=axis, keepdims=keepdims)
                    except Exception as e:
                        return ("error", type(e).__name__ + ": " + str(e))
            r = _np.asarray(r)
            return ("ok", r.astype(r.dtype.newbyteorder("="), order="C"))
        """;

    static ReductionLiveOracleTests()
    {
        Python.Initialize();
        Python.Exec(Helper);
    }

    public static TheoryData<string> Names() =>
        ["sum", "prod", "max", "min", "mean", "var", "std", "ptp", "any", "all", "count_nonzero", "argmax", "argmin"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Random_views_match_numpy(string name)
    {
        var failures = new List<string>();
        int compared = 0;
        for (int seed = 0; seed < 150; seed++)
        {
            using var layouts = new BridgeLayouts(seed);
            NDArray a = layouts.Array;
            var rng = new Random(seed * 7 + name.Length);
            object? axis = RandomAxis(rng, a.NDim, name.StartsWith("arg", StringComparison.Ordinal));
            bool keepdims = rng.Next(2) == 0;
            if (name == "prod" && a.DType.Kind is 'f' or 'c')
            {
                // Float products of these values overflow and meet zeros in an order that decides NaN or inf.
                continue;
            }

            string? failure = Compare(name, a, axis, keepdims);
            compared++;
            if (failure is not null)
            {
                failures.Add($"{layouts} axis={Describe(axis)} keepdims={keepdims}: {failure}");
            }
        }

        output.WriteLine($"{compared} views compared");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("float64", 1_000_003, 1)]
    [InlineData("float32", 1_000_003, 1)]
    [InlineData("float64", 700, 900)]
    [InlineData("float32", 900, 700)]
    [InlineData("int32", 600, 700)]
    [InlineData("complex128", 300_001, 1)]
    [InlineData("float16", 20_000, 30)]
    [InlineData(">f8", 700, 900)]
    [InlineData(">i4", 1_000_003, 1)]
    [InlineData("int16", 3, 300_000)]
    public void Large_reductions_split_across_cores_match_numpy(string dtype, int rows, int cols)
    {
        var rng = new Random(rows + cols);
        using NDArray<double> values = NDArray.Empty<double>(rows, cols);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = Math.Round(rng.NextDouble() * 20 - 10, 3);
        }

        using NDArray a = values.AsType(DType.Parse(dtype));
        using NDArray t = a.Transpose();
        var failures = new List<string>();
        foreach (NDArray view in new[] { a, t })
        {
            foreach (object? axis in new object?[] { null, 0L, 1L })
            {
                foreach (string name in new[] { "sum", "mean", "std", "max", "argmin" })
                {
                    string? failure = Compare(name, view, axis, keepdims: false);
                    if (failure is not null)
                    {
                        failures.Add($"{name} axis={Describe(axis)} {(ReferenceEquals(view, t) ? "transposed" : "")}: {failure}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static object? RandomAxis(Random rng, int nd, bool single)
    {
        int pick = rng.Next(single ? 3 : 5);
        if (pick == 0 || nd == 0)
        {
            return pick == 1 && nd == 0 ? 0L : null;
        }

        if (pick <= 2)
        {
            int ax = rng.Next(-nd, nd);
            return (long)ax;
        }

        if (pick == 3)
        {
            return Enumerable.Range(0, nd).Where(_ => rng.Next(2) == 0).Select(x => (long)x).ToList();
        }

        return new List<long>();
    }

    private static string Describe(object? axis) => axis switch
    {
        null => "None",
        List<long> l => "(" + string.Join(",", l) + ")",
        _ => axis.ToString()!,
    };

    private static NDArray Ours(string name, NDArray a, object? axis, bool keepdims)
    {
        Axes ax = axis switch
        {
            null => Axes.All,
            List<long> l => Axes.Of(l.Select(x => (int)x).ToArray()),
            _ => (int)(long)axis,
        };
        int? one = axis is long v ? (int)v : null;
        using (NDArray.ErrState(all: FloatingPointErrorMode.Ignore))
        {
            return name switch
            {
                "sum" => NDArray.Sum(a, ax, keepdims: keepdims),
                "prod" => NDArray.Prod(a, ax, keepdims: keepdims),
                "max" => NDArray.Max(a, ax, keepdims: keepdims),
                "min" => NDArray.Min(a, ax, keepdims: keepdims),
                "mean" => NDArray.Mean(a, ax, keepdims: keepdims),
                "var" => NDArray.Var(a, ax, keepdims: keepdims),
                "std" => NDArray.Std(a, ax, keepdims: keepdims),
                "ptp" => NDArray.Ptp(a, ax, keepdims: keepdims),
                "any" => NDArray.Any(a, ax, keepdims: keepdims),
                "all" => NDArray.All(a, ax, keepdims: keepdims),
                "count_nonzero" => NDArray.CountNonzero(a, ax, keepdims),
                "argmax" => NDArray.ArgMax(a, one, keepdims: keepdims),
                _ => NDArray.ArgMin(a, one, keepdims: keepdims),
            };
        }
    }

    private static string? Compare(string name, NDArray a, object? axis, bool keepdims)
    {
        NDArray? ours = null;
        string? ourError = null;
        try
        {
            ours = Ours(name, a, axis, keepdims);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException)
        {
            ourError = e is ArgumentException { ParamName: { } p } ? e.Message.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal) : e.Message;
        }

        using (ours)
        {
            using GilScope gil = Python.Gil();
            using PyObject reduce = Python.Eval("_arraybridge_reduce");
            using PyObject pa = NumPy.ToNumPy(a);
            // A List<long> arrives as a Python list (a long[] would arrive as an ndarray, which axis= refuses).
            object? pyAxis = axis;
            using PyObject pair = reduce.Call(pa, name, pyAxis, keepdims);
            using PyObject kind = pair.GetItem(0), r = pair.GetItem(1);
            if (kind.As<string>() == "error")
            {
                string message = r.As<string>();
                return ourError is not null && message.EndsWith(ourError, StringComparison.Ordinal) ? null : $"NumPy {message}; ours {ourError ?? ours!.ToString()}";
            }

            if (ourError is not null)
            {
                return $"threw {ourError}; NumPy returned {r}";
            }

            using NDArray theirs = NumPy.FromNumPy(r);
            if (ours!.DType != theirs.DType || !ours.Shape.SequenceEqual(theirs.Shape))
            {
                return $"{ours.DType} {Layout.Format(ours.Shape)}, NumPy {theirs.DType} {Layout.Format(theirs.Shape)}";
            }

            return Values(name, a, ours, theirs);
        }
    }

    /// <summary>Exact for every non-float result; within the rounding bound of n elements reduced for float sums, means and variances.</summary>
    private static string? Values(string name, NDArray a, NDArray ours, NDArray theirs)
    {
        using NDArray x = ours.AsType(DType.Complex128, Casting.Unsafe, ArrayOrder.C);
        using NDArray y = theirs.AsType(DType.Complex128, Casting.Unsafe, ArrayOrder.C);
        System.Numerics.Complex[] xs = x.ToArray<System.Numerics.Complex>(), ys = y.ToArray<System.Numerics.Complex>();
        bool rounded = ours.DType.Kind is 'f' or 'c' && name is "sum" or "mean" or "var" or "std";
        double eps = ours.DType.Type switch
        {
            ScalarType.Float16 => Math.ScaleB(1, -10),
            ScalarType.Float32 or ScalarType.Complex64 => Math.ScaleB(1, -23),
            _ => Math.ScaleB(1, -52),
        };
        double n = Math.Max(1, a.Size / Math.Max(1, ours.Size));
        double maxAbs = 0;
        if (rounded && a.Size > 0)
        {
            using NDArray abs = NDArray.Absolute(a);
            using NDArray m = NDArray.Max(abs);
            using NDArray md = m.AsType(DType.Float64);
            maxAbs = ((NDArray<double>)md).At(Array.Empty<nint>());
        }

        double tol = name switch
        {
            "sum" => 4 * n * eps * n * maxAbs,
            "mean" => 4 * n * eps * maxAbs,
            "var" => 16 * n * eps * 4 * maxAbs * maxAbs,
            _ => Math.Sqrt(16 * n * eps * 4 * maxAbs * maxAbs),
        };
        for (int i = 0; i < xs.Length; i++)
        {
            if (!Close(xs[i].Real, ys[i].Real, rounded ? tol : 0) || !Close(xs[i].Imaginary, ys[i].Imaginary, rounded ? tol : 0))
            {
                return $"element {i}: {xs[i]} vs NumPy {ys[i]} (allowed {tol:G3})";
            }
        }

        return null;
    }

    private static bool Close(double p, double q, double tol) =>
        (double.IsNaN(p) && double.IsNaN(q)) || p == q || Math.Abs(p - q) <= tol;
}
