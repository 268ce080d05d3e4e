using System.Globalization;
using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// Generator.Normal, Uniform and Exponential with array parameters against the embedded NumPy,
/// live: programs of calls over several seeds whose parameters are arrays of many dtypes (both byte
/// orders, strided views, 0-d arrays, Python scalars) in shapes that broadcast against each other
/// and against a size (None, equal, with more leading dimensions, and incompatible). Draws must be
/// NumPy's bit for bit and in its order (each program keeps the two streams in step, including
/// after an error), and errors must carry NumPy's text.
/// </summary>
[Collection(PythonCollection.Name)]
public sealed class GeneratorParameterArrayOracleTests
{
    private const string Runner = """
        def _ab_try(f):
            try:
                return ('ok', np.array(f(), order='C'))
            except Exception as e:
                return (type(e).__name__, str(e))
        """;

    // Python's float('nan') has the sign bit clear; .NET's double.NaN has it set.
    private static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);

    private static readonly string[] DTypes = ["<f8", ">f8", "<f4", "<i4", ">i2", "|u1", "|b1", "<f2", "<u8"];

    public static TheoryData<int> Blocks => new() { 0, 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Broadcast_parameters_match_numpy_bit_for_bit(int block)
    {
        var failures = new List<string>();
        int cases = 0;
        for (int s = block * 4; s < block * 4 + 4; s++)
        {
            long seed = s % 2 == 0 ? s : (1L << 62) + s * 7919;
            using var scope = new PyScope();
            scope.Exec(Runner);
            scope.Exec($"rng = np.random.default_rng({seed.ToString(CultureInfo.InvariantCulture)})");
            Generator rng = Generator.DefaultRng(seed);
            var plan = new Random(s);
            var keep = new List<IDisposable>();
            try
            {
                for (int step = 0; step < 40; step++)
                {
                    nint[] shape = Enumerable.Range(0, plan.Next(0, 4)).Select(_ => (nint)(plan.Next(0, 10) switch { 0 => 0, < 4 => 1, _ => plan.Next(2, 5) })).ToArray();
                    int method = plan.Next(3);
                    int arity = method == 2 ? 1 : 2;
                    var py = new string[arity];
                    var ours = new Operand[arity];
                    for (int k = 0; k < arity; k++)
                    {
                        (py[k], ours[k]) = Parameter(scope, plan, shape, method, k, keep, $"p{step}_{k}");
                    }

                    (string pySize, nint[]? size) = Size(plan, shape);
                    string call = method switch
                    {
                        0 => $"rng.normal({py[0]}, {py[1]}{pySize})",
                        1 => $"rng.uniform({py[0]}, {py[1]}{pySize})",
                        _ => $"rng.exponential({py[0]}{pySize})",
                    };
                    Func<NDArray> cs = method switch
                    {
                        0 => () => size is null ? rng.Normal(ours[0], ours[1]) : rng.Normal(ours[0], ours[1], size),
                        1 => () => size is null ? rng.Uniform(ours[0], ours[1]) : rng.Uniform(ours[0], ours[1], size),
                        _ => () => size is null ? rng.Exponential(ours[0]) : rng.Exponential(ours[0], size),
                    };
                    cases++;
                    string? failure = Compare(scope, call, cs);
                    if (failure is not null)
                    {
                        failures.Add($"seed {seed} step {step}: {failure}");
                        break;
                    }
                }
            }
            finally
            {
                foreach (IDisposable d in keep)
                    d.Dispose();
            }
        }

        Assert.True(cases > 0);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Parameter_errors_match_numpy()
    {
        using var scope = new PyScope();
        scope.Exec(Runner);
        scope.Exec("rng = np.random.default_rng(5)");
        Generator rng = Generator.DefaultRng(5);
        using NDArray negative = NDArray.FromArray(new[] { 1.0, -1.0 });
        using NDArray negativeZero = NDArray.FromArray(new[] { double.NaN, -0.0 });
        using NDArray three = NDArray.FromArray(new[] { 0.0, 1, 2 });
        using NDArray two = NDArray.FromArray(new[] { 1.0, 2 });
        using NDArray column = NDArray.FromArray(new[] { 1.0, 2 }).Reshape(2, 1);
        using NDArray complexes = NDArray.FromArray(new[] { new System.Numerics.Complex(1, 0) });
        using NDArray infinite = NDArray.FromArray(new[] { 1.0, double.PositiveInfinity });
        using NDArray nan = NDArray.FromArray(new[] { double.NaN });
        using NDArray empty = NDArray.Zeros<double>(0, 2);
        scope["neg"] = NumPy.ToNumPy(negative);
        scope["negz"] = NumPy.ToNumPy(negativeZero);
        scope["three"] = NumPy.ToNumPy(three);
        scope["two"] = NumPy.ToNumPy(two);
        scope["col"] = NumPy.ToNumPy(column);
        scope["cx"] = NumPy.ToNumPy(complexes);
        scope["inf"] = NumPy.ToNumPy(infinite);
        scope["nan"] = NumPy.ToNumPy(nan);
        scope["empty"] = NumPy.ToNumPy(empty);
        (string Py, Func<NDArray> Ours)[] all =
        [
            ("rng.normal(0, neg)", () => rng.Normal(0.0, negative)),
            ("rng.normal(0, negz)", () => rng.Normal(0.0, negativeZero)),
            ("rng.normal(three, two)", () => rng.Normal(three, two)),
            ("rng.normal(three, col, size=3)", () => rng.Normal(three, column, 3)),
            ("rng.normal(three, col, size=(2, 2))", () => rng.Normal(three, column, 2, 2)),
            ("rng.normal(three, col, size=(4, 2, 3))", () => rng.Normal(three, column, 4, 2, 3)),
            ("rng.normal(three, 1, size=())", () => rng.Normal(three, 1.0, [])),
            ("rng.normal(cx, 1)", () => rng.Normal(complexes, 1.0)),
            ("rng.normal(0, 1j)", () => rng.Normal(0.0, new System.Numerics.Complex(0, 1))),
            ("rng.normal(three, -1.0)", () => rng.Normal(three, -1.0)),
            ("rng.uniform(two, [1.0, 0.0])", () => { using NDArray h = NDArray.FromArray(new[] { 1.0, 0.0 }); return rng.Uniform(two, h); }),
            ("rng.uniform(two, inf)", () => rng.Uniform(two, infinite)),
            ("rng.uniform(0, nan)", () => rng.Uniform(0.0, nan)),
            ("rng.uniform(three, two)", () => rng.Uniform(three, two)),
            ("rng.uniform(two, col, size=(3,))", () => rng.Uniform(two, column, 3)),
            ("rng.uniform(np.array(0.0), np.array(np.inf))", () => { using NDArray z = NDArray.Zeros<double>(); using NDArray i = NDArray.Full<double>([], double.PositiveInfinity); return rng.Uniform(z, i); }),
            ("rng.exponential(neg)", () => rng.Exponential(negative)),
            ("rng.exponential(two, size=3)", () => rng.Exponential(two, 3)),
            ("rng.exponential(two, size=(3, 1))", () => rng.Exponential(two, 3, 1)),
            ("rng.exponential(empty)", () => rng.Exponential(empty)),
            ("rng.exponential(two, size=(0, 2))", () => rng.Exponential(two, 0, 2)),
            ("rng.exponential(np.array(2.0))", () => { using NDArray z = NDArray.Full<double>([], 2.0); return rng.Exponential(z); }),
            ("rng.normal(two, 1.5)", () => rng.Normal(two, 1.5)),
        ];
        var failures = new List<string>();
        foreach ((string py, Func<NDArray> ours) in all)
        {
            string? f = Compare(scope, py, ours);
            if (f is not null)
                failures.Add(f);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // A negative dimension is refused before any draw, as the scalar overloads refuse it.
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.Exponential(two, -1, 2));
    }

    /// <summary>Runs both sides; null when they agree (same bits, or same error kind and text).</summary>
    private static string? Compare(PyScope scope, string call, Func<NDArray> cs)
    {
        using PyObject outcome = scope.Eval($"_ab_try(lambda: {call})");
        using PyObject kindObject = outcome.GetItem(0);
        using PyObject value = outcome.GetItem(1);
        string kind = kindObject.As<string>();
        NDArray result;
        try
        {
            result = cs();
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException)
        {
            string message = e is ArgumentException { ParamName: { } p } && e.Message.EndsWith($" (Parameter '{p}')", StringComparison.Ordinal)
                ? e.Message[..^$" (Parameter '{p}')".Length]
                : e.Message;
            if (kind == "ok")
                return $"{call}: NumPy returned values; ours threw {e.GetType().Name}: {message}";
            bool kindMatches = kind switch
            {
                "TypeError" => e is InvalidCastException,
                _ => e is ArgumentException,
            };
            if (!kindMatches || message != value.As<string>())
                return $"{call}: NumPy {kind} \"{value.As<string>()}\", ours {e.GetType().Name} \"{message}\"";
            return null;
        }

        using (result)
        {
            if (kind != "ok")
                return $"{call}: NumPy raised {kind} \"{value.As<string>()}\", ours returned {Layout.Format(result.Shape)}";
            using NDArray expected = NumPy.FromNumPy(value);
            if (expected.DType.Name != result.DType.Name || !expected.Shape.SequenceEqual(result.Shape))
                return $"{call}: NumPy {expected.DType.Name} {Layout.Format(expected.Shape)}, ours {result.DType.Name} {Layout.Format(result.Shape)}";
            using NDArray a = expected.Copy(), b = result.Copy();
            unsafe
            {
                var x = new ReadOnlySpan<byte>((void*)a.DataPointer, (int)a.NBytes);
                var y = new ReadOnlySpan<byte>((void*)b.DataPointer, (int)b.NBytes);
                return x.SequenceEqual(y) ? null : $"{call}: values differ";
            }
        }
    }

    /// <summary>
    /// A parameter broadcastable to <paramref name="shape"/>: a Python float, a 0-d array, or an array
    /// of some trailing dimensions (some set to 1) in a random dtype, sometimes a reversed view.
    /// </summary>
    private static (string Py, Operand Ours) Parameter(PyScope scope, Random plan, nint[] shape, int method, int index, List<IDisposable> keep, string name)
    {
        double Value()
        {
            // Mostly valid; NaN passes every check; rarely a negative scale or range to raise.
            if (plan.Next(40) == 0)
                return PositiveNaN;
            return method switch
            {
                0 when index == 0 => plan.Next(-20, 21) / 4.0,
                1 when index == 0 => plan.Next(-20, 21) / 4.0,
                1 => 5 + plan.Next(0, 12) / 4.0,
                _ => plan.Next(plan.Next(30) == 0 ? -2 : 0, 12) / 4.0,
            };
        }

        int kind = plan.Next(6);
        if (kind == 0 || shape.Length == 0 && kind < 3)
        {
            double v = Value();
            return (double.IsNaN(v) ? "float('nan')" : v.ToString("R", CultureInfo.InvariantCulture), v);
        }

        int drop = plan.Next(0, shape.Length + 1);
        nint[] own = shape[drop..].Select(d => plan.Next(4) == 0 ? 1 : d).ToArray();
        nint count = own.Aggregate((nint)1, (p, d) => p * d);
        var values = new double[count];
        for (int i = 0; i < values.Length; i++)
            values[i] = Value();
        DType dtype = DType.Parse(DTypes[plan.Next(DTypes.Length)]);
        if (dtype.Kind is 'u' or 'b' or 'i')
        {
            // Integer parameters hold the valid integers of the same draws.
            for (int i = 0; i < values.Length; i++)
                values[i] = double.IsNaN(values[i]) ? 1 : Math.Abs(Math.Round(values[i])) + (method == 1 && index == 1 ? 10 : 0);
        }

        using NDArray doubles = NDArray.FromArray(values).Reshape(own);
        NDArray array = doubles.AsType(dtype);
        keep.Add(array);
        if (array.NDim > 0 && plan.Next(3) == 0)
        {
            NDArray reversed = array.Flip(0);
            keep.Add(reversed);
            array = reversed;
        }

        PyObject exported = NumPy.ToNumPy(array);
        keep.Add(exported);
        scope[name] = exported;
        return (name, array);
    }

    private static (string Py, nint[]? Size) Size(Random plan, nint[] shape)
    {
        switch (plan.Next(5))
        {
            case 0:
            case 1:
                return ("", null);
            case 2:
                return (", size=" + Tuple(shape), shape);
            case 3:
                nint[] more = new[] { (nint)plan.Next(1, 4) }.Concat(shape).ToArray();
                return (", size=" + Tuple(more), more);
            default:
                nint[] other = shape.Length == 0 ? [3] : shape.Select(d => d + 1).ToArray();
                return (", size=" + Tuple(other), other);
        }
    }

    private static string Tuple(nint[] shape) => shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
}
