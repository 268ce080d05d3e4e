using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// The two paths of every math loop agree bit for bit: contiguous runs go to a kernel's vectorized
/// overloads (own Vector512/256 exp, TensorPrimitives), strided and broadcast runs to its scalar
/// operation. Plus cheap identities over random inputs.
/// </summary>
public sealed class MathUfuncPathTests
{
    private static readonly string[] FloatTypes = ["float16", "float32", "float64", "complex64", "complex128"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string func in MathFunctions.All.Keys)
        {
            foreach (string dtype in FloatTypes)
            {
                data.Add(func, dtype);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contiguous_strided_and_broadcast_runs_give_the_same_bits(string func, string dtype)
    {
        DType type = DType.Parse(dtype);
        const int n = 1037; // odd: every vector width leaves a tail
        using NDArray x = Values(type, n, seed: 1);
        using NDArray y = Values(type, n, seed: 2);
        using NDArray xs = Strided(x), ys = Strided(y);
        Func<NDArray[], NDArray> f = MathFunctions.All[func];
        bool binary = MathFunctions.Binary.Contains(func);
        NDArray[] contiguousInputs = binary ? [x, y] : [x];
        NDArray contiguous;
        try
        {
            contiguous = f(contiguousInputs);
        }
        catch (ArgumentException e) when (e.Message.Contains("not supported for the input types"))
        {
            // No loop for this dtype (floor of complex, say): the strided call must refuse alike.
            Assert.Throws<ArgumentException>(() => f(binary ? [xs, ys] : [xs]));
            return;
        }

        using (contiguous)
        {
            using NDArray strided = f(binary ? [xs, ys] : [xs]);
            Assert.Equal(Bytes(contiguous), Bytes(strided));
            if (binary)
            {
                // A broadcast second operand (stride 0) against the same value spelled out in full, strided.
                using NDArray first = y[":1"];
                using NDArray broadcast = f([x, first]);
                using NDArray full = NDArray.Zeros(type, [n]);
                using NDArray fullStrided = Strided(full);
                first.CopyTo(fullStrided);
                using NDArray spelled = f([xs, fullStrided]);
                Assert.Equal(Bytes(broadcast), Bytes(spelled));
            }
        }
    }

    [Fact]
    public void Exp_in_place_equals_exp_into_a_new_array()
    {
        using NDArray x = Values(DType.Parse("float64"), 4099, seed: 3);
        using NDArray expected = NDArray.Exp(x);
        NDArray.Exp(x, @out: x);
        Assert.Equal(Bytes(expected), Bytes(x));
    }

    [Fact]
    public void Exp_paths_agree_across_the_subnormal_and_overflow_edges()
    {
        // Every result from the last normals down to zero, and up to overflow, rounds p·2^n once.
        var values = new double[20011];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = i % 2 == 0 ? -746.0 + i * 0.0019 : 700.0 + i * 0.00049;
        }

        using NDArray<double> x = NDArray.FromArray(values);
        using NDArray contiguous = NDArray.Exp(x);
        using NDArray strided = NDArray.Exp(Strided(x));
        Assert.Equal(Bytes(contiguous), Bytes(strided));
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public void Exp_vector_and_scalar_forms_agree(double[] values)
    {
        using NDArray<double> x = NDArray.FromArray(values);
        using NDArray contiguous = NDArray.Exp(x);
        using NDArray strided = NDArray.Exp(Strided(x));
        Assert.Equal(Bytes(contiguous), Bytes(strided));
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public void Floor_ceil_trunc_rint_bracket_x(NormalFloat value)
    {
        double x = value.Item;
        using NDArray<double> a = NDArray.FromArray(new[] { x });
        double floor = Single(NDArray.Floor(a)), ceil = Single(NDArray.Ceil(a)), trunc = Single(NDArray.Trunc(a)), rint = Single(NDArray.Rint(a));
        Assert.True(floor <= x && x <= ceil && ceil - floor <= 1, $"{floor} <= {x} <= {ceil}");
        Assert.Equal(Math.Floor(x), floor);
        Assert.True(Math.Abs(trunc) <= Math.Abs(x) && (trunc == floor || trunc == ceil));
        Assert.True(Math.Abs(rint - x) <= 0.5 && (rint == floor || rint == ceil));
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public bool Sqrt_of_a_square_is_the_magnitude(NormalFloat value)
    {
        double x = value.Item;
        double ax = Math.Abs(x);
        if (ax < 1e-150 || ax > 1e150)
        {
            return true;
        }

        using NDArray<double> a = NDArray.FromArray(new[] { x * x });
        return Single(NDArray.Sqrt(a)) == ax;
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public bool Exp_undoes_log_for_positive_x(PositiveInt mantissa, int exponent)
    {
        double x = Math.ScaleB(mantissa.Item, exponent % 1000);
        if (!double.IsFinite(x) || x == 0)
        {
            return true;
        }

        using NDArray<double> a = NDArray.FromArray(new[] { x });
        using NDArray log = NDArray.Log(a);
        double back = Single(NDArray.Exp(log));

        // exp amplifies log's half-ULP rounding by |ln x| relative error: at most ~745·2^-53.
        return Math.Abs(back - x) <= 2e-13 * x;
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public bool Expm1_undoes_log1p(NormalFloat value)
    {
        double x = value.Item;
        if (x <= -1 || Math.Abs(x) > 1e300)
        {
            return true;
        }

        using NDArray<double> a = NDArray.FromArray(new[] { x });
        using NDArray l = NDArray.Log1p(a);
        double back = Single(NDArray.Expm1(l));
        return Math.Abs(back - x) <= 1e-13 * Math.Max(Math.Abs(x), double.Epsilon) + 1e-300 || Math.Abs(back - x) <= 1e-12 * Math.Abs(x);
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public bool Exactly_one_of_isnan_isinf_isfinite_holds(double x)
    {
        using NDArray<double> a = NDArray.FromArray(new[] { x });
        bool nan = SingleBool(NDArray.IsNaN(a)), inf = SingleBool(NDArray.IsInf(a)), finite = SingleBool(NDArray.IsFinite(a));
        return (nan ? 1 : 0) + (inf ? 1 : 0) + (finite ? 1 : 0) == 1 && nan == double.IsNaN(x) && SingleBool(NDArray.Signbit(a)) == double.IsNegative(x);
    }

    [Property(MaxTest = 300, Replay = FixedSeed.Replay)]
    public bool Hypot_bounds_and_copysign(NormalFloat a, NormalFloat b)
    {
        double x = a.Item, y = b.Item;
        using NDArray<double> ax = NDArray.FromArray(new[] { x });
        using NDArray<double> ay = NDArray.FromArray(new[] { y });
        double h = Single(NDArray.Hypot(ax, ay));
        double c = Single(NDArray.Copysign(ax, ay));
        return h >= Math.Max(Math.Abs(x), Math.Abs(y)) && h <= Math.Abs(x) + Math.Abs(y)
            && Math.Abs(c) == Math.Abs(x) && double.IsNegative(c) == double.IsNegative(y);
    }

    private static double Single(NDArray a)
    {
        using (a)
        {
            return a.ToArray<double>()[0];
        }
    }

    private static bool SingleBool(NDArray a)
    {
        using (a)
        {
            return a.ToArray<bool>()[0];
        }
    }

    /// <summary>A view of the same values at twice the item stride (a copy into every other slot of a larger array).</summary>
    private static NDArray Strided(NDArray a)
    {
        var big = NDArray.Zeros(a.DType, [a.Size * 2]);
        NDArray view = big["::2"];
        big.Dispose();
        a.CopyTo(view);
        return view;
    }

    /// <summary>Random values over the whole range and the edges: specials, subnormals, huge, near integers and multiples of π.</summary>
    private static NDArray Values(DType type, int n, int seed)
    {
        var random = new Random(seed);
        double[] specials = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1, -1, 0.5, 2.5, -2.5, 5e-324, 1e-310, double.MaxValue, 709.78, 709.79, -745.1, -745.2, -708.5, -720.3, -740.0, -744.44, -1022.5 * Math.Log(2), Math.PI];
        double Next(int i) => i < specials.Length ? specials[i] : (i % 4) switch
        {
            0 => random.NextDouble() * 20 - 10,
            1 => Math.Exp(random.NextDouble() * 1400 - 700) * (random.Next(2) * 2 - 1),
            2 => Math.Round(random.NextDouble() * 2000 - 1000) * Math.PI / 2,
            _ => random.NextDouble() * 2 - 1,
        };

        if (type.Kind == 'c')
        {
            var values = new Complex[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = new Complex(Next(i), Next((i * 7 + 3) % n));
            }

            using NDArray<Complex> c = NDArray.FromArray(values);
            return c.AsType(type);
        }

        var reals = new double[n];
        for (int i = 0; i < n; i++)
        {
            reals[i] = Next(i);
        }

        using NDArray<double> r = NDArray.FromArray(reals);
        return r.AsType(type);
    }

    private static unsafe byte[] Bytes(NDArray a)
    {
        var bytes = new byte[a.Size * a.DType.ItemSize];
        fixed (byte* p = bytes)
        {
            using NDArray view = NDArray.FromPointer(p, a.DType, a.Shape);
            a.CopyTo(view);
        }

        return bytes;
    }
}
